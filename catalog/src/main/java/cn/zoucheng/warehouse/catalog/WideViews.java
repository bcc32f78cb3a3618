package cn.zoucheng.warehouse.catalog;

import cn.zoucheng.warehouse.schemas.SqlLiterals;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * The wide DuckDB views over the metrics, for people ({@code wide-views.sql} beside this class):
 * {@code metrics_city_wide}, {@code metrics_town_wide}, {@code metrics_village_wide}, over the
 * views of the metrics tables that {@link DuckDbCatalog} makes like every other table's.
 */
public final class WideViews {
  private WideViews() {}

  /** The names of the views, in creation order. */
  public static final List<String> NAMES =
      List.of("metrics_city_wide", "metrics_town_wide", "metrics_village_wide");

  /** The line of the SQL file that stands for one column per metric. */
  public static final String METRIC_COLUMNS = "@METRIC_COLUMNS@";

  /** The {@code CREATE OR REPLACE VIEW} statements, in order (they depend on earlier ones). */
  public static List<String> statements() {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    for (String line : SqlLiterals.expand(resource()).split("\n", -1)) {
      if (line.trim().equals(";")) {
        out.add(current.toString().trim());
        current.setLength(0);
      } else if (line.trim().equals(METRIC_COLUMNS)) {
        current.append(metricColumns()).append('\n');
      } else if (!line.startsWith("--")) {
        current.append(line).append('\n');
      }
    }
    return List.copyOf(out);
  }

  /**
   * One column per metric of {@link MetricCatalog}, in its order, from the rows {@code m} of the
   * {@code metrics} view: {@code max(m.value) FILTER (WHERE m.metric = 'proxy_accepted') AS "受理量"};
   * counts as BIGINT so that they print as 14, not 14.0.
   */
  static String metricColumns() {
    List<String> cols = new ArrayList<>();
    for (Metric m : MetricCatalog.ALL) {
      String value = "max(m.value) FILTER (WHERE m.metric = '" + m.code() + "')";
      if (m.unit() == MetricUnit.COUNT) {
        value = "CAST(" + value + " AS BIGINT)";
      }
      cols.add("  " + value + " AS \"" + m.columnLabel().replace("\"", "\"\"") + "\"");
    }
    return String.join(",\n", cols);
  }

  /** Creates the views on a connection that already has the table views. */
  static void create(Connection duckdb) throws SQLException {
    try (Statement s = duckdb.createStatement()) {
      for (String sql : statements()) {
        s.execute(sql);
      }
    }
  }

  private static String resource() {
    try (InputStream in = WideViews.class.getResourceAsStream("wide-views.sql")) {
      if (in == null) {
        throw new IllegalStateException("wide-views.sql missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
