package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small warehouse written by hand, without Spark: Parquet files in the warehouse's layout with
 * the columns of {@code schemas/}, then the real DuckDB catalogue over them. Three towns, each a
 * case the bulletins must say truly: 钢山街道 sent everything on time and has a voucher breach against
 * a target of 0; 千泉街道 sent everything late and has 45 villages, so its village table runs over
 * pages; 凫山街道 sent nothing for 2026-10 but has figures of earlier months. The two that reported tie
 * in the 综合排名. 2026-07 is a month of the 民主管理日 (8 record types due), 2026-10 is not (7 due). {@link
 * BulletinRenderTest} works the sentences out by hand.
 */
final class FixtureWarehouse {
  static final String T1 = "370883001";
  static final String T2 = "370883002";
  static final String T3 = "370883003";

  private final Path root;
  private final Map<String, List<Map<String, Object>>> tables = new LinkedHashMap<>();

  private FixtureWarehouse(Path root) {
    this.root = root;
  }

  /** Writes the fixture under {@code root} and its DuckDB catalogue. */
  static Path write(Path root) throws Exception {
    FixtureWarehouse f = new FixtureWarehouse(root);
    f.reference();
    f.metrics();
    f.standings();
    f.others();
    DuckDbCatalog.write(root, f.flush());
    return root;
  }

  private void reference() {
    add("reference/towns", row("town_code", T1, "town_name", "钢山街道", "town_kind", "街道"));
    add("reference/towns", row("town_code", T2, "town_name", "千泉街道", "town_kind", "街道"));
    add("reference/towns", row("town_code", T3, "town_name", "凫山街道", "town_kind", "街道"));
    add("reference/villages", village(T1 + "001", "东关社区", T1, true));
    add("reference/villages", village(T1 + "002", "西关社区", T1, false));
    add("reference/villages", village(T2 + "001", "千泉社区", T2, true));
    for (int i = 2; i <= 45; i++) {
      add("reference/villages", village(T2 + String.format("%03d", i), "千泉第" + i + "村", T2, false));
    }
    add("reference/villages", village(T3 + "001", "凫山社区", T3, true));
    add("reference/villages", village(T3 + "002", "凫山第2村", T3, false));
    add("reference/experiment_years", row("year", 2025, "theme", "工作创新年"));
    add("reference/experiment_years", row("year", 2026, "theme", "实效提升年"));
  }

