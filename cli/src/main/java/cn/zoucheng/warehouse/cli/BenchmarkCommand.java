package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.reports.BulletinBenchmark;
import cn.zoucheng.warehouse.samples.GeneratorResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warehouse benchmark}: the ingest paired with DuckDB, the monthly run, the bulletins. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N times the county's volumes for the months ending 2026-10 and measure, paired",
      "in one run: the ingest of all of it (rows per second, peak memory) against DuckDB's",
      "read_csv -> COPY ... PARTITION_BY (month) of the same rows (normalised to UTF-8 CSV",
      "beforehand, untimed), with the ratio; then the monthly run of 2026-10 over a warehouse",
      "holding the months before it (ingest, metrics and the 18 reports, a process of its own,",
      "--runs times, median). With --bulletins, render a month's 18 reports from an existing",
      "warehouse, run after run in one JVM. Not a test: run it on a quiet machine. Examples:",
      "  bin/warehouse benchmark --scale 1",
      "  bin/warehouse benchmark --bulletins --warehouse warehouse --period 2026-10 --runs 5"
    })
final class BenchmarkCommand implements Callable<Integer> {
  @Option(names = "--scale", defaultValue = "1", description = "scale (default ${DEFAULT-VALUE})")
  double scale;

  @Option(
      names = "--months",
      defaultValue = "25",
      description = "months ending 2026-10 (default ${DEFAULT-VALUE})")
  int months;

  @Option(
      names = "--work",
      paramLabel = "DIR",
      description = "working folder (default: a new temporary folder, removed afterwards)")
  Path work;

  @Option(names = "--master", defaultValue = "local[*]", description = "Spark master")
  String master;

  @Option(names = "--bulletins", description = "measure the bulletins instead of the ingest")
  boolean bulletins;

  @Option(
      names = "--no-monthly",
      description = "measure the ingest only, not the monthly run of the last month")
  boolean noMonthly;

  @Option(
      names = "--warehouse",
      defaultValue = "warehouse",
      paramLabel = "DIR",
      description = "with --bulletins: the warehouse folder (default ${DEFAULT-VALUE})")
  Path warehouse;

  @Option(
      names = "--period",
      defaultValue = "2026-10",
      paramLabel = "YYYY-MM",
      description = "with --bulletins: the month (default ${DEFAULT-VALUE})")
  YearMonth period;

  @Option(
      names = "--runs",
      defaultValue = "5",
      description =
          "runs of the monthly run (each a process of its own), or with --bulletins runs in the"
              + " JVM (default ${DEFAULT-VALUE})")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (bulletins) {
      Path out = work == null ? Files.createTempDirectory("bulletin-benchmark") : work;
      try {
        BulletinBenchmark.run(warehouse, period, runs, out, System.out);
      } finally {
        if (work == null) {
          MonthlyRunBenchmark.deleteTree(out);
        }
      }
      return 0;
    }
    boolean temporary = work == null;
    Path dir = temporary ? Files.createTempDirectory("warehouse-benchmark") : work;
    try {
      YearMonth to = YearMonth.of(2026, 10);
      long t0 = System.nanoTime();
      GeneratorResult g =
          SamplesCommand.generate(344, scale, to.minusMonths(months - 1L), to, dir.resolve("data"));
      Path exports = dir.resolve("data").resolve("exports");
      System.out.printf(
          "benchmark: scale %s, %d months to %s, %d cores, Java %s%n",
          scale,
          months,
          to,
          Runtime.getRuntime().availableProcessors(),
          System.getProperty("java.version"));
      System.out.printf(
          "  generated %,d files, %,d rows in %.1f s (untimed below)%n",
          g.filesWritten(),
          g.rowsByRecordType().values().stream().mapToLong(Long::longValue).sum(),
          (System.nanoTime() - t0) / 1e9);
      IngestBenchmark.run(exports, dir.resolve("ingest"), master, System.out);
      if (runs > 0 && !noMonthly) {
        MonthlyRunBenchmark.run(exports, to, dir.resolve("monthly"), runs, System.out);
      }
      return 0;
    } finally {
      if (temporary) {
        MonthlyRunBenchmark.deleteTree(dir);
      }
    }
  }
}
