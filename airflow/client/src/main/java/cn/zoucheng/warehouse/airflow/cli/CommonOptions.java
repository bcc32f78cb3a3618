package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowConfig;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every {@code airflow} subcommand takes; unset ones come from the configuration. */
public final class CommonOptions {

  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "Airflow webserver/API server root (airflow.url, AIRFLOW_URL).")
  String url;

  @Option(
      names = "--api-version",
      paramLabel = "1|2|auto",
      description =
          "REST API version: 1 = Airflow 2, 2 = Airflow 3, auto = probe (airflow.api-version).")
  String apiVersion;

  @Option(
      names = "--dag-id",
      paramLabel = "DAG",
      description = "The DAG (airflow.dag-id; default zoucheng_monthly_warehouse).")
  String dagId;

  /** The options given, as configuration keys. */
  Map<String, String> asFlags() {
    Map<String, String> flags = new HashMap<>();
    if (url != null) {
      flags.put(AirflowConfig.URL, url);
    }
    if (apiVersion != null) {
      flags.put(AirflowConfig.API_VERSION, apiVersion);
    }
    if (dagId != null) {
      flags.put(AirflowConfig.DAG_ID, dagId);
    }
    return flags;
  }
}
