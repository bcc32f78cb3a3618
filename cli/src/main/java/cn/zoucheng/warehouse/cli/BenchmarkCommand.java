package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.reports.BulletinBenchmark;
import cn.zoucheng.warehouse.samples.GeneratorResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warehouse benchmark}: generates scale N and measures the ingest of it. */
@Command(
    name = "benchmark",
    mixinStandardHelpOptions = true,
    description = {
      "Generate N times the county's volumes and measure the ingest: wall time and",
      "rows per second, with the machine's core count. With --bulletins, render a month's 17",
      "bulletins (city and 16 towns, PDF+XLSX+HTML) from an existing warehouse, run after",
      "run in one JVM. Not a test: run it on a quiet machine. Examples:",
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
      description = "with --bulletins: runs in the JVM (default ${DEFAULT-VALUE})")
  int runs;

  @Override
  public Integer call() throws Exception {
    if (bulletins) {
      Path out = work == null ? Files.createTempDirectory("bulletin-benchmark") : work;
      try {
        BulletinBenchmark.run(warehouse, period, runs, out, System.out);
      } finally {
        if (work == null) {
          deleteTree(out);
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
      double genSeconds = (System.nanoTime() - t0) / 1e9;
      WarehouseConfig config =
          new WarehouseConfig(dir.resolve("warehouse").toUri(), master, 4, "2g");
      long t1 = System.nanoTime();
      SparkSession spark = Sessions.open(config, "warehouse benchmark");
      try {
        double sessionSeconds = (System.nanoTime() - t1) / 1e9;
        long t2 = System.nanoTime();
        IngestResult r =
            IngestCommand.ingest(
                spark,
                config,
                InputOptions.ofSample(dir.resolve("data").resolve("exports").toString()),
                step -> System.err.printf("  %s%n", step));
        double ingestSeconds = (System.nanoTime() - t2) / 1e9;
        System.out.printf(
            "benchmark ingest: scale %s, %d months, %d cores, Spark %s%n",
            scale, months, Runtime.getRuntime().availableProcessors(), config.sparkMaster());
        System.out.printf(
            "  generated %,d files, %,d rows in %.1f s%n",
            g.filesWritten(),
            g.rowsByRecordType().values().stream().mapToLong(Long::longValue).sum(),
            genSeconds);
        System.out.printf("  session start %.1f s%n", sessionSeconds);
        System.out.printf(
            "  ingest %.1f s: %,d rows read, %,d loaded, %,d quarantined%n",
            ingestSeconds, r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined());
        System.out.printf("  ingest rate %,.0f rows/s%n", r.rowsRead() / ingestSeconds);
        return 0;
      } finally {
        spark.stop();
      }
    } finally {
      if (temporary) {
        deleteTree(dir);
      }
    }
  }

  private static void deleteTree(Path dir) throws java.io.IOException {
    try (var s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
