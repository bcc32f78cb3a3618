package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import net.sf.jasperreports.engine.JasperPrint;

/**
 * Renders a month's reports from a warehouse: the city bulletin, the 16 town bulletins and the
 * progress report (or one town's bulletin), each in the formats asked, into {@code
 * <out>/<YYYY-MM>/}. One read of the warehouse, templates compiled once.
 */
public final class BulletinRun {
  /** What a run asks for. */
  public record Options(
      Path warehouseRoot,
      YearMonth period,
      Optional<String> town,
      Set<OutputFormat> formats,
      Path outRoot,
      LocalDate issuedOn) {}

  /** What a run wrote and how long it took. */
  public record Result(List<Path> files, int reports, Duration read, Duration render) {}

  private BulletinRun() {}

  /** File name stem of the city bulletin of a month. */
  public static String cityName(YearMonth p) {
    return "city-bulletin_" + p;
  }

  /** File name stem of a town's bulletin of a month. */
  public static String townName(YearMonth p, String townCode) {
    return "town-bulletin_" + p + "_" + townCode;
  }

  /** File name stem of the progress report of a month. */
  public static String progressName(YearMonth p) {
    return "progress-report_" + p;
  }

  /** Runs; {@code progress} hears one line per report written. */
  public static Result run(Options o, Consumer<String> progress) {
    long t0 = System.nanoTime();
    WarehouseFigures data;
    try (Connection c = DuckDbCatalog.open(o.warehouseRoot())) {
      data = WarehouseFigures.load(c, o.period());
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the warehouse " + o.warehouseRoot() + ": " + e.getMessage(), e);
    }
    long t1 = System.nanoTime();
    String issuedOn = Formats.date(o.issuedOn());
    Path folder = o.outRoot().resolve(o.period().toString());
    List<Path> files = new ArrayList<>();
    int reports = 0;
    if (o.town().isPresent()) {
      WarehouseFigures.Town t =
          data.town(o.town().get())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown town '"
                              + o.town().get()
                              + "': give a name such"
                              + " as 凫山街道 or a code such as 370883003"));
      files.addAll(
          write(
              Bulletins.town(data, t, issuedOn),
              o,
              folder,
              townName(o.period(), t.code()),
              progress));
      reports++;
    } else {
      files.addAll(
          write(Bulletins.city(data, issuedOn), o, folder, cityName(o.period()), progress));
      reports++;
      for (WarehouseFigures.Town t : data.towns()) {
        files.addAll(
            write(
                Bulletins.town(data, t, issuedOn),
                o,
                folder,
                townName(o.period(), t.code()),
                progress));
        reports++;
      }
      files.addAll(
          write(
              ProgressReport.build(data, issuedOn), o, folder, progressName(o.period()), progress));
      reports++;
    }
    long t2 = System.nanoTime();
    return new Result(
        List.copyOf(files), reports, Duration.ofNanos(t1 - t0), Duration.ofNanos(t2 - t1));
  }

  private static List<Path> write(
      Document doc, Options o, Path folder, String name, Consumer<String> progress) {
    JasperPrint print = Renderer.fill(doc);
    print.setName(doc.heading().title() + doc.heading().issue());
    List<Path> out = Renderer.export(print, o.formats(), folder, name);
    progress.accept(
        doc.heading().title()
            + doc.heading().issue()
            + ": "
            + print.getPages().size()
            + " 页 -> "
            + out.get(0).getFileName()
            + (out.size() > 1 ? " (+" + (out.size() - 1) + ")" : ""));
    return out;
  }
}
