package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import picocli.CommandLine.Command;

/** {@code airflow unpause}. */
@Command(
    name = "unpause",
    mixinStandardHelpOptions = true,
    description = "Unpauses the DAG: Airflow schedules it again.")
final class UnpauseCommand extends AirflowSubcommand {

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    client.unpause(config.dagId());
    out().printf("Unpaused %s.%n", config.dagId());
    return ExitCodes.OK;
  }
}