  private void metrics() {
    // The city, 2026-10: 1,200 accepted (1,100 last month, 1,000 last year), 1,150 closed,
    // completion 95.8% against 94.6% last month and 95.0% last year; target 98%, warning 95%.
    city(
        "2026-10",
        "proxy_accepted",
        "numerator",
        1200.0,
        "value",
        1200.0,
        "prev_value",
        1100.0,
        "yoy_value",
        1000.0);
    city("2026-10", "proxy_closed", "numerator", 1150.0, "value", 1150.0);
    city(
        "2026-10",
        "proxy_completion_rate",
        "numerator",
        1150.0,
        "denominator",
        1200.0,
        "value",
        1150.0 / 1200,
        "prev_value",
        0.946,
        "yoy_value",
        0.95,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        "预警");
    city(
        "2026-09",
        "proxy_completion_rate",
        "numerator",
        946.0,
        "denominator",
        1000.0,
        "value",
        0.946,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        "预警");
    // 违规入账: 1 this month against a monthly target of 0 (warning at 2): 预警; 23 in the year
    // against 0 a month (warning at 2 x 10 = 20): 未达标.
    city(
        "2026-10",
        "voucher_control_breaches",
        "numerator",
        1.0,
        "value",
        1.0,
        "target",
        0.0,
        "warning_at",
        2.0,
        "status",
        "预警",
        "ytd_value",
        23.0,
        "ytd_status",
        "未达标");
    // 120 suggestions, 14 pending: 62 adopted of 106 = 58.5%
    city("2026-10", "suggestions_collected", "numerator", 120.0, "value", 120.0);
    city("2026-10", "suggestions_adopted", "numerator", 62.0, "value", 62.0);
    city(
        "2026-10",
        "suggestion_adoption_rate",
        "numerator",
        62.0,
        "denominator",
        106.0,
        "value",
        62.0 / 106,
        "target",
        0.6,
        "warning_at",
        0.5,
        "status",
        "预警");
    // 民生类信访 34 against 52 a year ago
    city("2026-10", "petitions_livelihood", "numerator", 34.0, "value", 34.0, "yoy_value", 52.0);
    // July 2026, a month of the 民主管理日
    city("2026-07", "proxy_accepted", "numerator", 1000.0, "value", 1000.0);
    city(
        "2026-07",
        "dm_village_coverage",
        "numerator",
        48.0,
        "denominator",
        50.0,
        "value",
        0.96,
        "target",
        1.0,
        "warning_at",
        0.95,
        "status",
        "预警");
    city(
        "2026-07",
        "dm_approval_rate",
        "numerator",
        920.0,
        "denominator",
        1000.0,
        "value",
        0.92,
        "target",
        0.9,
        "warning_at",
        0.85,
        "status",
        "达标");
    // January 2026, the other month of the 民主管理日
    city(
        "2026-01",
        "dm_village_coverage",
        "numerator",
        50.0,
        "denominator",
        50.0,
        "value",
        1.0,
        "target",
        1.0,
        "warning_at",
        0.95,
        "status",
        "达标");
    // December 2025: the year to date (96.5%, short of the 97% target) joins table 1.
    city(
        "2025-12",
        "proxy_completion_rate",
        "numerator",
        970.0,
        "denominator",
        1000.0,
        "value",
        0.97,
        "ytd_numerator",
        11580.0,
        "ytd_denominator",
        12000.0,
        "ytd_value",
        0.965,
        "target",
        0.97,
        "warning_at",
        0.93,
        "status",
        "达标",
        "ytd_status",
        "预警");
    // 钢山街道 is best (98.6%), 千泉街道 worst (92.0%); 凫山街道 sent nothing this month.
    town("2026-10", T1, "proxy_accepted", "numerator", 700.0, "value", 700.0);
    town("2026-10", T1, "proxy_closed", "numerator", 690.0, "value", 690.0);
    town(
        "2026-10",
        T1,
        "proxy_completion_rate",
        "numerator",
        690.0,
        "denominator",
        700.0,
        "value",
        690.0 / 700,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        "达标",
        "rank",
        1,
        "ranked",
        2);
    town(
        "2026-10",
        T1,
        "voucher_control_breaches",
        "numerator",
        1.0,
        "value",
        1.0,
        "target",
        0.0,
        "warning_at",
        2.0,
        "status",
        "预警",
        "rank",
        2,
        "ranked",
        2);
    town("2026-10", T2, "proxy_accepted", "numerator", 500.0, "value", 500.0);
    town("2026-10", T2, "proxy_closed", "numerator", 460.0, "value", 460.0);
    town(
        "2026-10",
        T2,
        "proxy_completion_rate",
        "numerator",
        460.0,
        "denominator",
        500.0,
        "value",
        0.92,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        "未达标",
        "rank",
        2,
        "ranked",
        2);
    town(
        "2026-10",
        T2,
        "voucher_control_breaches",
        "numerator",
        0.0,
        "value",
        0.0,
        "target",
        0.0,
        "warning_at",
        2.0,
        "status",
        "达标",
        "rank",
        1,
        "ranked",
        2);
    // 凫山街道's earlier months: 90.0% in September, 88.0% a year before
    town(
        "2026-09",
        T3,
        "proxy_completion_rate",
        "numerator",
        90.0,
        "denominator",
        100.0,
        "value",
        0.9,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        "未达标");
    town(
        "2025-10",
        T3,
        "proxy_completion_rate",
        "numerator",
        88.0,
        "denominator",
        100.0,
        "value",
        0.88,
        "target",
        0.97,
        "warning_at",
        0.93,
        "status",
        "未达标");
    village(T1, T1 + "001", "proxy_completion_rate", 395.0, 400.0, 1);
    village(T1, T1 + "002", "proxy_completion_rate", 295.0, 300.0, 2);
    village(T2, T2 + "001", "proxy_completion_rate", 48.0, 50.0, 1);
  }

