package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.schemas.SqlLiterals;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.metrics.Scope;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Everything the reports of one month print, read once through the warehouse's DuckDB catalogue:
 * the same views ({@code metrics}, {@code towns}, {@code villages}, {@code submissions}, {@code
 * voucher_breaches}, {@code file_quality}, {@code manifest}, {@code experiment_years}) the analysts
 * query, so a bulletin can never disagree with a query. A handful of set-based queries; the 18
 * reports of a month are then built from memory.
 */
public final class WarehouseFigures {
  /** A town of the reference data. */
  public record Town(String code, String name) {}

  /** A village or community of the reference data. */
  public record Village(String code, String name, String townCode, boolean demonstration) {}

  /** One row of the {@code metrics} view. */
  public record Fig(
      String period,
      String scope,
      String townCode,
      String villageCode,
      String metric,
      Double numerator,
      Double denominator,
      Double value,
      Double prevValue,
      Double yoyValue,
      Double ytdNumerator,
      Double ytdDenominator,
      Double ytdValue,
      Integer rank,
      Integer ranked,
      Double target,
      Double warningAt,
      String status,
      String ytdStatus,
      Integer townsReported,
      String runId) {}

  /** One row of {@code submissions}: a town's delivery of a record type for the month. */
  public record Submission(
      String townCode,
      String recordType,
      String status,
      LocalDate deadline,
      LocalDate firstReceived,
      LocalDate lastReceived,
      int deliveries,
      int rejectedFiles) {}

  /** One row of {@code voucher_breaches}. */
  public record Breach(
      String townCode,
      String villageCode,
      String voucherId,
      double amount,
      LocalDate postedOn,
      String rules) {}

  /** One row of {@code file_quality}. */
  public record FileQuality(
      String townCode,
      String recordType,
      String fileName,
      String status,
      String rejectReason,
      long rowsRead,
      long rowsLoaded,
      long rowsQuarantined,
      String topReasons) {}

  /** The warehouse state the reports are made from. */
  public record Snapshot(
      String metricsRunId,
      LocalDateTime computedAt,
      String ingestRunId,
      LocalDateTime ingestedAt) {}

  private final YearMonth period;
  private final List<Town> towns;
  private final List<Village> villages;
  private final Map<String, Fig> figs;
  private final TreeSet<YearMonth> periods;
  private final List<Submission> submissions;
  private final List<Breach> breaches;
  private final List<FileQuality> files;
  private final Map<Integer, String> themes;
  private final Snapshot snapshot;

  private WarehouseFigures(
      YearMonth period,
      List<Town> towns,
      List<Village> villages,
      Map<String, Fig> figs,
      TreeSet<YearMonth> periods,
      List<Submission> submissions,
      List<Breach> breaches,
      List<FileQuality> files,
      Map<Integer, String> themes,
      Snapshot snapshot) {
    this.period = period;
    this.towns = towns;
    this.villages = villages;
    this.figs = figs;
    this.periods = periods;
    this.submissions = submissions;
    this.breaches = breaches;
    this.files = files;
    this.themes = themes;
    this.snapshot = snapshot;
  }

