package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.DagRun;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code airflow runs [--limit N]}. */
@Command(
    name = "runs",
    mixinStandardHelpOptions = true,
    description = "Lists the DAG's latest runs, newest first.")
final class RunsCommand extends AirflowSubcommand {

  @Option(
      names = "--limit",
      defaultValue = "10",
      paramLabel = "N",
      description = "How many runs (default ${DEFAULT-VALUE}).")
  int limit;

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    List<DagRun> runs = client.listRuns(config.dagId(), Math.max(1, limit));
    if (runs.isEmpty()) {
      out().printf("No runs of %s.%n", config.dagId());
    }
    for (DagRun r : runs) {
      out()
          .printf(
              "%-40s %-8s %-8s %s%n",
              r.runId(),
              r.state(),
              StatusCommand.orDash(r.period()),
              StatusCommand.orDash(r.startDate()));
    }
    return ExitCodes.OK;
  }
}