  /** The rankings and demonstration tables as the metrics job would write them. */
  private void standings() {
    // 钢山街道: 办结率 达标 (rank 1), 违规入账 预警 (rank 2); 千泉街道: 未达标 (2), 达标 (1):
    // one 达标 each, mean rank 1.5 each: both first. Last month 钢山街道 was 2nd, 千泉街道 1st,
    // 凫山街道 3rd.
    standing(T1, "", 2, 1, 2, 1.5, 1, 2, 2, 1, "2026-10", 2, 1, 1);
    standing(T2, "", 2, 1, 2, 1.5, 1, 2, 1, 0, "2026-10", 2, 1, 1);
    standing(T3, "", null, null, null, null, null, null, 3, null, "2026-09", 1, 0, 3);
    add(
        "rankings/period=2026-10",
        row(
            "scope",
            "village",
            "town_code",
            T1,
            "village_code",
            T1 + "001",
            "met_count",
            1,
            "composite_rank",
            1,
            "places_ranked",
            2,
            "run_id",
            "metrics-fixture"));
    add(
        "rankings/period=2026-10",
        row(
            "scope",
            "village",
            "town_code",
            T1,
            "village_code",
            T1 + "002",
            "met_count",
            1,
            "composite_rank",
            2,
            "places_ranked",
            2,
            "run_id",
            "metrics-fixture"));
    // the year to date of the three demonstration villages (凫山社区's January to September
    // included) against the other villages
    add(
        "demonstration/period=2026-10",
        row(
            "metric",
            "proxy_completion_rate",
            "demonstration",
            true,
            "villages",
            2,
            "ytd_villages",
            3,
            "ytd_numerator",
            990.0,
            "ytd_denominator",
            1000.0,
            "ytd_value",
            0.99,
            "run_id",
            "metrics-fixture"));
    add(
        "demonstration/period=2026-10",
        row(
            "metric",
            "proxy_completion_rate",
            "demonstration",
            false,
            "villages",
            45,
            "ytd_villages",
            46,
            "ytd_numerator",
            9550.0,
            "ytd_denominator",
            10000.0,
            "ytd_value",
            0.955,
            "run_id",
            "metrics-fixture"));
  }

