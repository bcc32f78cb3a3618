package cn.zoucheng.warehouse.airflow.cli;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.AirflowException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shared by the subcommands: options, configuration, client, and errors turned into exit codes. */
abstract class AirflowSubcommand implements Callable<Integer> {

  @Mixin CommonOptions common;

  @ParentCommand AirflowCommand parent;

  @Spec CommandSpec spec;

  /** Does the work with a ready client; returns the exit code. */
  abstract int run(AirflowClient client, AirflowConfig config);

  @Override
  public final Integer call() {
    try {
      AirflowConfig config = parent.config(common);
      try (AirflowClient client = parent.client(config)) {
        return run(client, config);
      }
    } catch (AirflowException e) {
      err().println("error: " + e.getMessage());
      return ExitCodes.of(e);
    }
  }

  final PrintWriter out() {
    return spec.commandLine().getOut();
  }

  final PrintWriter err() {
    return spec.commandLine().getErr();
  }

  static String apiName(AirflowClient client) {
    return switch (client.apiVersion()) {
      case V1 -> "Airflow 2, /api/v1";
      case V2 -> "Airflow 3, /api/v2";
      case AUTO -> "auto";
    };
  }
}
