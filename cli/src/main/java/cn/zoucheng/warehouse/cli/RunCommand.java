package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.metrics.MetricsResult;
import cn.zoucheng.warehouse.jobs.pipeline.MonthlyRun;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.reports.OutputFormat;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warehouse run --input DIR}: the monthly run, then the month's bulletins. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly run in one JVM and one Spark session, as one commit of the warehouse:",
      "ingest the folders, recompute the metrics of every month the new data touches (with the",
      "months whose 环比, year to date or 同比 depend on them), then render the bulletins of",
      "--period (default: the latest month) (city, 16 towns, progress report; PDF, XLSX, HTML)",
      "into <warehouse>/bulletins/YYYY-MM/ and print their paths. Example:",
      "  bin/warehouse run --input data-samples/exports"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin InputOptions input;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "the month whose bulletins to render (default: the latest month)")
  YearMonth period;

  @Option(names = "--no-bulletins", description = "stop after the metrics")
  boolean noBulletins;

  @Override
  public Integer call() throws Exception {
    WarehouseConfig config = common.load();
    try (Progress progress = new Progress(System.err)) {
      SparkSession spark = Sessions.open(config, "warehouse run");
      try {
        MonthlyRun.Result r =
            MonthlyRun.run(
                Warehouse.open(spark, config),
                input.ingestOptions(RunIds.next("run")),
                input.pseudonymizer(),
                ReferenceData.load(),
                progress);
        IngestCommand.print(System.out, r.ingest(), config, progress.elapsed());
        if (r.metrics().isEmpty()) {
          System.out.println("no month changed: metrics are up to date");
        } else {
          MetricsResult m = r.metrics().get();
          System.out.printf(
              "metrics of %s..%s: %,d figures, %,d changed, %,d breaches%n",
              r.months().first(),
              r.months().last(),
              m.metricRows(),
              m.changedFigures(),
              m.breaches());
        }
        System.out.println("committed run " + r.state().runId());
        if (noBulletins) {
          System.out.println("bulletins skipped (--no-bulletins)");
        } else if (!config.isLocal()) {
          System.out.println(
              "bulletins skipped: they are rendered from a local warehouse folder's DuckDB"
                  + " catalogue, and "
                  + config.warehouseRoot()
                  + " is not one (run `bin/warehouse bulletin` against a local copy)");
        } else if (r.state().table(TableCatalog.METRICS_TABLE.qualifiedName()).files().isEmpty()) {
          System.out.println("bulletins skipped: the warehouse has no figures yet");
        } else {
          BulletinCommand.render(
              config,
              Optional.ofNullable(period),
              Optional.empty(),
              EnumSet.allOf(OutputFormat.class),
              Optional.empty(),
              null,
              progress,
              System.out);
        }
        System.out.printf("done in %.1f s%n", progress.elapsed());
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
