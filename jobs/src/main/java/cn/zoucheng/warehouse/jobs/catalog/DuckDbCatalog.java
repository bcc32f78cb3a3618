package cn.zoucheng.warehouse.jobs.catalog;

import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.metrics.MetricsPaths;
import cn.zoucheng.warehouse.jobs.metrics.MetricsViews;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.metrics.MetricTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The DuckDB file analysts open: it holds no data, only views over the warehouse's Parquet, by
 * paths relative to the warehouse folder (so the folder can be moved). Rebuilt after every
 * committed run and swapped in with one rename.
 */
public final class DuckDbCatalog {

  /** A view: its name, the table folder it reads, its columns and the Chinese title. */
  public record View(
      String name, String folder, int partitionLevels, List<Column> columns, String title) {}

  private DuckDbCatalog() {}

  /**
   * The views of the warehouse's tables: one per record type, reference table, quarantine,
   * manifest, and each table the metrics job writes.
   */
  public static List<View> views() {
    List<View> out = new ArrayList<>();
    for (RecordSchema s : ExportCatalog.ALL) {
      out.add(new View(s.name(), WarehouseLayout.facts(s), 2, s.columns(), s.chineseName()));
    }
    for (ReferenceTable t : ReferenceTable.ALL) {
      out.add(new View(t.name(), WarehouseLayout.reference(t), 0, t.columns(), t.chineseName()));
    }
    out.add(
        new View("quarantine", WarehouseLayout.quarantine(), 3, WarehouseTables.QUARANTINE, "隔离行"));
    out.add(new View("manifest", WarehouseLayout.manifest(), 1, WarehouseTables.MANIFEST, "文件清单"));
    out.add(new View("metrics", MetricsPaths.metrics(), 1, MetricTables.METRICS, "指标"));
    out.add(
        new View(
            "metric_changes",
            MetricsPaths.metricChanges(),
            1,
            MetricTables.METRIC_CHANGES,
            "指标变更"));
    out.add(
        new View(
            "voucher_breaches",
            MetricsPaths.voucherBreaches(),
            1,
            MetricTables.VOUCHER_BREACHES,
            "违规入账明细"));
    out.add(
        new View("submissions", MetricsPaths.submissions(), 1, MetricTables.SUBMISSIONS, "报送情况"));
    out.add(
        new View("file_quality", MetricsPaths.fileQuality(), 1, MetricTables.FILE_QUALITY, "文件质量"));
    out.add(new View("rankings", MetricsPaths.rankings(), 1, MetricTables.RANKINGS, "综合排名"));
    out.add(
        new View(
            "demonstration",
            MetricsPaths.demonstration(),
            1,
            MetricTables.DEMONSTRATION,
            "示范村(社区)对比"));
    return List.copyOf(out);
  }

  /** Writes {@code warehouse.duckdb} in the local warehouse folder {@code root}. */
  public static Path write(Path root) {
    Path target = root.resolve(WarehouseLayout.DUCKDB_FILE);
    Path tmp = root.resolve("_" + WarehouseLayout.DUCKDB_FILE + ".tmp");
    try {
      Files.deleteIfExists(tmp);
      Files.deleteIfExists(root.resolve(tmp.getFileName() + ".wal"));
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp);
          Statement st = c.createStatement()) {
        st.execute("SET file_search_path = '" + root.toString().replace("'", "''") + "'");
        createViews(c, root);
        st.execute("CHECKPOINT");
      }
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      return target;
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot write the DuckDB catalogue " + target + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the DuckDB catalogue " + target, e);
    }
  }

  /**
   * Creates every view of {@link #views()} (typed, with Chinese comments; empty where the table has
   * no file yet) and, once metrics exist, the wide views of {@link MetricsViews}, on a connection
   * whose relative paths resolve against the local warehouse folder {@code root}.
   */
  public static void createViews(Connection c, Path root) throws SQLException, IOException {
    try (Statement st = c.createStatement()) {
      for (View v : views()) {
        st.execute(createView(v, hasParquet(root.resolve(v.folder()))));
        st.execute("COMMENT ON VIEW " + v.name() + " IS '" + sql(v.title()) + "'");
        for (Column col : v.columns()) {
          st.execute(
              "COMMENT ON COLUMN "
                  + v.name()
                  + ".\""
                  + col.name()
                  + "\" IS '"
                  + sql(
                      col.chineseLabel()
                          + (col.description().isEmpty() ? "" : " — " + col.description()))
                  + "'");
        }
      }
    }
    if (hasParquet(root.resolve(MetricsPaths.metrics()))) {
      MetricsViews.create(c);
    }
  }

  /**
   * A read-only connection to the catalogue of the local warehouse folder {@code root}, with
   * relative paths resolved against that folder. Fails with a clear message when there is none.
   */
  public static Connection open(Path root) throws SQLException {
    Path file = root.resolve(WarehouseLayout.DUCKDB_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "no DuckDB catalogue at " + file + "; run `bin/warehouse ingest --input DIR` first");
    }
    java.util.Properties p = new java.util.Properties();
    p.setProperty("duckdb.read_only", "true");
    Connection c = DriverManager.getConnection("jdbc:duckdb:" + file, p);
    try (Statement st = c.createStatement()) {
      st.execute("SET file_search_path = '" + sql(root.toString()) + "'");
    }
    return c;
  }

  /** The CREATE VIEW statement of a view; an empty, typed view where no file exists yet. */
  static String createView(View v, boolean hasFiles) {
    StringBuilder cols = new StringBuilder();
    for (Column c : v.columns()) {
      if (cols.length() > 0) {
        cols.append(", ");
      }
      String q = "\"" + c.name() + "\"";
      cols.append(
              hasFiles
                  ? "CAST(" + q + " AS " + c.type().sql() + ")"
                  : "CAST(NULL AS " + c.type().sql() + ")")
          .append(" AS ")
          .append(q);
    }
    if (!hasFiles) {
      return "CREATE OR REPLACE VIEW " + v.name() + " AS SELECT " + cols + " WHERE false";
    }
    String glob = v.folder() + "/*".repeat(v.partitionLevels()) + "/*.parquet";
    return "CREATE OR REPLACE VIEW "
        + v.name()
        + " AS SELECT "
        + cols
        + " FROM read_parquet('"
        + glob
        + "', hive_partitioning = true, hive_types_autocast = false, union_by_name = true)";
  }

  private static boolean hasParquet(Path folder) throws IOException {
    if (!Files.isDirectory(folder)) {
      return false;
    }
    try (Stream<Path> s = Files.walk(folder)) {
      return s.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    }
  }

  private static String sql(String s) {
    return s.replace("'", "''");
  }
}
