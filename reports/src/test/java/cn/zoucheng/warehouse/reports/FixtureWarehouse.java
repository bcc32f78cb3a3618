package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
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
 * the columns of {@code schemas/}, then the real DuckDB catalogue over them. Three towns (凫山街道 sent
 * no proxy cases in 2026-10 and has 45 villages, so its tables run over pages), figures whose
 * bulletin sentences {@link BulletinRenderTest} works out by hand.
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
    f.others();
    DuckDbCatalog.write(root, f.flush());
    return root;
  }

  private void reference() throws Exception {
    add("reference/towns", row("town_code", T1, "town_name", "钢山街道", "town_kind", "街道"));
    add("reference/towns", row("town_code", T2, "town_name", "千泉街道", "town_kind", "街道"));
    add("reference/towns", row("town_code", T3, "town_name", "凫山街道", "town_kind", "街道"));
    add("reference/villages", village(T1 + "001", "东关社区", T1, true));
    add("reference/villages", village(T1 + "002", "西关社区", T1, false));
    add("reference/villages", village(T2 + "001", "千泉社区", T2, true));
    for (int i = 1; i <= 45; i++) {
      add(
          "reference/villages",
          village(T3 + String.format("%03d", i), "凫山第" + i + "村", T3, i == 1));
    }
    add("reference/experiment_years", row("year", 2025, "theme", "工作创新年"));
    add("reference/experiment_years", row("year", 2026, "theme", "实效提升年"));
  }

  private void metrics() {
    // The city, 2026-10: 1,200 accepted (1,100 last month, 1,000 last year), 1,150 closed,
    // completion 95.8% against 94.6% last month and 95.0% last year; target 98%, warning 95%.
    metric(
        "2026-10",
        "city",
        "",
        "",
        "proxy_accepted",
        1200.0,
        null,
        1200.0,
        1100.0,
        1000.0,
        null,
        null,
        null,
        null);
    metric(
        "2026-10",
        "city",
        "",
        "",
        "proxy_closed",
        1150.0,
        null,
        1150.0,
        null,
        null,
        null,
        null,
        null,
        null);
    metric(
        "2026-10",
        "city",
        "",
        "",
        "proxy_completion_rate",
        1150.0,
        1200.0,
        1150.0 / 1200,
        0.946,
        0.95,
        0.98,
        "预警",
        null,
        null);
    metric(
        "2026-09",
        "city",
        "",
        "",
        "proxy_completion_rate",
        946.0,
        1000.0,
        0.946,
        null,
        null,
        0.98,
        "预警",
        null,
        null);
    // December 2025: the year to date (96.5%, short of the 97% target) joins table 1.
    Map<String, Object> december =
        row(
            "scope",
            "city",
            "town_code",
            "",
            "village_code",
            "",
            "metric",
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
            "预警",
            "run_id",
            "metrics-fixture",
            "computed_at",
            "2026-01-05 03:00:00");
    add("metrics/period=2025-12", december);
    // 钢山街道 is best (98.6%), 千泉街道 worst (92.0%); 凫山街道 sent nothing.
    metric(
        "2026-10",
        "town",
        T1,
        "",
        "proxy_accepted",
        700.0,
        null,
        700.0,
        null,
        null,
        null,
        null,
        1,
        2);
    metric(
        "2026-10",
        "town",
        T1,
        "",
        "proxy_closed",
        690.0,
        null,
        690.0,
        null,
        null,
        null,
        null,
        1,
        2);
    metric(
        "2026-10",
        "town",
        T1,
        "",
        "proxy_completion_rate",
        690.0,
        700.0,
        690.0 / 700,
        null,
        null,
        0.98,
        "达标",
        1,
        2);
    metric(
        "2026-10",
        "town",
        T2,
        "",
        "proxy_accepted",
        500.0,
        null,
        500.0,
        null,
        null,
        null,
        null,
        2,
        2);
    metric(
        "2026-10",
        "town",
        T2,
        "",
        "proxy_closed",
        460.0,
        null,
        460.0,
        null,
        null,
        null,
        null,
        2,
        2);
    metric(
        "2026-10",
        "town",
        T2,
        "",
        "proxy_completion_rate",
        460.0,
        500.0,
        0.92,
        null,
        null,
        0.98,
        "未达标",
        2,
        2);
    metric(
        "2026-10",
        "village",
        T1,
        T1 + "001",
        "proxy_completion_rate",
        395.0,
        400.0,
        395.0 / 400,
        null,
        null,
        0.98,
        "达标",
        1,
        2);
    metric(
        "2026-10",
        "village",
        T1,
        T1 + "002",
        "proxy_completion_rate",
        295.0,
        300.0,
        295.0 / 300,
        null,
        null,
        0.98,
        "达标",
        2,
        2);
  }

  private void others() {
    add("submissions/period=2026-10", submission(T1, "proxy_cases", "按时"));
    add("submissions/period=2026-10", submission(T2, "proxy_cases", "逾期"));
    add("submissions/period=2026-10", submission(T3, "proxy_cases", "未报送"));
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

  private void metric(
      String period,
      String scope,
      String town,
      String village,
      String metric,
      Double numerator,
      Double denominator,
      Double value,
      Double prev,
      Double yoy,
      Double target,
      String status,
      Integer rank,
      Integer ranked) {
    Map<String, Object> r =
        row(
            "scope",
            scope,
            "town_code",
            town,
            "village_code",
            village,
            "metric",
            metric,
            "numerator",
            numerator,
            "denominator",
            denominator,
            "value",
            value,
            "prev_value",
            prev,
            "yoy_value",
            yoy,
            "target",
            target,
            "status",
            status,
            "rank",
            rank,
            "ranked",
            ranked,
            "run_id",
            "metrics-fixture",
            "computed_at",
            "2026-11-05 03:00:00");
    if (target != null) {
      r.put("warning_at", 0.95);
    }
    add("metrics/period=" + period, r);
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

  private static Map<String, Object> submission(String town, String type, String status) {
    return row(
        "town_code",
        town,
        "record_type",
        type,
        "status",
        status,
        "deadline",
        "2026-11-05",
        "first_received_on",
        "未报送".equals(status) ? null : "2026-11-03",
        "deliveries",
        "未报送".equals(status) ? 0 : 1,
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
