package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.airflow.cli.AirflowCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code bin/warehouse}: the warehouse's command line. Exit codes: 0 done, 1 failed (the message
 * says why), 2 wrong usage.
 */
@Command(
    name = "warehouse",
    mixinStandardHelpOptions = true,
    version = "zoucheng-warehouse 0.1.0",
    description = "邹城市农村社区治理实验区 reporting warehouse: ingest town exports, query them.",
    subcommands = {
      RunCommand.class,
      IngestCommand.class,
      MetricsCommand.class,
      BulletinCommand.class,
      SqlCommand.class,
      MaintainCommand.class,
      SamplesCommand.class,
      DocsCommand.class,
      BenchmarkCommand.class,
      AirflowCommand.class,
      CommandLine.HelpCommand.class
    })
public final class WarehouseCli implements Runnable {

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the command line and returns its exit code (for tests). */
  public static int execute(String... args) {
    CommandLine cl = new CommandLine(new WarehouseCli());
    cl.setExecutionExceptionHandler(
        (e, cmd, parsed) -> {
          cmd.getErr().println(cmd.getColorScheme().errorText("error: " + Errors.describe(e)));
          if (System.getenv("WAREHOUSE_DEBUG") != null) {
            e.printStackTrace(cmd.getErr());
          }
          return 1;
        });
    return cl.execute(args);
  }

  @Override
  public void run() {
    new CommandLine(this).usage(System.out);
  }
}
