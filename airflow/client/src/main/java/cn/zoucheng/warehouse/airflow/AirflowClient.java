package cn.zoucheng.warehouse.airflow;

import java.util.List;

/**
 * The operations the warehouse needs from Airflow's REST API, for Airflow 2 and 3 alike.
 *
 * <pre>{@code
 * AirflowClient client = AirflowClients.create(AirflowConfig.load(Map.of()));
 * TriggerResult r = client.triggerRun("zoucheng_monthly_warehouse", "2026-10");
 * DagRun run = client.getRun(r.run().dagId(), r.run().runId());
 * }</pre>
 *
 * <p>Every method throws {@link AirflowException} with a user-facing message on failure.
 */
public interface AirflowClient extends AutoCloseable {

  /** The API this client speaks. */
  ApiVersion apiVersion();

  /**
   * Triggers the month's run with the id {@link RunIds#forPeriod}; a 409 returns the existing run.
   */
  default TriggerResult triggerRun(String dagId, String period) {
    return triggerRun(dagId, period, RunIds.forPeriod(period));
  }

  /**
   * Triggers a run with conf {@code {"period": period}} and the given id; a 409 returns that run.
   */
  TriggerResult triggerRun(String dagId, String period, String dagRunId);

  /** Returns one run. */
  DagRun getRun(String dagId, String dagRunId);

  /** Returns the latest runs of the DAG, newest first. */
  List<DagRun> listRuns(String dagId, int limit);

  /** Returns the task instances of a run. */
  List<TaskInstance> listTaskInstances(String dagId, String dagRunId);

  /** Pauses the DAG: the scheduler stops creating runs. */
  void pause(String dagId);

  /** Unpauses the DAG. */
  void unpause(String dagId);

  /** Returns the health of Airflow's components. */
  Health health();

  /** Returns Airflow's version, e.g. {@code 3.1.0}. */
  String version();

  /** Releases the HTTP client's threads and connections. */
  @Override
  void close();
}
