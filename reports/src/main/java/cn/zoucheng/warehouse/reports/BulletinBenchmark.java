package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import java.io.PrintStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Measures the rendering of a month's 17 bulletins (the city's and the 16 towns'), run after run in
 * one JVM: the first run pays for compiling the templates and warming the JVM, the others show the
 * steady state. Per run: filling, then writing PDF, XLSX and HTML. Not a test.
 */
public final class BulletinBenchmark {
  private BulletinBenchmark() {}

  /** Runs {@code runs} times and prints each run and the median of the warm ones. */
  public static void run(Path warehouseRoot, YearMonth period, int runs, Path out, PrintStream w)
      throws SQLException {
    long t0 = System.nanoTime();
    WarehouseFigures data;
    try (Connection c = DuckDbCatalog.open(warehouseRoot)) {
      data = WarehouseFigures.load(c, period);
    }
    w.printf(
        "benchmark bulletins: %s, %d towns, %d cores; read the figures in %.2f s%n",
        period,
        data.towns().size(),
        Runtime.getRuntime().availableProcessors(),
        (System.nanoTime() - t0) / 1e9);
    String issuedOn = Formats.date(LocalDate.now());
    List<Double> totals = new ArrayList<>();
    for (int run = 1; run <= runs; run++) {
      double[] s = new double[4];
      int pages = 0;
      long start = System.nanoTime();
      List<Document> docs = new ArrayList<>();
      docs.add(Bulletins.city(data, issuedOn));
      for (WarehouseFigures.Town t : data.towns()) {
        docs.add(Bulletins.town(data, t, issuedOn));
      }
      int i = 0;
      for (Document d : docs) {
        long a = System.nanoTime();
        JasperPrint p = Renderer.fill(d);
        s[0] += (System.nanoTime() - a) / 1e9;
        pages += p.getPages().size();
        int f = 1;
        for (OutputFormat format : EnumSet.allOf(OutputFormat.class)) {
          long b = System.nanoTime();
          Renderer.export(p, EnumSet.of(format), out, "bench-" + i);
          s[f++] += (System.nanoTime() - b) / 1e9;
        }
        i++;
      }
      double total = (System.nanoTime() - start) / 1e9;
      totals.add(total);
      w.printf(
          "  run %d: %d bulletins, %d pages in %.1f s (fill %.1f, pdf %.1f, xlsx %.1f,"
              + " html %.1f)%s%n",
          run,
          docs.size(),
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
      w.printf("  warm median %.1f s for 17 bulletins in 3 formats%n", warm.get(warm.size() / 2));
    }
  }
}
