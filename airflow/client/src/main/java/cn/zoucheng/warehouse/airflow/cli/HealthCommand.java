package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.Health;
import picocli.CommandLine.Command;

/** {@code airflow health}. */
@Command(
    name = "health",
    mixinStandardHelpOptions = true,
    description = "Shows the health of Airflow's components; exit code 3 if one is unhealthy.")
final class HealthCommand extends AirflowSubcommand {

  @Override
  int run(AirflowClient client, AirflowConfig config) {
    Health health = client.health();
    health
        .components()
        .forEach((name, status) -> out().printf("%-14s %s%n", name, status == null ? "-" : status));
    return health.healthy() ? ExitCodes.OK : ExitCodes.AIRFLOW;
  }
}