  private void others() {
    List<String> types = ExportCatalog.ALL.stream().map(RecordSchema::name).toList();
    for (String type : types) {
      if (!type.equals("democratic_reviews")) {
        add("submissions/period=2026-10", submission(T1, type, "按时", "2026-11-03"));
        add("submissions/period=2026-10", submission(T2, type, "逾期", "2026-11-08"));
        add("submissions/period=2026-10", submission(T3, type, "未报送", null));
      }
      for (String t : List.of(T1, T2, T3)) {
        add("submissions/period=2026-07", submission(t, type, "按时", "2026-08-03"));
        add(
            "submissions/period=2026-01",
            submission(
                t, type, t.equals(T3) ? "逾期" : "按时", t.equals(T3) ? "2026-02-09" : "2026-02-03"));
      }
    }
    add(
        "voucher_breaches/period=2026-10",
        row(
            "town_code",
            T1,
            "village_code",
            T1 + "001",
            "voucher_id",
            "PZ37088300120260900011",
            "amount",
            1865.58,
            "posted_on",
            "2026-10-06",
            "rules",
            "缺书记签字",
            "rule_count",
            1,
            "run_id",
            "metrics-fixture"));
    add(
        "file_quality/period=2026-10",
        row(
            "file",
            "2026-11-03/钢山街道_2026-10_proxy_cases.csv",
            "file_name",
            "钢山街道_2026-10_proxy_cases.csv",
            "record_type",
            "proxy_cases",
            "town_code",
            T1,
            "file_status",
            "LOADED",
            "rows_read",
            702,
            "rows_loaded",
            700,
            "rows_quarantined",
            2,
            "top_reasons",
            "日期格式错误×2",
            "run_id",
            "metrics-fixture"));
    add(
        "file_quality/period=2026-10",
        row(
            "file",
            "2026-11-08/千泉街道_2026-10_proxy_cases.csv",
            "file_name",
            "千泉街道_2026-10_proxy_cases.csv",
            "record_type",
            "proxy_cases",
            "town_code",
            T2,
            "file_status",
            "LOADED",
            "rows_read",
            500,
            "rows_loaded",
            500,
            "rows_quarantined",
            0,
            "run_id",
            "metrics-fixture"));
    add("metric_changes/run_id=metrics-fixture", null);
    add(
        "manifest/run_id=ingest-fixture",
        row(
            "file",
            "2026-11-03/钢山街道_2026-10_proxy_cases.csv",
            "file_name",
            "钢山街道_2026-10_proxy_cases.csv",
            "record_type",
            "proxy_cases",
            "town_code",
            T1,
            "status",
            "LOADED",
            "rows_read",
            702,
            "rows_loaded",
            700,
            "rows_quarantined",
            2,
            "ingested_at",
            "2026-11-05 02:00:00"));
  }

  private void city(String period, String metric, Object... kv) {
    figure(period, "city", "", "", metric, kv);
  }

  private void town(String period, String town, String metric, Object... kv) {
    figure(period, "town", town, "", metric, kv);
  }

  private void village(
      String town, String village, String metric, double num, double den, int rank) {
    figure(
        "2026-10",
        "village",
        town,
        village,
        metric,
        "numerator",
        num,
        "denominator",
        den,
        "value",
        num / den,
        "target",
        0.98,
        "warning_at",
        0.95,
        "status",
        num / den >= 0.98 ? "达标" : "预警",
        "rank",
        rank,
        "ranked",
        2);
  }

  private void figure(
      String period, String scope, String town, String village, String metric, Object... kv) {
    Map<String, Object> r = row(kv);
    r.putAll(
        row(
            "scope",
            scope,
            "town_code",
            town,
            "village_code",
            village,
            "metric",
            metric,
            "run_id",
            "metrics-fixture",
            "computed_at",
            "2026-11-05 03:00:00"));
    add("metrics/period=" + period, r);
  }

  private void standing(
      String town,
      String village,
      Integer targeted,
      Integer met,
      Integer ranked,
      Double meanRank,
      Integer rank,
      Integer places,
      Integer prev,
      Integer change,
      String ytdThrough,
      Integer ytdTargeted,
      Integer ytdMet,
      Integer ytdRank) {
    add(
        "rankings/period=2026-10",
        row(
            "scope",
            "town",
            "town_code",
            town,
            "village_code",
            village.isEmpty() ? null : village,
            "figures_targeted",
            targeted,
            "met_count",
            met,
            "figures_ranked",
            ranked,
            "mean_rank",
            meanRank,
            "composite_rank",
            rank,
            "places_ranked",
            places,
            "prev_composite_rank",
            prev,
            "rank_change",
            change,
            "ytd_through",
            ytdThrough,
            "ytd_figures_targeted",
            ytdTargeted,
            "ytd_met_count",
            ytdMet,
            "ytd_rank",
            ytdRank,
            "run_id",
            "metrics-fixture"));
  }

  private static Map<String, Object> village(String code, String name, String town, boolean demo) {
    return row(
        "village_code",
        code,
        "village_name",
        name,
        "town_code",
        town,
        "village_kind",
        "村",
        "is_demonstration",
        demo);
  }

