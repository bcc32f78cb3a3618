package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.zoucheng.warehouse.jobs.spark.Lineage;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.jobs.storage.WarehouseRun;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.metrics.MetricTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Computes every metric of {@code METRICS.md} for the city, each town and each village for a range
 * of months, with comparisons, and writes the metrics table, the record of changed figures, the
 * voucher breach list, the submission matrix and the file quality table. All months are computed in
 * one pass; each table's computed months are replaced whole.
 */
public final class ComputeMonthlyMetricsJob {
  private static final Logger LOG = LoggerFactory.getLogger(ComputeMonthlyMetricsJob.class);

  /** Months before {@code from} whose figures the comparisons need (同比 of 环比 of the yoy). */
  static final int LOOKBACK_MONTHS = 13;

  private final MetricsOptions options;

  /** A job with the given options; it never stops the session. */
  public ComputeMonthlyMetricsJob(MetricsOptions options) {
    this.options = options;
  }

  /**
   * Runs the job as a run of its own: until it commits, the warehouse shows every month's previous
   * figures; a run killed before that is rolled back by the next writer.
   */
  public MetricsResult run() {
    return WarehouseRun.execute(
            options.output(), "metrics", options.runId(), Optional.empty(), this::compute)
        .result();
  }

  /** The job's writes, inside a run (the monthly pipeline's, or its own). */
  public MetricsResult compute(TableWriter writer) {
    YearMonth from = options.from();
    YearMonth to = options.to();
    String runId = writer.runId();
    SparkSession spark = options.input().spark();
    List<YearMonth> periods = Months.range(from, to);
    List<String> months = periods.stream().map(YearMonth::toString).toList();
    LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    spark.sparkContext().setJobDescription("metrics " + from + ".." + to + " (" + runId + ")");
    LOG.info("metrics run {}: {}..{} from {}", runId, from, to, options.input().layout().root());

    long started = System.nanoTime();
    MetricsInputs in = new MetricsInputs(options.input());
    Dataset<Row> manifest = in.manifest().persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> reported = reported(in, manifest).persist(StorageLevel.MEMORY_AND_DISK());
    MetricFigures figures = new MetricFigures(spark);
    figures.registerViews(
        in, from.minusMonths(LOOKBACK_MONTHS), to, reported, in.reference(ReferenceTable.VILLAGES));
    Dataset<Row> base = figures.figures();
    LOG.info(
        "figures of {}..{} computed ({} ms)",
        from.minusMonths(LOOKBACK_MONTHS),
        to,
        (System.nanoTime() - started) / 1_000_000);
    try {
      // read by the metrics, their changes and both queries of the rankings
      Dataset<Row> compared =
          Lineage.cut(
              new MetricComparisons(spark).compare(base, in.reference(ReferenceTable.TARGETS)));
      Dataset<Row> metrics =
          compared
              .where(col("period").between(from.toString(), to.toString()))
              .withColumn("run_id", lit(runId))
              .withColumn("computed_at", lit(at))
              .select(columns(MetricTables.METRICS))
              .persist(StorageLevel.MEMORY_AND_DISK());
      // The changes are written before the months are overwritten: they read the old figures.
      Dataset<Row> changes =
          new MetricChanges(options.output()).changes(metrics, periods, runId, at).cache();
      long changed = changes.count();
      writer.append(TableCatalog.METRIC_CHANGES, changes.coalesce(1));
      long rows = metrics.count();
      writer.replacePartitions(TableCatalog.METRICS_TABLE, months, metrics);
      metrics.unpersist();
      changes.unpersist();

      BulletinTables tables = new BulletinTables(spark, from, to);
      long breaches =
          replace(
              writer,
              TableCatalog.VOUCHER_BREACHES,
              months,
              stamped(tables.voucherBreaches(reported), runId, MetricTables.VOUCHER_BREACHES));
      long submissions =
          replace(
              writer,
              TableCatalog.SUBMISSIONS,
              months,
              stamped(
                  tables.submissions(
                      manifest, in.reference(ReferenceTable.TOWNS), options.deadlineDay()),
                  runId,
                  MetricTables.SUBMISSIONS));
      long files =
          replace(
              writer,
              TableCatalog.FILE_QUALITY,
              months,
              stamped(
                  tables.fileQuality(manifest, in.quarantine()), runId, MetricTables.FILE_QUALITY));
      Standings standings = new Standings(spark, from, to);
      replace(
          writer,
          TableCatalog.RANKINGS,
          months,
          stamped(
              standings.rankings(compared, in.reference(ReferenceTable.TOWNS)),
              runId,
              MetricTables.RANKINGS));
      replace(
          writer,
          TableCatalog.DEMONSTRATION,
          months,
          stamped(
              standings.demonstration(base, in.reference(ReferenceTable.VILLAGES)),
              runId,
              MetricTables.DEMONSTRATION));
      MetricsResult result =
          new MetricsResult(runId, periods, rows, changed, breaches, submissions, files);
      LOG.info("metrics run done: {}", result);
      return result;
    } finally {
      reported.unpersist();
      manifest.unpersist();
    }
  }

  /** Replaces the computed months of a table with the rows; returns their count. */
  private static long replace(
      TableWriter writer,
      cn.zoucheng.warehouse.schemas.tables.WarehouseTable table,
      List<String> months,
      Dataset<Row> rows) {
    Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = cached.count();
      writer.replacePartitions(table, months, cached);
      return count;
    } finally {
      cached.unpersist();
    }
  }

  /**
   * (record_type, town_code, period) of every month a town delivered a record type: a LOADED or
   * UNCHANGED manifest row; without a manifest, every town-month with facts.
   */
  static Dataset<Row> reported(MetricsInputs in, Dataset<Row> manifest) {
    if (in.hasManifest()) {
      return manifest
          .where(col("status").isin(FileStatus.LOADED.name(), FileStatus.UNCHANGED.name()))
          .where(
              col("record_type")
                  .isNotNull()
                  .and(col("town_code").isNotNull())
                  .and(col("file_month").isNotNull()))
          .select(col("record_type"), col("town_code"), col("file_month").as("period"))
          .distinct();
    }
    LOG.warn("no manifest: every town-month with facts counts as reported");
    Dataset<Row> all = null;
    for (RecordSchema type : MetricFigures.TYPES) {
      Dataset<Row> d =
          in.facts(type)
              .select(
                  lit(type.name()).as("record_type"), col("town_code"), col("month").as("period"))
              .distinct();
      all = all == null ? d : all.unionByName(d);
    }
    return all;
  }

  private static Dataset<Row> stamped(Dataset<Row> rows, String runId, List<Column> columns) {
    return rows.withColumn("run_id", lit(runId)).select(columns(columns));
  }

  private static org.apache.spark.sql.Column[] columns(List<Column> columns) {
    return columns.stream()
        .map(c -> col(c.name()).cast(SparkSchemas.type(c.type())).as(c.name()))
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
