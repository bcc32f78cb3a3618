package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.ExportFileName;
import cn.zoucheng.warehouse.jobs.pipeline.MonthlyRun;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The monthly run benchmark: a warehouse holding every month but the last (ingested and computed
 * once, untimed), then {@code warehouse run} of the last month's inbox as a process of its own —
 * ingest, metrics and the 18 reports — timed whole, from a copy of the same warehouse each time.
 */
final class MonthlyRunBenchmark {
  private MonthlyRunBenchmark() {}

  /** Runs it {@code runs} times over the exports and prints each time and the median. */
  static List<Double> run(Path exports, YearMonth last, Path work, int runs, PrintStream out)
      throws Exception {
    Path before = work.resolve("inbox-before");
    Path inbox = work.resolve("inbox-" + last);
    long files = split(exports, last, before, inbox);
    // built where the timed runs find it (Iceberg's metadata holds absolute paths), and copied
    // aside to put it back before each run
    Path live = work.resolve("warehouse");
    Path pristine = work.resolve("warehouse-before");
    WarehouseConfig config = WarehouseConfig.of(live.toUri());
    SparkSession spark = Sessions.open(config, "warehouse benchmark");
    System.err.println("  ingesting and computing the months before " + last + " (untimed)");
    InputOptions input = InputOptions.ofSample(before.toString());
    MonthlyRun.run(
        Warehouse.open(spark, config),
        input.ingestOptions(RunIds.next("run")),
        input.pseudonymizer(),
        ReferenceData.load(),
        step -> System.err.println("  " + step));
    copyTree(live, pristine);
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long t0 = System.nanoTime();
      String log = process(live, inbox);
      double seconds = (System.nanoTime() - t0) / 1e9;
      times.add(seconds);
      out.printf("  monthly run %d: %.1f s (%s)%n", i + 1, seconds, lastLine(log));
      deleteTree(live);
      copyTree(pristine, live);
    }
    List<Double> sorted = times.stream().sorted().toList();
    out.printf(
        "  monthly run of %s (%,d files, ingest + metrics + 18 reports, one process): median %.1f"
            + " s of %d%n",
        last, files, sorted.get(sorted.size() / 2), runs);
    return times;
  }

  /** The last month's files (by the month in their names) into one inbox, the rest into another. */
  private static long split(Path exports, YearMonth last, Path before, Path inbox)
      throws IOException {
    ReferenceData ref = ReferenceData.load();
    long n = 0;
    try (Stream<Path> s = Files.walk(exports)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = exports.relativize(p).toString();
        boolean isLast;
        try {
          isLast = ExportFileName.parse(rel, ref).month().equals(last);
        } catch (RuntimeException e) {
          isLast = false;
        }
        Path target = (isLast ? inbox : before).resolve(rel);
        Files.createDirectories(target.getParent());
        Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        n += isLast ? 1 : 0;
      }
    }
    return n;
  }

  /** {@code warehouse run} as bin/warehouse starts it, in a JVM of its own; returns its output. */
  private static String process(Path warehouse, Path inbox) throws Exception {
    List<String> cmd =
        WarehouseJvm.cli(
            "3g",
            List.of(),
            List.of(
                "run",
                "--warehouse",
                warehouse.toString(),
                "--input",
                inbox.toString(),
                "--sample"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(30, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException("the monthly run failed:\n" + log);
    }
    return log;
  }

  private static String lastLine(String log) {
    String[] lines = log.trim().split("\n");
    return lines[lines.length - 1];
  }

  static void copyTree(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.toList()) {
        Path t = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(t);
        } else {
          Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
