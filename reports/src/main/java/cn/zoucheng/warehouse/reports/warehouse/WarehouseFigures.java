package cn.zoucheng.warehouse.reports.warehouse;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Breach;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.FileQuality;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Submission;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.Places.Village;
import cn.zoucheng.warehouse.schemas.metrics.Scope;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the reports of one month print, read once through the warehouse's DuckDB catalogue:
 * the same views ({@code metrics}, {@code rankings}, {@code demonstration}, {@code submissions},
 * {@code voucher_breaches}, {@code file_quality}, {@code manifest}, {@code towns}, {@code
 * villages}, {@code experiment_years}) the analysts query, so a bulletin can never disagree with a
 * query. A handful of set-based queries; the 18 reports of a month are then built from memory.
 */
public final class WarehouseFigures {
  /**
   * The warehouse state the reports are made from: the committed run the catalogue shows, by which
   * {@code sql --as-of} reproduces every figure.
   */
  public record Snapshot(String runId, LocalDateTime committedAt) {}

  private final YearMonth period;
  private final List<Town> towns;
  private final List<Village> villages;
  private final Map<String, Figure> figures = new HashMap<>();
  private final Map<String, Standing> standings = new HashMap<>();
  private final Map<String, GroupFigure> groups = new HashMap<>();
  private final TreeSet<YearMonth> periods = new TreeSet<>();
  private final List<Submission> submissions;
  private final List<Breach> breaches;
  private final List<FileQuality> files;
  private final Map<Integer, String> themes = new HashMap<>();
  private final Snapshot snapshot;

  private WarehouseFigures(Connection c, YearMonth period) throws SQLException {
    this.period = period;
    String p = period.toString();
    for (Figure f :
        Columns.rows(
            c,
            "SELECT "
                + Figure.COLUMNS
                + " FROM metrics WHERE period <= ? AND (scope <> {{Scope.VILLAGE}} OR period = ?)",
            Figure::read,
            p,
            p)) {
      figures.put(key(f.period(), f.scope(), f.townCode(), f.villageCode(), f.metric()), f);
      periods.add(YearMonth.parse(f.period()));
    }
    if (!periods.contains(period)) {
      throw new IllegalStateException(
          "the warehouse has no figures for "
              + p
              + "; run `bin/warehouse metrics --period "
              + p
              + "` first"
              + (periods.isEmpty() ? "" : " (latest month with figures: " + periods.last() + ")"));
    }
    for (Standing s :
        Columns.rows(
            c,
            "SELECT " + Standing.COLUMNS + " FROM rankings WHERE period = ?",
            Standing::read,
            p)) {
      standings.put(key(p, s.scope(), s.townCode(), s.villageCode(), ""), s);
    }
    for (GroupFigure g :
        Columns.rows(
            c,
            "SELECT metric, demonstration, villages, value, ytd_villages, ytd_numerator,"
                + " ytd_denominator, ytd_value FROM demonstration WHERE period = ?",
            GroupFigure::read,
            p)) {
      groups.put(g.metric() + '|' + g.demonstration(), g);
    }
    towns =
        Columns.rows(
            c,
            "SELECT town_code, town_name, town_kind FROM towns ORDER BY town_code",
            r -> new Town(r.text("town_code"), r.text("town_name"), r.text("town_kind")));
    villages =
        Columns.rows(
            c,
            "SELECT village_code, village_name, town_code,"
                + " coalesce(is_demonstration, false) AS demo FROM villages ORDER BY village_code",
            r ->
                new Village(
                    r.text("village_code"),
                    r.text("village_name"),
                    r.text("town_code"),
                    r.flag("demo")));
    submissions =
        Columns.rows(
            c,
            "SELECT town_code, record_type, status, deadline, first_received_on, last_received_on"
                + " FROM submissions WHERE period = ? ORDER BY town_code, record_type",
            r ->
                new Submission(
                    r.text("town_code"),
                    r.text("record_type"),
                    r.text("status"),
                    r.date("deadline"),
                    r.date("first_received_on"),
                    r.date("last_received_on")),
            p);
    breaches =
        Columns.rows(
            c,
            "SELECT town_code, village_code, voucher_id, CAST(amount AS DOUBLE) AS amount,"
                + " posted_on, rules FROM voucher_breaches WHERE period = ?"
                + " ORDER BY town_code, village_code, voucher_id",
            r ->
                new Breach(
                    r.text("town_code"),
                    r.text("village_code"),
                    r.text("voucher_id"),
                    r.number("amount"),
                    r.date("posted_on"),
                    r.text("rules")),
            p);
    files =
        Columns.rows(
            c,
            "SELECT town_code, record_type, file_status, reject_reason,"
                + " coalesce(rows_read, 0) AS rows_read, coalesce(rows_loaded, 0) AS rows_loaded,"
                + " coalesce(rows_quarantined, 0) AS rows_quarantined, top_reasons"
                + " FROM file_quality WHERE period = ? ORDER BY town_code, record_type, file_name",
            r ->
                new FileQuality(
                    r.text("town_code"),
                    r.text("record_type"),
                    r.text("file_status"),
                    r.text("reject_reason"),
                    r.integer("rows_read"),
                    r.integer("rows_loaded"),
                    r.integer("rows_quarantined"),
                    r.text("top_reasons")),
            p);
    for (Map.Entry<Integer, String> t :
        Columns.rows(
            c,
            "SELECT year, theme FROM experiment_years",
            r -> Map.entry(r.integer("year"), r.text("theme")))) {
      themes.put(t.getKey(), t.getValue());
    }
    snapshot =
        Columns.rows(
                c,
                "SELECT run_id, committed_at FROM " + DuckDbCatalog.RUN_VIEW,
                r -> new Snapshot(r.text("run_id"), r.timestamp("committed_at")))
            .get(0);
  }

