package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import picocli.CommandLine.Command;

/** {@code airflow version}. */
@Command(
    name = "version",
    mixinStandardHelpOptions = true,
    description = "Shows the Airflow server's version and the API spoken.")
final class VersionCommand extends AirflowSubcommand {

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    out().printf("Airflow %s (%s)%n", client.version(), apiName(client));
    return ExitCodes.OK;
  }
}
