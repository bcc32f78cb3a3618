package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.bulletin.Bulletin;
import cn.zoucheng.warehouse.reports.bulletin.Formats;
import cn.zoucheng.warehouse.reports.bulletin.Letterhead;
import cn.zoucheng.warehouse.reports.bulletin.ProgressReport;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.ReportWriter;
import cn.zoucheng.warehouse.reports.warehouse.Catalog;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
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

/**
 * Renders a month's reports from a warehouse: the city bulletin, the 16 town bulletins and the
 * progress report (or one town's bulletin), each in the formats asked, into {@code
 * <out>/<YYYY-MM>/}. One read of the warehouse, templates compiled once.
 */
public final class BulletinRun {
  /**
   * What a run asks for.
   *
   * @param numberPrefix the agency code of the 文号, e.g. 邹民通
   */
  public record Options(
      Path warehouseRoot,
      YearMonth period,
      Optional<String> town,
      Set<OutputFormat> formats,
      Path outRoot,
      LocalDate issuedOn,
      String numberPrefix) {}

  /** What a run wrote, from which committed run of the warehouse, and how long it took. */
  public record Result(
      List<Path> files, int reports, String runId, Duration read, Duration render) {}

  /** One report of a month: its file name stem and its document. */
  public record Report(String name, Document document) {}

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

  /** Reads the month's figures from the warehouse's catalogue. */
  public static WarehouseFigures read(Path warehouseRoot, YearMonth period) {
    try (Connection c = Catalog.open(warehouseRoot)) {
      return WarehouseFigures.load(c, period);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the warehouse " + warehouseRoot + ": " + e.getMessage(), e);
    }
  }

  /** The latest month with figures, if any. */
  public static Optional<YearMonth> latestPeriod(Path warehouseRoot) {
    try (Connection c = Catalog.open(warehouseRoot)) {
      return WarehouseFigures.latestPeriod(c);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "cannot read the warehouse " + warehouseRoot + ": " + e.getMessage(), e);
    }
  }

  /** The 18 reports of the month: the city's, each town's, the progress report. */
  public static List<Report> reports(WarehouseFigures data, Letterhead letterhead) {
    List<Report> out = new ArrayList<>();
    out.add(new Report(cityName(data.period()), Bulletin.city(data, letterhead)));
    for (Town t : data.towns()) {
      out.add(new Report(townName(data.period(), t.code()), Bulletin.town(data, t, letterhead)));
    }
    out.add(new Report(progressName(data.period()), ProgressReport.build(data, letterhead)));
    return out;
  }

  /** Runs; {@code progress} hears one line per report written. */
  public static Result run(Options o, Consumer<String> progress) {
    long t0 = System.nanoTime();
    WarehouseFigures data = read(o.warehouseRoot(), o.period());
    long t1 = System.nanoTime();
    Letterhead letterhead = new Letterhead(o.numberPrefix(), Formats.date(o.issuedOn()));
    Path folder = o.outRoot().resolve(o.period().toString());
    List<Report> reports;
    if (o.town().isPresent()) {
      Town t =
          data.town(o.town().get())
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown town '"
                              + o.town().get()
                              + "': give a name such as 凫山街道 or a code such as 370883003"));
      reports =
          List.of(new Report(townName(o.period(), t.code()), Bulletin.town(data, t, letterhead)));
    } else {
      reports = reports(data, letterhead);
    }
    List<Path> files = new ArrayList<>();
    for (Report r : reports) {
      ReportWriter.Written w = ReportWriter.write(r.document(), o.formats(), folder, r.name());
      files.addAll(w.files());
      progress.accept(
          r.document().front().fullTitle()
              + ": "
              + w.pages()
              + " 页 -> "
              + w.files().get(0).getFileName()
              + (w.files().size() > 1 ? " (+" + (w.files().size() - 1) + ")" : ""));
    }
    long t2 = System.nanoTime();
    return new Result(
        List.copyOf(files),
        reports.size(),
        data.snapshot().runId(),
        Duration.ofNanos(t1 - t0),
        Duration.ofNanos(t2 - t1));
  }
}