  /**
   * Reads the month {@code period}: its figures at every scope, the city's and towns' figures of
   * every earlier month, the rankings and demonstration figures, and the month's submissions,
   * breaches and files. Fails with a clear message when the month has no figures.
   */
  public static WarehouseFigures load(Connection c, YearMonth period) throws SQLException {
    return new WarehouseFigures(c, period);
  }

  /** The latest month with figures, if any. */
  public static Optional<YearMonth> latestPeriod(Connection c) throws SQLException {
    return Columns.rows(c, "SELECT max(period) AS p FROM metrics", r -> r.text("p")).stream()
        .filter(p -> p != null)
        .findFirst()
        .map(YearMonth::parse);
  }

  public YearMonth period() {
    return period;
  }

  public List<Town> towns() {
    return towns;
  }

  /** The town of a code or a name. */
  public Optional<Town> town(String codeOrName) {
    return towns.stream()
        .filter(t -> t.code().equals(codeOrName) || t.name().equals(codeOrName))
        .findFirst();
  }

  public String townName(String code) {
    return town(code).map(Town::name).orElse(code);
  }

  public List<Village> villages() {
    return villages;
  }

  public List<Village> villages(String townCode) {
    return villages.stream().filter(v -> v.townCode().equals(townCode)).toList();
  }

  public String villageName(String code) {
    return villages.stream()
        .filter(v -> v.code().equals(code))
        .map(Village::name)
        .findFirst()
        .orElse(code);
  }

  /** The months with figures up to the report's month, oldest first. */
  public List<YearMonth> periods() {
    return List.copyOf(periods);
  }

  /** The city's figure of a month. */
  public Optional<Figure> city(YearMonth month, String metric) {
    return get(month, Scope.CITY, "", "", metric);
  }

  /** A town's figure of a month. */
  public Optional<Figure> town(YearMonth month, String townCode, String metric) {
    return get(month, Scope.TOWN, townCode, "", metric);
  }

  /** A village's figure of the report's month. */
  public Optional<Figure> village(String townCode, String villageCode, String metric) {
    return get(period, Scope.VILLAGE, townCode, villageCode, metric);
  }

  /** A town's standing of the report's month (every town has one). */
  public Optional<Standing> townStanding(String townCode) {
    return Optional.ofNullable(
        standings.get(key(period.toString(), Scope.TOWN.code(), townCode, "", "")));
  }

  /** A village's standing within its town, of the report's month. */
  public Optional<Standing> villageStanding(String townCode, String villageCode) {
    return Optional.ofNullable(
        standings.get(key(period.toString(), Scope.VILLAGE.code(), townCode, villageCode, "")));
  }

  /** The demonstration villages' (or the others') figure of a metric. */
  public Optional<GroupFigure> group(String metric, boolean demonstration) {
    return Optional.ofNullable(groups.get(metric + '|' + demonstration));
  }

  /** The submissions of the month: one row per town and record type due. */
  public List<Submission> submissions() {
    return submissions;
  }

  /** A town's submissions of the month, one per record type due. */
  public List<Submission> submissions(String townCode) {
    return submissions.stream().filter(s -> s.townCode().equals(townCode)).toList();
  }

  public List<Breach> breaches() {
    return breaches;
  }

  public List<FileQuality> files() {
    return files;
  }

  public Map<Integer, String> themes() {
    return Map.copyOf(themes);
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  private Optional<Figure> get(
      YearMonth month, Scope scope, String town, String village, String metric) {
    return Optional.ofNullable(
        figures.get(key(month.toString(), scope.code(), town, village, metric)));
  }

  private static String key(
      String period, String scope, String town, String village, String metric) {
    return period + '|' + scope + '|' + town + '|' + village + '|' + metric;
  }
}
