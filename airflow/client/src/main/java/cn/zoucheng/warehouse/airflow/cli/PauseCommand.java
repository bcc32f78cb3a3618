package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import picocli.CommandLine.Command;

/** {@code airflow pause}. */
@Command(
    name = "pause",
    mixinStandardHelpOptions = true,
    description = "Pauses the DAG: Airflow stops scheduling new runs.")
final class PauseCommand extends AirflowSubcommand {

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    client.pause(config.dagId());
    out().printf("Paused %s.%n", config.dagId());
    return ExitCodes.OK;
  }
}
