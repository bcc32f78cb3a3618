package cn.zoucheng.warehouse.airflow;

/**
 * One run of a DAG as Airflow reports it; {@code state} is queued, running, success or failed.
 *
 * @param period the {@code period} in the run's conf, or null when it has none
 * @param logicalDate the logical date, else (Airflow 3 manual runs) the run-after time; may be null
 */
public record DagRun(
    String dagId,
    String runId,
    String state,
    String logicalDate,
    String startDate,
    String endDate,
    String period) {

  /** Returns true once the run has ended, successfully or not. */
  public boolean finished() {
    return "success".equals(state) || "failed".equals(state);
  }

  /** Returns true if the run ended successfully. */
  public boolean succeeded() {
    return "success".equals(state);
  }
}
