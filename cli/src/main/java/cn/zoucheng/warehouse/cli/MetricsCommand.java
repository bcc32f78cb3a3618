package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.metrics.MetricsOptions;
import cn.zoucheng.warehouse.jobs.metrics.MetricsResult;
import cn.zoucheng.warehouse.jobs.metrics.MetricsRun;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warehouse metrics --period 2026-10} (or {@code --from/--to}): computes the metrics. */
@Command(
    name = "metrics",
    mixinStandardHelpOptions = true,
    description = {
      "Compute every metric of the bulletins for a month or a range of months, for",
      "the city, each town and each village, with 环比/同比/year to date, ranks and target",
      "status, the voucher breach list, the submission matrix and file quality. Recomputing a",
      "month replaces exactly that month and records what changed in metric_changes."
    })
final class MetricsCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Months months;

  static final class Months {
    @Option(names = "--period", paramLabel = "YYYY-MM", description = "one month")
    YearMonth period;

    @ArgGroup(exclusive = false)
    Range range;
  }

  static final class Range {
    @Option(names = "--from", required = true, paramLabel = "YYYY-MM")
    YearMonth from;

    @Option(names = "--to", required = true, paramLabel = "YYYY-MM")
    YearMonth to;
  }

  @Override
  public Integer call() {
    WarehouseConfig config = common.load();
    YearMonth from = months.period != null ? months.period : months.range.from;
    YearMonth to = months.period != null ? months.period : months.range.to;
    try (Progress progress = new Progress(System.err)) {
      SparkSession spark = Sessions.open(config, "warehouse metrics");
      try {
        MetricsResult r = compute(spark, config, from, to, progress);
        System.out.printf(
            "metrics run %s: %s, %,d figures, %,d changed, %,d breaches%n",
            r.runId(),
            r.periods().size() == 1 ? r.periods().get(0) : from + ".." + to,
            r.metricRows(),
            r.changedFigures(),
            r.breaches());
        return 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** Computes the months as a run of their own (lock, commit, catalogue). */
  static MetricsResult compute(
      SparkSession spark,
      WarehouseConfig config,
      YearMonth from,
      YearMonth to,
      Consumer<String> progress) {
    progress.accept("computing metrics for " + (from.equals(to) ? from : from + ".." + to));
    return MetricsRun.run(Warehouse.open(spark, config), from, to, MetricsOptions.newRunId());
  }
}
