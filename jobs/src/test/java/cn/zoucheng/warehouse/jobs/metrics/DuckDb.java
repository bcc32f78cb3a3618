package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The DuckDB catalogue of a committed local warehouse (its views), for tests. */
final class DuckDb implements AutoCloseable {
  private final Connection connection;

  DuckDb(Path warehouseRoot) throws SQLException {
    connection = DuckDbCatalog.open(warehouseRoot);
  }

  Connection connection() {
    return connection;
  }

  void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    }
  }

  /** The rows of a query, each as column label → value in column order. */
  List<Map<String, Object>> query(String sql) throws SQLException {
    List<Map<String, Object>> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      ResultSetMetaData md = r.getMetaData();
      while (r.next()) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          row.put(md.getColumnLabel(i), r.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  /** A test resource's text. */
  static String resource(String name) {
    try (InputStream in = DuckDb.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
