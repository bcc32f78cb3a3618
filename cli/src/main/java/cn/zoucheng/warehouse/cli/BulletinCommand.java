package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.catalog.RunRecords;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.reports.BulletinRun;
import cn.zoucheng.warehouse.reports.OutputFormat;
import cn.zoucheng.warehouse.reports.bulletin.Letterhead;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warehouse bulletin --period 2026-10 [--town 凫山街道]}: renders a month's reports. */
@Command(
    name = "bulletin",
    mixinStandardHelpOptions = true,
    description = {
      "Render a month's reports from the warehouse's figures: the city bulletin",
      "(月度通报), the bulletin of each of the 16 towns (镇街通报) and the leadership's progress",
      "report (实验区建设进展), as PDF, XLSX and HTML, into <out>/<YYYY-MM>/. With --town, only",
      "that town's bulletin. Figures are read through the DuckDB catalogue, the same views",
      "`warehouse sql` queries. Examples:",
      "  bin/warehouse bulletin --period 2026-10",
      "  bin/warehouse bulletin --period 2026-10 --town 凫山街道 --format pdf"
    })
final class BulletinCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--period",
      paramLabel = "YYYY-MM",
      description = "the month (default: the latest month with figures)")
  YearMonth period;

  @Option(
      names = "--town",
      paramLabel = "NAME|CODE",
      description = "only this town's bulletin, e.g. 凫山街道 or 370883003")
  String town;

  @Option(
      names = "--format",
      defaultValue = "pdf,xlsx,html",
      paramLabel = "pdf,xlsx,html",
      description = "formats to write (default: ${DEFAULT-VALUE})")
  String format;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "folder for the reports (default: <warehouse>/bulletins)")
  Path out;

  @Option(
      names = "--issued-on",
      paramLabel = "YYYY-MM-DD",
      description = "date printed under the title (default: today)")
  LocalDate issuedOn;

  @Option(
      names = "--doc-prefix",
      paramLabel = "CODE",
      description =
          "agency code of the 文号 (default: ${DEFAULT-VALUE}: 邹民通〔2026〕10号 for the city,"
              + " 10-N号 for the Nth town, 10-17号 for the progress report)")
  String docPrefix = Letterhead.DEFAULT_PREFIX;

  @Override
  public Integer call() {
    WarehouseConfig config = common.load();
    try (Progress progress = new Progress(System.err)) {
      render(
          config,
          Optional.ofNullable(period),
          Optional.ofNullable(town),
          OutputFormat.parse(format),
          Optional.ofNullable(out),
          issuedOn,
          docPrefix,
          progress,
          System.out);
      return 0;
    }
  }

  /** Renders with the default 文号 and prints each file's path; shared with {@code warehouse run}. */
  static BulletinRun.Result render(
      WarehouseConfig config,
      Optional<YearMonth> period,
      Optional<String> town,
      Set<OutputFormat> formats,
      Optional<Path> out,
      LocalDate issuedOn,
      Progress progress,
      PrintStream stdout) {
    return render(
        config, period, town, formats, out, issuedOn, Letterhead.DEFAULT_PREFIX, progress, stdout);
  }

  private static BulletinRun.Result render(
      WarehouseConfig config,
      Optional<YearMonth> period,
      Optional<String> town,
      Set<OutputFormat> formats,
      Optional<Path> out,
      LocalDate issuedOn,
      String docPrefix,
      Progress progress,
      PrintStream stdout) {
    Path root = localRoot(config);
    YearMonth month =
        period.orElseGet(
            () ->
                BulletinRun.latestPeriod(root)
                    .orElseThrow(
                        () ->
                            new IllegalStateException(
                                "the warehouse has no figures yet; run `bin/warehouse metrics"
                                    + " --period YYYY-MM`")));
    progress.accept("rendering the reports of " + month);
    BulletinRun.Result r =
        BulletinRun.run(
            new BulletinRun.Options(
                root,
                month,
                town,
                formats,
                out.orElse(root.resolve("bulletins")),
                issuedOn == null ? LocalDate.now() : issuedOn,
                docPrefix),
            progress);
    if (town.isEmpty() && out.isEmpty()) {
      // the month's published bulletins: their run's snapshots are kept by maintenance
      RunRecords.published(root, month, r.runId());
    }
    for (Path f : r.files()) {
      stdout.println(f);
    }
    stdout.printf(
        "bulletins of %s from run %s: %d reports, %d files, read %.1f s, rendered %.1f s%n",
        month,
        r.runId(),
        r.reports(),
        r.files().size(),
        r.read().toMillis() / 1000.0,
        r.render().toMillis() / 1000.0);
    return r;
  }

  private static Path localRoot(WarehouseConfig config) {
    if (!"file".equals(config.warehouseRoot().getScheme())) {
      throw new IllegalStateException(
          "bulletins are rendered from a local warehouse folder and"
              + " its DuckDB catalogue; "
              + config.warehouseRoot()
              + " is not one");
    }
    return Path.of(config.warehouseRoot());
  }
}
