package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.metrics.MetricsResult;
import cn.zoucheng.warehouse.jobs.metrics.RecomputeMonths;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.reports.OutputFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code warehouse run --input DIR}: ingest, then the metrics of every month the ingest touched.
 */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "The monthly run in one JVM and one Spark session: ingest the folders,",
      "recompute the metrics of every month the new data touches (with the months whose",
      "环比, year to date or 同比 depend on them), then render the latest month's bulletins",
      "(city, 16 towns, progress report; PDF, XLSX, HTML) into <warehouse>/bulletins/YYYY-MM/",
      "and print their paths. Example:",
      "  bin/warehouse run --input data-samples/exports"
    })
final class RunCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin InputOptions input;

  @Option(names = "--no-bulletins", description = "stop after the metrics")
  boolean noBulletins;

  /** The latest month holding any facts (so a re-delivered past month reaches its 同比). */
  static YearMonth lastMonth(SparkSession spark, WarehouseConfig config, YearMonth atLeast)
      throws java.io.IOException {
    org.apache.hadoop.fs.Path facts =
        new org.apache.hadoop.fs.Path(config.layout().resolve("facts"));
    org.apache.hadoop.fs.FileSystem fs =
        facts.getFileSystem(spark.sparkContext().hadoopConfiguration());
    YearMonth last = atLeast;
    for (org.apache.hadoop.fs.FileStatus type : fs.listStatus(facts)) {
      for (org.apache.hadoop.fs.FileStatus month : fs.listStatus(type.getPath())) {
        String name = month.getPath().getName();
        if (name.startsWith("month=") && fs.listStatus(month.getPath()).length > 0) {
          YearMonth m = YearMonth.parse(name.substring("month=".length()));
          last = m.isAfter(last) ? m : last;
        }
      }
    }
    return last;
  }

  @Override
  public Integer call() throws Exception {
    WarehouseConfig config = common.load();
    try (Progress progress = new Progress(System.err)) {
      SparkSession spark = Sessions.open(config, "warehouse run");
      try {
        IngestResult ingest = IngestCommand.ingest(spark, config, input, progress);
        IngestCommand.print(System.out, ingest, config, progress.elapsed());
        List<RecomputeMonths.Touched> touched = new ArrayList<>();
        YearMonth last = null;
        for (String t : ingest.touchedTypeMonths()) {
          String[] parts = t.split("/");
          YearMonth m = YearMonth.parse(parts[1]);
          touched.add(new RecomputeMonths.Touched(parts[0], m));
          last = last == null || m.isAfter(last) ? m : last;
        }
        if (touched.isEmpty()) {
          System.out.println("no month changed: metrics are up to date");
        } else {
          SortedSet<YearMonth> months =
              RecomputeMonths.after(touched, lastMonth(spark, config, last));
          MetricsResult r =
              MetricsCommand.compute(spark, config, months.first(), months.last(), progress);
          System.out.printf(
              "metrics run %s: %s..%s, %,d figures, %,d changed, %,d breaches%n",
              r.runId(),
              months.first(),
              months.last(),
              r.metricRows(),
              r.changedFigures(),
              r.breaches());
        }
        if (!noBulletins
            && "file".equals(config.warehouseRoot().getScheme())
            && Files.isDirectory(Path.of(config.warehouseRoot()).resolve("metrics"))) {
          BulletinCommand.render(
              config,
              Optional.empty(),
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