  /**
   * Reads the month {@code period}: its figures at every scope, the city's and towns' figures of
   * every earlier month (trends), and the month's submissions, breaches and files. Fails with a
   * clear message when the month has no figures.
   */
  public static WarehouseFigures load(Connection c, YearMonth period) throws SQLException {
    String p = period.toString();
    Map<String, Fig> figs = new HashMap<>();
    TreeSet<YearMonth> periods = new TreeSet<>();
    for (Fig f :
        rows(
            c,
            """
            SELECT period, scope, coalesce(town_code, ''), coalesce(village_code, ''), metric,
                   numerator, denominator, value, prev_value, yoy_value, ytd_numerator,
                   ytd_denominator, ytd_value, rank, ranked, target, warning_at, status, ytd_status,
                   towns_reported, run_id
            FROM metrics
            WHERE period <= ? AND (scope <> {{Scope.VILLAGE}} OR period = ?)\
            """,
            r ->
                new Fig(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    dbl(r, 6),
                    dbl(r, 7),
                    dbl(r, 8),
                    dbl(r, 9),
                    dbl(r, 10),
                    dbl(r, 11),
                    dbl(r, 12),
                    dbl(r, 13),
                    integer(r, 14),
                    integer(r, 15),
                    dbl(r, 16),
                    dbl(r, 17),
                    r.getString(18),
                    r.getString(19),
                    integer(r, 20),
                    r.getString(21)),
            p,
            p)) {
      figs.put(key(f.period(), f.scope(), f.townCode(), f.villageCode(), f.metric()), f);
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
    List<Town> towns =
        rows(
            c,
            "SELECT town_code, town_name FROM towns ORDER BY town_code",
            r -> new Town(r.getString(1), r.getString(2)));
    List<Village> villages =
        rows(
            c,
            "SELECT village_code, village_name, town_code,"
                + " coalesce(is_demonstration, false) FROM villages ORDER BY village_code",
            r -> new Village(r.getString(1), r.getString(2), r.getString(3), r.getBoolean(4)));
    List<Submission> subs =
        rows(
            c,
            """
            SELECT town_code, record_type, status, deadline, first_received_on, last_received_on,
                   coalesce(deliveries, 0), coalesce(rejected_files, 0)
            FROM submissions WHERE period = ? ORDER BY town_code, record_type\
            """,
            r ->
                new Submission(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    date(r, 4),
                    date(r, 5),
                    date(r, 6),
                    r.getInt(7),
                    r.getInt(8)),
            p);
    List<Breach> breaches =
        rows(
            c,
            """
            SELECT town_code, village_code, voucher_id, CAST(amount AS DOUBLE), posted_on, rules
            FROM voucher_breaches WHERE period = ? ORDER BY town_code, village_code, voucher_id\
            """,
            r ->
                new Breach(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getDouble(4),
                    date(r, 5),
                    r.getString(6)),
            p);
    List<FileQuality> files =
        rows(
            c,
            """
            SELECT town_code, record_type, file_name, file_status, reject_reason,
                   coalesce(rows_read, 0), coalesce(rows_loaded, 0), coalesce(rows_quarantined, 0),
                   top_reasons
            FROM file_quality WHERE period = ? ORDER BY town_code, record_type, file_name\
            """,
            r ->
                new FileQuality(
                    r.getString(1),
                    r.getString(2),
                    r.getString(3),
                    r.getString(4),
                    r.getString(5),
                    r.getLong(6),
                    r.getLong(7),
                    r.getLong(8),
                    r.getString(9)),
            p);
    Map<Integer, String> themes = new HashMap<>();
    for (Map.Entry<Integer, String> t :
        rows(
            c,
            "SELECT year, theme FROM experiment_years",
            r -> Map.entry(r.getInt(1), r.getString(2)))) {
      themes.put(t.getKey(), t.getValue());
    }
    record Run(String id, LocalDateTime at) {}
    Run metricsRun =
        rows(
                c,
                "SELECT max(run_id), max(computed_at) FROM metrics WHERE period = ?",
                r -> new Run(r.getString(1), timestamp(r, 2)),
                p)
            .get(0);
    Run ingestRun =
        rows(
                c,
                "SELECT run_id, max(ingested_at) AS t FROM manifest GROUP BY run_id"
                    + " ORDER BY t DESC LIMIT 1",
                r -> new Run(r.getString(1), timestamp(r, 2)))
            .stream()
            .findFirst()
            .orElse(new Run(null, null));
    Snapshot snapshot =
        new Snapshot(metricsRun.id(), metricsRun.at(), ingestRun.id(), ingestRun.at());
    return new WarehouseFigures(
        period,
        List.copyOf(towns),
        List.copyOf(villages),
        figs,
        periods,
        List.copyOf(subs),
        List.copyOf(breaches),
        List.copyOf(files),
        Map.copyOf(themes),
        snapshot);
  }

  /** The latest month with figures, if any. */
  public static Optional<YearMonth> latestPeriod(Connection c) throws SQLException {
    try (PreparedStatement st = c.prepareStatement("SELECT max(period) FROM metrics");
        ResultSet r = st.executeQuery()) {
      String p = r.next() ? r.getString(1) : null;
      return Optional.ofNullable(p).map(YearMonth::parse);
    }
  }

  public YearMonth period() {
    return period;
  }

  public List<Town> towns() {
    return towns;
  }

  public Optional<Town> town(String codeOrName) {
    return towns.stream()
        .filter(t -> t.code().equals(codeOrName) || t.name().equals(codeOrName))
        .findFirst();
  }

  public String townName(String code) {
    return towns.stream()
        .filter(t -> t.code().equals(code))
        .map(Town::name)
        .findFirst()
        .orElse(code);
  }

  public List<Village> villages(String townCode) {
    return villages.stream().filter(v -> v.townCode().equals(townCode)).toList();
  }

  public List<Village> villages() {
    return villages;
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
  public Optional<Fig> city(YearMonth month, String metric) {
    return Optional.ofNullable(figs.get(key(month.toString(), Scope.CITY.code(), "", "", metric)));
  }

  /** A town's figure of a month. */
  public Optional<Fig> town(YearMonth month, String townCode, String metric) {
    return Optional.ofNullable(
        figs.get(key(month.toString(), Scope.TOWN.code(), townCode, "", metric)));
  }

  /** A village's figure of the report's month. */
  public Optional<Fig> village(String townCode, String villageCode, String metric) {
    return Optional.ofNullable(
        figs.get(key(period.toString(), Scope.VILLAGE.code(), townCode, villageCode, metric)));
  }

  /** Every village figure of the report's month for {@code metric}. */
  public List<Fig> villageFigures(String metric) {
    List<Fig> out = new ArrayList<>();
    for (Village v : villages) {
      village(v.townCode(), v.code(), metric).ifPresent(out::add);
    }
    return out;
  }

  public List<Submission> submissions() {
    return submissions;
  }

  /** The record types (e.g. {@code proxy_cases}) a town did not deliver for the month. */
  public List<String> missingTypes(String townCode) {
    return submissions.stream()
        .filter(
            s ->
                s.townCode().equals(townCode)
                    && SubmissionStatus.MISSING.label().equals(s.status()))
        .map(Submission::recordType)
        .toList();
  }

  public List<Breach> breaches() {
    return breaches;
  }

  public List<FileQuality> files() {
    return files;
  }

  public Map<Integer, String> themes() {
    return themes;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /** The Chinese name of a record type: 民生代办 for proxy_cases. */
  public static String recordTypeName(String recordType) {
    return ExportCatalog.byName(recordType).map(RecordSchema::chineseName).orElse(recordType);
  }

  /** Reads one row of a query. */
  private interface RowReader<T> {
    T read(ResultSet r) throws SQLException;
  }

  /** Every row of a query with string parameters, read by {@code reader}. */
  private static <T> List<T> rows(Connection c, String sql, RowReader<T> reader, String... params)
      throws SQLException {
    List<T> out = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(SqlLiterals.expand(sql))) {
      for (int i = 0; i < params.length; i++) {
        st.setString(i + 1, params[i]);
      }
      try (ResultSet r = st.executeQuery()) {
        while (r.next()) {
          out.add(reader.read(r));
        }
      }
    }
    return out;
  }

  private static String key(
      String period, String scope, String town, String village, String metric) {
    return period + '|' + scope + '|' + town + '|' + village + '|' + metric;
  }

  private static Double dbl(ResultSet r, int i) throws SQLException {
    double d = r.getDouble(i);
    return r.wasNull() ? null : d;
  }

  private static Integer integer(ResultSet r, int i) throws SQLException {
    int d = r.getInt(i);
    return r.wasNull() ? null : d;
  }

  private static LocalDate date(ResultSet r, int i) throws SQLException {
    Date d = r.getDate(i);
    return d == null ? null : d.toLocalDate();
  }

  private static LocalDateTime timestamp(ResultSet r, int i) throws SQLException {
    Timestamp t = r.getTimestamp(i);
    return t == null ? null : t.toLocalDateTime();
  }
}
