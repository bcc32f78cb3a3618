package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.zoucheng.warehouse.jobs.commit.StagedCommit;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.metrics.MetricTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.hadoop.fs.Path;
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

  private final SparkSession spark;
  private final MetricsOptions options;

  /** A job over the given session; it never stops the session. */
  public ComputeMonthlyMetricsJob(SparkSession spark, MetricsOptions options) {
    this.spark = spark;
    this.options = options;
  }

  /**
   * Runs the job and says what it wrote. Every table is staged and the computed months are swapped
   * in by one {@link StagedCommit}: a run that fails, or is killed, before its commit point leaves
   * every month's previous figures; one killed after it is completed by the next writer. Call it
   * under the warehouse lock.
   */
  public MetricsResult run() {
    YearMonth from = options.from();
    YearMonth to = options.to();
    String runId = options.runId();
    List<YearMonth> periods = Months.range(from, to);
    LocalDateTime at = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    spark.sparkContext().setJobDescription("metrics " + from + ".." + to + " (" + runId + ")");
    LOG.info("metrics run {}: {}..{} from {}", runId, from, to, options.input().root());

    StagedCommit commit = stagedCommit();
    commit.recover();
    long started = System.nanoTime();
    MetricsInputs in = new MetricsInputs(spark, options.input());
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
      Dataset<Row> compared =
          new MetricComparisons(spark)
              .compare(base, in.reference(ReferenceTable.TARGETS))
              .persist(StorageLevel.MEMORY_AND_DISK());
      Dataset<Row> metrics =
          compared
              .where(col("period").between(from.toString(), to.toString()))
              .withColumn("run_id", lit(runId))
              .withColumn("computed_at", lit(at))
              .select(columns(MetricTables.METRICS))
              .persist(StorageLevel.MEMORY_AND_DISK());
      PeriodTableWriter writer =
          new PeriodTableWriter(spark, options.output(), commit.staging(runId));
      Dataset<Row> changes =
          new MetricChanges(spark, options.output()).changes(metrics, periods, runId, at);
      // The changes are written before the months are overwritten: they read the old figures.
      long changed = writer.writeRun(changes, MetricsPaths.metricChanges(), runId);
      long rows =
          writer.overwrite(
              metrics,
              MetricsPaths.metrics(),
              periods,
              "period",
              "scope",
              "metric",
              "town_code",
              "village_code");
      metrics.unpersist();

      BulletinTables tables = new BulletinTables(spark, from, to);
      long breaches =
          writer.overwrite(
              stamped(tables.voucherBreaches(reported), runId, MetricTables.VOUCHER_BREACHES),
              MetricsPaths.voucherBreaches(),
              periods,
              "period",
              "town_code",
              "village_code",
              "voucher_id");
      long submissions =
          writer.overwrite(
              stamped(
                  tables.submissions(
                      manifest, in.reference(ReferenceTable.TOWNS), options.deadlineDay()),
                  runId,
                  MetricTables.SUBMISSIONS),
              MetricsPaths.submissions(),
              periods,
              "period",
              "town_code",
              "record_type");
      long files =
          writer.overwrite(
              stamped(
                  tables.fileQuality(manifest, in.quarantine()), runId, MetricTables.FILE_QUALITY),
              MetricsPaths.fileQuality(),
              periods,
              "period",
              "town_code",
              "record_type",
              "file");
      Standings standings = new Standings(spark, from, to);
      writer.overwrite(
          stamped(
              standings.rankings(compared, in.reference(ReferenceTable.TOWNS)),
              runId,
              MetricTables.RANKINGS),
          MetricsPaths.rankings(),
          periods,
          "period",
          "scope",
          "town_code",
          "village_code");
      writer.overwrite(
          stamped(
              standings.demonstration(base, in.reference(ReferenceTable.VILLAGES)),
              runId,
              MetricTables.DEMONSTRATION),
          MetricsPaths.demonstration(),
          periods,
          "period",
          "metric",
          "demonstration");
      compared.unpersist();
      // The commit point: until here the warehouse shows the previous figures of every month.
      commit.commit(runId, writer.replacements());
      MetricsResult result =
          new MetricsResult(runId, periods, rows, changed, breaches, submissions, files);
      LOG.info("metrics run done: {}", result);
      return result;
    } catch (RuntimeException e) {
      commit.abandon(runId);
      throw e;
    } finally {
      figures.release();
      reported.unpersist();
      manifest.unpersist();
    }
  }

  /** The all-or-nothing commit into the output warehouse (call under the warehouse lock). */
  private StagedCommit stagedCommit() {
    Path root = new Path(options.output().root());
    try {
      return new StagedCommit(root.getFileSystem(spark.sparkContext().hadoopConfiguration()), root);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach the warehouse " + root, e);
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
        .map(
            c ->
                col(c.name())
                    .cast(cn.zoucheng.warehouse.jobs.spark.SparkSchemas.type(c.type()))
                    .as(c.name()))
        .toArray(org.apache.spark.sql.Column[]::new);
  }
}
