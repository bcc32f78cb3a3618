package cn.zoucheng.warehouse.catalog;

import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Analysts' SQL against the warehouse, locked down: the catalogue opened read-only; only queries
 * (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE, and EXPLAIN of one of those) accepted, as
 * DuckDB's own parser classifies the text; no file outside the viewed tables' folders readable (so
 * neither the raw deliveries layer nor anything else on the machine), no file writable, no
 * extension loadable, no setting changeable once the console is open.
 */
public final class SqlConsole implements AutoCloseable {
  private static final Pattern EXPLAIN =
      Pattern.compile("(?is)^\\s*EXPLAIN(\\s+ANALYZE)?\\s+(.*)$", Pattern.DOTALL);

  private final Connection connection;

  private SqlConsole(Connection connection, Path root) throws SQLException {
    this.connection = connection;
    lockDown(connection, root);
  }

  /** The console over the current catalogue of the local warehouse folder. */
  public static SqlConsole open(Path root) throws SQLException {
    return new SqlConsole(DuckDbCatalog.open(root), root);
  }

  /** The console over the warehouse as run {@code runId} left it. */
  public static SqlConsole openAsOf(Path root, String runId) throws SQLException {
    return new SqlConsole(DuckDbCatalog.openAsOf(root, RunRecords.read(root, runId)), root);
  }

  /**
   * Runs one query and hands its result to {@code reader}; refuses anything but a query with a
   * {@link RefusedQueryException} saying what was refused and why.
   */
  public <T> T query(String sql, ResultReader<T> reader) throws SQLException {
    check(sql);
    try (Statement st = connection.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      return reader.read(rs);
    } catch (SQLException e) {
      if (e.getMessage() != null && e.getMessage().contains("Permission Error")) {
        throw RefusedQueryException.outsideWarehouse(e.getMessage());
      }
      throw e;
    }
  }

  /** Reads a query's result. */
  @FunctionalInterface
  public interface ResultReader<T> {
    /** Reads the rows (the result set is closed afterwards). */
    T read(ResultSet rs) throws SQLException;
  }

  /** Throws unless DuckDB's parser reads {@code sql} as exactly one query. */
  void check(String sql) throws SQLException {
    Matcher explain = EXPLAIN.matcher(sql);
    String query = explain.matches() ? explain.group(2) : sql;
    try (PreparedStatement ps = connection.prepareStatement("SELECT json_serialize_sql(?)")) {
      ps.setString(1, query);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        String json = rs.getString(1);
        if (json.startsWith("{\"error\":true")) {
          String firstWord = query.trim().split("\\s+", 2)[0].toUpperCase(Locale.ROOT);
          throw RefusedQueryException.notAQuery(firstWord, json);
        }
        if (countStatements(json) != 1) {
          throw RefusedQueryException.severalStatements();
        }
      }
    }
  }

  private static int countStatements(String json) {
    // {"error":false,"statements":[{"node":...},{"node":...}]}: one "node" per top-level statement
    int depth = 0;
    int count = 0;
    int start = json.indexOf("\"statements\":[");
    for (int i = start + "\"statements\":[".length(); i < json.length(); i++) {
      char c = json.charAt(i);
      if (c == '"') {
        i = skipString(json, i);
      } else if (c == '{' || c == '[') {
        if (depth == 0 && c == '{') {
          count++;
        }
        depth++;
      } else if (c == '}' || c == ']') {
        if (depth == 0) {
          break;
        }
        depth--;
      }
    }
    return count;
  }

  private static int skipString(String s, int open) {
    for (int i = open + 1; i < s.length(); i++) {
      if (s.charAt(i) == '\\') {
        i++;
      } else if (s.charAt(i) == '"') {
        return i;
      }
    }
    return s.length();
  }

  /**
   * Lets the connection read only the viewed tables' folders, and nothing else: no other file, no
   * network, no extension, no setting change.
   */
  private static void lockDown(Connection c, Path root) throws SQLException {
    Path base = root.toAbsolutePath().normalize();
    // DuckDB checks a view's relative paths before and after resolving them against
    // file_search_path: both forms of every viewed table's folder are allowed, nothing else
    List<String> folders = new ArrayList<>();
    for (WarehouseTable t : TableCatalog.viewed()) {
      if (Files.isDirectory(base.resolve(t.folder()))) {
        folders.add(base.resolve(t.folder()) + "/");
        folders.add(t.folder() + "/");
      }
    }
    try (Statement st = c.createStatement()) {
      st.execute("SET autoinstall_known_extensions = false");
      st.execute("SET autoload_known_extensions = false");
      st.execute(
          "SET allowed_directories = ["
              + folders.stream().map(DuckDbCatalog::literal).collect(Collectors.joining(", "))
              + "]");
      st.execute("SET enable_external_access = false");
      st.execute("SET lock_configuration = true");
    }
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }
}
