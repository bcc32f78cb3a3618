package cn.zoucheng.warehouse.catalog;

import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The DuckDB file analysts open, {@code warehouse.duckdb} at the warehouse root: it holds no data,
 * only one view per table of {@link TableCatalog#viewed()} over exactly the data files of the
 * table's committed snapshot (a {@link WarehouseState}), by paths relative to the warehouse root,
 * so the folder can be copied or moved. It is written whole into a temporary file and renamed into
 * place: a reader sees the catalogue of one committed run or of the next, never a mix, and a crash
 * while writing it leaves the previous one.
 */
public final class DuckDbCatalog {
  /** Name of the DuckDB catalogue file at the warehouse root. */
  public static final String FILE = "warehouse.duckdb";

  /** The view telling which run the catalogue shows. */
  public static final String RUN_VIEW = "warehouse_run";

  /** The storage format written: the oldest that DuckDB 1.1 and every later release read. */
  static final String STORAGE_VERSION = "v1.1.0";

  private DuckDbCatalog() {}

  /** Writes the catalogue of {@code state} as {@code warehouse.duckdb} in the local folder. */
  public static Path write(Path root, WarehouseState state) {
    return publish(root, prepare(root, state));
  }

  /**
   * Writes the catalogue of {@code state} into a temporary file beside {@code warehouse.duckdb},
   * which readers never open; {@link #publish} puts it in place.
   */
  public static Path prepare(Path root, WarehouseState state) {
    Path tmp = root.resolve("_" + FILE + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(root.resolve(tmp.getFileName() + ".wal"));
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement st = c.createStatement()) {
        st.execute(
            "ATTACH "
                + literal(tmp.toString())
                + " AS catalogue (STORAGE_VERSION '"
                + STORAGE_VERSION
                + "')");
        st.execute("USE catalogue");
        st.execute("SET file_search_path = " + literal(root.toString()));
        createViews(c, state);
        st.execute("USE memory");
        st.execute("DETACH catalogue");
      }
      return tmp;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot write the DuckDB catalogue " + tmp + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the DuckDB catalogue " + tmp, e);
    }
  }

  /**
   * Renames a prepared catalogue over {@code warehouse.duckdb}: one atomic step, so a reader opens
   * the old catalogue or the new one, and a crash before it leaves the old one in place.
   */
  public static Path publish(Path root, Path prepared) {
    Path target = root.resolve(FILE);
    try {
      Files.move(
          prepared, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot put the DuckDB catalogue in place at " + target, e);
    }
  }

  /**
   * Creates, on a connection whose relative paths resolve against the warehouse root, every view of
   * the state (typed, with Chinese comments; empty where the table has no file), the wide views
   * once metrics exist, and {@value #RUN_VIEW}.
   */
  public static void createViews(Connection c, WarehouseState state) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (WarehouseTable t : TableCatalog.viewed()) {
        String view = t.view().orElseThrow();
        st.execute(createView(t, state.table(t.qualifiedName()).files()));
        st.execute("COMMENT ON VIEW " + view + " IS " + literal(t.title()));
        for (Column col : t.columns()) {
          st.execute(
              "COMMENT ON COLUMN "
                  + view
                  + "."
                  + identifier(col.name())
                  + " IS "
                  + literal(
                      col.chineseLabel()
                          + (col.description().isEmpty() ? "" : " — " + col.description())));
        }
      }
      st.execute(
          "CREATE OR REPLACE VIEW "
              + RUN_VIEW
              + " AS SELECT "
              + literal(state.runId())
              + " AS run_id, "
              + literal(state.kind())
              + " AS kind, TIMESTAMP "
              + literal(state.committedAt().toString().replace('T', ' '))
              + " AS committed_at");
      st.execute("COMMENT ON VIEW " + RUN_VIEW + " IS '本目录所示的入库/计算批次'");
    }
    if (!state.table(TableCatalog.METRICS_TABLE.qualifiedName()).files().isEmpty()) {
      WideViews.create(c);
    }
  }

  /**
   * The CREATE VIEW statement of a table over the given data files (relative to the root); an
   * empty, typed view where there are none.
   */
  static String createView(WarehouseTable t, List<String> files) {
    String cols =
        t.columns().stream()
            .map(
                c ->
                    (files.isEmpty() ? "CAST(NULL AS " : "CAST(" + identifier(c.name()) + " AS ")
                        + c.type().sql()
                        + ") AS "
                        + identifier(c.name()))
            .collect(Collectors.joining(", "));
    String view = t.view().orElseThrow();
    if (files.isEmpty()) {
      return "CREATE OR REPLACE VIEW " + view + " AS SELECT " + cols + " WHERE false";
    }
    String list = files.stream().map(DuckDbCatalog::literal).collect(Collectors.joining(", "));
    return "CREATE OR REPLACE VIEW "
        + view
        + " AS SELECT "
        + cols
        + " FROM read_parquet(["
        + list
        + "], hive_partitioning = false, union_by_name = true)";
  }

  /**
   * A read-only connection to the catalogue of the local warehouse folder {@code root}, its
   * relative paths resolved against that folder; fails with a clear message when there is none. For
   * tools the warehouse itself runs (the bulletins); analysts' SQL goes through {@link SqlConsole},
   * which also locks it down.
   */
  public static Connection open(Path root) throws SQLException {
    Path file = root.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no DuckDB catalogue at " + file + "; run `bin/warehouse run --input DIR` first");
    }
    Properties p = new Properties();
    p.setProperty("duckdb.read_only", "true");
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, p);
    try (Statement st = c.createStatement()) {
      st.execute("SET file_search_path = " + literal(root.toString()));
    }
    return c;
  }

  /**
   * An in-memory connection with the views of an earlier committed state (for {@code sql --as-of
   * RUN_ID}), relative paths resolved against the local warehouse folder {@code root}.
   */
  public static Connection openAsOf(Path root, WarehouseState state) throws SQLException {
    Connection c = DriverManager.getConnection("jdbc:duckdb:");
    try (Statement st = c.createStatement()) {
      st.execute("SET file_search_path = " + literal(root.toString()));
      createViews(c, state);
    } catch (SQLException | RuntimeException e) {
      c.close();
      throw e;
    }
    return c;
  }

  /** The run whose state a catalogue connection shows ({@value #RUN_VIEW}). */
  public static String runId(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
        java.sql.ResultSet rs = st.executeQuery("SELECT run_id FROM " + RUN_VIEW)) {
      if (!rs.next()) {
        throw new IllegalStateException("the catalogue names no run");
      }
      return rs.getString(1);
    }
  }

  /** A SQL string literal. */
  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  /** A quoted SQL identifier. */
  static String identifier(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
