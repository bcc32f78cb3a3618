package cn.zoucheng.warehouse.jobs.metrics;

import java.time.YearMonth;
import java.util.List;

/**
 * What a metrics run did.
 *
 * @param runId the run's id, written on every row
 * @param periods the months written (each replaced whole)
 * @param metricRows rows written to the metrics table
 * @param changedFigures figures that differ from what the months held before (metric_changes rows)
 * @param breaches voucher breach rows written
 * @param submissions submission matrix rows written
 * @param files file quality rows written
 */
public record MetricsResult(
    String runId,
    List<YearMonth> periods,
    long metricRows,
    long changedFigures,
    long breaches,
    long submissions,
    long files) {

  public MetricsResult {
    periods = List.copyOf(periods);
  }
}
