package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowClients;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import cn.zoucheng.warehouse.airflow.internal.Sleeper;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code bin/warehouse airflow …}: drives the monthly DAG through Airflow's REST API.
 *
 * <pre>
 * bin/warehouse airflow trigger --period 2026-10 --wait
 * bin/warehouse airflow status warehouse__2026-10
 * bin/warehouse airflow runs --limit 5
 * </pre>
 *
 * <p>Self-contained: it reads its own configuration (flags, {@code AIRFLOW_*} environment, {@code
 * warehouse.properties}) and handles its own errors, so the main CLI only registers it.
 */
@Command(
    name = "airflow",
    mixinStandardHelpOptions = true,
    description = "Trigger and follow the monthly warehouse DAG in Airflow 2 or 3.",
    subcommands = {
      TriggerCommand.class,
      StatusCommand.class,
      RunsCommand.class,
      PauseCommand.class,
      UnpauseCommand.class,
      HealthCommand.class,
      VersionCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:done; a followed run succeeded",
      "1:the run failed",
      "2:bad arguments or configuration",
      "3:Airflow unreachable, refused the request, or unhealthy"
    })
public final class AirflowCommand implements Callable<Integer> {

  private final Function<Map<String, String>, AirflowConfig> configLoader;
  private final Sleeper sleeper;

  @Spec CommandSpec spec;

  /** Reads flags, the environment and {@code warehouse.properties} when a subcommand runs. */
  public AirflowCommand() {
    this(AirflowConfig::load, Sleeper.SYSTEM);
  }

  /** Uses {@code base} with the command-line flags applied on top (for tests and embedding). */
  public AirflowCommand(AirflowConfig base, Sleeper sleeper) {
    this(flags -> overlay(base, flags), sleeper);
  }

  private AirflowCommand(Function<Map<String, String>, AirflowConfig> loader, Sleeper sleeper) {
    this.configLoader = loader;
    this.sleeper = sleeper;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.USAGE;
  }

  AirflowConfig config(CommonOptions options) {
    return configLoader.apply(options.asFlags());
  }

  AirflowClient client(AirflowConfig config) {
    return AirflowClients.create(config, sleeper);
  }

  Sleeper sleeper() {
    return sleeper;
  }

  private static AirflowConfig overlay(AirflowConfig base, Map<String, String> flags) {
    AirflowConfig c = base;
    if (flags.containsKey(AirflowConfig.URL)) {
      c = c.withUrl(AirflowConfig.load(flags, Map.of(), null).url());
    }
    if (flags.containsKey(AirflowConfig.API_VERSION)) {
      c = c.withApiVersion(ApiVersion.parse(flags.get(AirflowConfig.API_VERSION)));
    }
    if (flags.containsKey(AirflowConfig.DAG_ID)) {
      c = c.withDagId(flags.get(AirflowConfig.DAG_ID));
    }
    return c;
  }
}
