package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.time.YearMonth;

/**
 * The command line's entry point to the metrics job, as a run of its own.
 *
 * <pre>{@code
 * MetricsResult r = MetricsRun.run(warehouse, YearMonth.of(2026, 10), YearMonth.of(2026, 10),
 *     MetricsOptions.newRunId());
 * }</pre>
 */
public final class MetricsRun {
  private MetricsRun() {}

  /** Computes and writes the months {@code from}..{@code to} of the warehouse under the run id. */
  public static MetricsResult run(Warehouse warehouse, YearMonth from, YearMonth to, String runId) {
    return run(
        new MetricsOptions(
            warehouse, warehouse, from, to, runId, MetricsOptions.DEFAULT_DEADLINE_DAY));
  }

  /** Runs the job with full options (another output warehouse, another deadline day). */
  public static MetricsResult run(MetricsOptions options) {
    return new ComputeMonthlyMetricsJob(options).run();
  }
}
