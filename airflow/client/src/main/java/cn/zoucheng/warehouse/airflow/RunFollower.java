package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.internal.Sleeper;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Polls a run until it ends, reporting the run's and its tasks' states as they change. */
public final class RunFollower {

  private final AirflowClient client;
  private final Duration pollInterval;
  private final Sleeper sleeper;
  private final Consumer<String> out;

  /** Follows runs through {@code client}, reporting each change as one line to {@code out}. */
  public RunFollower(
      AirflowClient client, Duration pollInterval, Sleeper sleeper, Consumer<String> out) {
    this.client = client;
    this.pollInterval = pollInterval;
    this.sleeper = sleeper;
    this.out = out;
  }

  /** Polls until the run is {@code success} or {@code failed} and returns its last state. */
  public DagRun follow(String dagId, String dagRunId) {
    String runState = null;
    Map<String, String> taskStates = new HashMap<>();
    while (true) {
      DagRun run = client.getRun(dagId, dagRunId);
      for (TaskInstance t : client.listTaskInstances(dagId, dagRunId)) {
        String state = t.state() + (t.tryNumber() > 1 ? " (try " + t.tryNumber() + ")" : "");
        if (!state.equals(taskStates.put(t.taskId(), state))) {
          out.accept("  " + t.taskId() + ": " + state);
        }
      }
      if (!run.state().equals(runState)) {
        runState = run.state();
        out.accept("run " + dagRunId + ": " + runState);
      }
      if (run.finished()) {
        return run;
      }
      sleeper.sleep(pollInterval);
    }
  }
}
