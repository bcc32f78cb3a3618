package cn.zoucheng.warehouse.airflow;

/** What triggering a run did: created it, or found it already triggered (HTTP 409). */
public record TriggerResult(DagRun run, Outcome outcome) {

  /** Whether the run is new. */
  public enum Outcome {
    /** Airflow created the run. */
    CREATED,
    /** A run with the same id existed; it is returned instead. */
    ALREADY_TRIGGERED
  }
}
