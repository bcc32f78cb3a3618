package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.DagRun;
import cn.zoucheng.warehouse.airflow.RunFollower;
import cn.zoucheng.warehouse.airflow.RunIds;
import cn.zoucheng.warehouse.airflow.TriggerResult;
import java.time.Duration;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code airflow trigger --period 2026-10 [--wait] [--new]}. */
@Command(
    name = "trigger",
    mixinStandardHelpOptions = true,
    description = {
      "Triggers the monthly DAG for a month with run id warehouse__<period>.",
      "If that run exists already (HTTP 409) it is reported (and followed with --wait) instead."
    })
final class TriggerCommand extends AirflowSubcommand {

  @Option(names = "--period", required = true, paramLabel = "YYYY-MM", description = "The month.")
  String period;

  @Option(names = "--wait", description = "Follow the run to its end, printing task states.")
  boolean waitForEnd;

  @Option(
      names = "--new",
      description =
          "Start a new run even if the month's run exists "
              + "(run id warehouse__<period>__<UTC timestamp>).")
  boolean fresh;

  @Option(
      names = "--poll-seconds",
      defaultValue = "15",
      paramLabel = "S",
      description = "Seconds between polls with --wait (default ${DEFAULT-VALUE}).")
  long pollSeconds;

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    String runId = fresh ? RunIds.fresh(period, Instant.now()) : RunIds.forPeriod(period);
    TriggerResult result = client.triggerRun(config.dagId(), period, runId);
    DagRun run = result.run();
    if (result.outcome() == TriggerResult.Outcome.CREATED) {
      out()
          .printf(
              "Triggered run %s of %s for %s (%s): %s%n",
              run.runId(), config.dagId(), period, apiName(client), run.state());
    } else {
      out()
          .printf(
              "Run %s of %s was already triggered (HTTP 409): %s. "
                  + "Use --new for another run of %s.%n",
              run.runId(), config.dagId(), run.state(), period);
    }
    out().flush();
    if (!waitForEnd) {
      return ExitCodes.OK;
    }
    DagRun last =
        new RunFollower(
                client,
                Duration.ofSeconds(Math.max(0, pollSeconds)),
                parent.sleeper(),
                line -> {
                  out().println(line);
                  out().flush();
                })
            .follow(config.dagId(), run.runId());
    return last.succeeded() ? ExitCodes.OK : ExitCodes.RUN_FAILED;
  }
}
