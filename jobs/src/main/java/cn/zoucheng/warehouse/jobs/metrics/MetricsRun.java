package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import java.time.YearMonth;
import org.apache.spark.sql.SparkSession;

/**
 * The command line's entry point to the metrics job.
 *
 * <pre>{@code
 * MetricsResult r = MetricsRun.run(spark, config.layout(), YearMonth.of(2026, 10),
 *     YearMonth.of(2026, 10), MetricsOptions.newRunId());
 * }</pre>
 */
public final class MetricsRun {
  private MetricsRun() {}

  /** Computes and writes the months {@code from}..{@code to} of the warehouse under the run id. */
  public static MetricsResult run(
      SparkSession spark, WarehouseLayout warehouse, YearMonth from, YearMonth to, String runId) {
    return run(
        spark,
        new MetricsOptions(
            warehouse, warehouse, from, to, runId, MetricsOptions.DEFAULT_DEADLINE_DAY));
  }

  /** Runs the job with full options (another output warehouse, another deadline day). */
  public static MetricsResult run(SparkSession spark, MetricsOptions options) {
    return new ComputeMonthlyMetricsJob(spark, options).run();
  }
}