  private static Map<String, Object> submission(
      String town, String type, String status, String received) {
    return row(
        "town_code",
        town,
        "record_type",
        type,
        "status",
        status,
        "deadline",
        received == null ? "2026-11-05" : received.substring(0, 8) + "05",
        "first_received_on",
        received,
        "last_received_on",
        received,
        "deliveries",
        received == null ? 0 : 1,
        "rejected_files",
        0,
        "run_id",
        "metrics-fixture");
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new HashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private void add(String folder, Map<String, Object> row) {
    List<Map<String, Object>> rows = tables.computeIfAbsent(folder, k -> new ArrayList<>());
    if (row != null) {
      rows.add(row);
    }
  }

  /**
   * Writes each folder's rows as one Parquet file with every column of its table's schema (a
   * partition's value from the folder name, {@code period=2026-10}, in the file as Iceberg writes
   * it), under the table's folder, and returns the state that lists them.
   */
  private WarehouseState flush() throws Exception {
    Map<String, List<String>> files = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (Map.Entry<String, List<Map<String, Object>>> e : tables.entrySet()) {
        WarehouseTable table = table(e.getKey());
        String partition =
            e.getKey().contains("=") ? e.getKey().substring(e.getKey().lastIndexOf('/') + 1) : "";
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Map<String, Object> r : e.getValue()) {
          Map<String, Object> withPartition = new HashMap<>(r);
          if (!partition.isEmpty()) {
            withPartition.put(
                partition.substring(0, partition.indexOf('=')),
                partition.substring(partition.indexOf('=') + 1));
          }
          rows.add(withPartition);
        }
        List<String> mine = files.computeIfAbsent(table.qualifiedName(), k -> new ArrayList<>());
        String rel =
            table.folder()
                + "/data/"
                + (partition.isEmpty() ? "" : partition + "/")
                + "part-"
                + mine.size()
                + ".parquet";
        Files.createDirectories(root.resolve(rel).getParent());
        StringBuilder select = new StringBuilder();
        if (rows.isEmpty()) {
          select.append("SELECT ").append(cells(table.columns(), Map.of())).append(" WHERE false");
        }
        for (Map<String, Object> r : rows) {
          select
              .append(select.length() == 0 ? "" : " UNION ALL ")
              .append("SELECT ")
              .append(cells(table.columns(), r));
        }
        st.execute("COPY (" + select + ") TO '" + root.resolve(rel) + "' (FORMAT parquet)");
        mine.add(rel);
      }
    }
    Map<String, WarehouseState.TableState> state = new TreeMap<>();
    files.forEach((t, f) -> state.put(t, new WarehouseState.TableState(Optional.of(1L), f)));
    return new WarehouseState(
        "metrics-fixture",
        "run",
        LocalDateTime.of(2026, 11, 6, 9, 0),
        Optional.empty(),
        Optional.empty(),
        state);
  }

  /** The table a fixture folder ({@code metrics/period=2026-10}, {@code reference/towns}) fills. */
  private static WarehouseTable table(String folder) {
    String first = folder.contains("/") ? folder.substring(0, folder.indexOf('/')) : folder;
    if (first.equals("reference")) {
      return TableCatalog.byName(folder.replace('/', '.'));
    }
    return TableCatalog.ALL.stream()
        .filter(t -> t.name().equals(first))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no table for " + folder));
  }

  private static String cells(List<Column> columns, Map<String, Object> r) {
    List<String> out = new ArrayList<>();
    for (Column c : columns) {
      Object v = r.get(c.name());
      String literal =
          v == null
              ? "NULL"
              : v instanceof String s ? "'" + s.replace("'", "''") + "'" : v.toString();
      out.add("CAST(" + literal + " AS " + c.type().sql() + ") AS \"" + c.name() + "\"");
    }
    return String.join(", ", out);
  }
}
