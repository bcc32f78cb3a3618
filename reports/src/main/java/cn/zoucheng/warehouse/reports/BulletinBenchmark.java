package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.bulletin.Formats;
import cn.zoucheng.warehouse.reports.bulletin.Letterhead;
import cn.zoucheng.warehouse.reports.render.ReportWriter;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Measures the rendering of a month's 18 reports (the city's bulletin, the 16 towns' and the
 * progress report), run after run in one JVM: the first run pays for compiling the templates and
 * warming the JVM, the others show the steady state. Per run: building the reports, then writing
 * each in PDF, XLSX and HTML. Not a test.
 */
public final class BulletinBenchmark {
  private BulletinBenchmark() {}

  /** Runs {@code runs} times and prints each run and the median of the warm ones. */
  public static void run(Path warehouseRoot, YearMonth period, int runs, Path out, PrintStream w) {
    long t0 = System.nanoTime();
    WarehouseFigures data = BulletinRun.read(warehouseRoot, period);
    w.printf(
        "benchmark bulletins: %s, %d towns, %d cores; read the figures in %.2f s%n",
        period,
        data.towns().size(),
        Runtime.getRuntime().availableProcessors(),
        (System.nanoTime() - t0) / 1e9);
    Letterhead letterhead =
        new Letterhead(Letterhead.DEFAULT_PREFIX, Formats.date(LocalDate.now()));
    List<Double> totals = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      double[] s = new double[4];
      int pages = 0;
      long start = System.nanoTime();
      List<BulletinRun.Report> reports = BulletinRun.reports(data, letterhead);
      s[0] = (System.nanoTime() - start) / 1e9;
      for (BulletinRun.Report r : reports) {
        int f = 1;
        for (OutputFormat format : EnumSet.allOf(OutputFormat.class)) {
          long b = System.nanoTime();
          ReportWriter.Written x =
              ReportWriter.write(r.document(), EnumSet.of(format), out, "bench-" + r.name());
          pages += x.pages();
          s[f++] += (System.nanoTime() - b) / 1e9;
        }
      }
      double total = (System.nanoTime() - start) / 1e9;
      totals.add(total);
      w.printf(
          "  run %d: %d reports, %d pages in %.1f s (build %.1f, pdf %.1f, xlsx %.1f,"
              + " html %.1f)%s%n",
          run,
          reports.size(),
          pages,
          total,
          s[0],
          s[1],
          s[2],
          s[3],
          run == 1 ? " (cold: compiles the templates)" : "");
    }
    if (totals.size() > 1) {
      List<Double> warm = new ArrayList<>(totals.subList(1, totals.size()));
      warm.sort(null);
      w.printf(
          "  warm median %.1f s for %d reports in 3 formats%n",
          warm.get(warm.size() / 2), data.towns().size() + 2);
    }
  }
}
