package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.DagRun;
import cn.zoucheng.warehouse.airflow.TaskInstance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code airflow status RUN_ID}. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = "Shows a run's state and its tasks' states; exit code 1 if the run failed.")
final class StatusCommand extends AirflowSubcommand {

  @Parameters(index = "0", paramLabel = "RUN_ID", description = "e.g. warehouse__2026-10")
  String runId;

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    DagRun run = client.getRun(config.dagId(), runId);
    out()
        .printf(
            "run %s of %s: %s (period %s, started %s, ended %s)%n",
            run.runId(),
            run.dagId(),
            run.state(),
            orDash(run.period()),
            orDash(run.startDate()),
            orDash(run.endDate()));
    for (TaskInstance t : client.listTaskInstances(config.dagId(), runId)) {
      out().printf("  %-18s %s%n", t.taskId(), t.state());
    }
    return "failed".equals(run.state()) ? ExitCodes.RUN_FAILED : ExitCodes.OK;
  }

  static String orDash(String s) {
    return s == null ? "-" : s;
  }
}
