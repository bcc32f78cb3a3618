package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A1;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.B;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.catalog.WideViews;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The DuckDB views of {@code metrics/duckdb-views.sql} over the fixture's computed warehouse. */
@ExtendWith(SharedSpark.class)
class MetricsViewsTest {
  private static DuckDb db;

  @BeforeAll
  static void createViews() throws Exception {
    db = new DuckDb(StandardFixture.computed().root());
  }

  @AfterAll
  static void close() throws Exception {
    db.close();
  }

  @Test
  void createsEveryNamedView() throws Exception {
    assertThat(WideViews.statements()).hasSize(WideViews.NAMES.size());
    List<Map<String, Object>> views =
        db.query("SELECT view_name FROM duckdb_views() WHERE NOT internal ORDER BY view_name");
    assertThat(views)
        .extracting(v -> v.get("view_name"))
        .containsAll(WideViews.NAMES)
        .contains("metrics", "metric_changes", "voucher_breaches", "submissions", "file_quality");
  }

  @Test
  void theWideViewsHaveOneColumnPerMetricOfTheCatalogueInItsOrder() throws Exception {
    List<String> labels = MetricCatalog.ALL.stream().map(Metric::columnLabel).toList();
    for (String view : List.of("metrics_city_wide", "metrics_town_wide", "metrics_village_wide")) {
      List<Object> columns =
          db
              .query(
                  "SELECT column_name FROM duckdb_columns() WHERE table_name = '"
                      + view
                      + "' ORDER BY column_index")
              .stream()
              .map(r -> r.get("column_name"))
              .toList();
      assertThat(columns).as(view).containsSubsequence(labels.toArray());
      assertThat(columns.subList(columns.size() - labels.size(), columns.size()))
          .as(view)
          .containsExactlyElementsOf(labels);
    }
    assertThat(WideViews.statements()).noneMatch(s -> s.contains(WideViews.METRIC_COLUMNS));
  }

  @Test
  void townWideViewHasOneRowPerTownAndMonthWithChineseLabels() throws Exception {
    List<Map<String, Object>> rows =
        db.query("SELECT * FROM metrics_town_wide WHERE 月份 = '2026-10' ORDER BY 镇街代码");
    assertThat(rows).hasSize(16);
    assertThat(rows.get(0).keySet()).startsWith("月份", "镇街代码", "镇街", "未报送类型");
    assertThat(rows.get(0).keySet())
        .containsAll(MetricCatalog.ALL.stream().map(Metric::columnLabel).toList());
    Map<String, Object> a = row(rows, A);
    assertThat(a.get("镇街")).isEqualTo("凫山街道");
    assertThat(a.get("受理量")).isEqualTo(5L);
    assertThat(a.get("办结率")).isEqualTo(0.6);
    assertThat(a.get("违规入账")).isEqualTo(2L);
    assertThat(a.get("民生类信访同比变化")).isEqualTo(-1.0 / 3);
    assertThat(a.get("民主管理日召开率")).isNull();
    // C sent nothing usable: a row with empty figures and the record types it did not send.
    Map<String, Object> c = row(rows, C);
    assertThat(c.get("受理量")).isNull();
    assertThat((String) c.get("未报送类型")).contains("proxy_cases", "petitions");
    assertThat(row(rows, B).get("未报送类型")).isNull();
  }

  @Test
  void cityAndVillageWideViews() throws Exception {
    Map<String, Object> city =
        db.query("SELECT * FROM metrics_city_wide WHERE 月份 = '2026-10'").get(0);
    assertThat(city.get("报送镇街数")).isEqualTo(2);
    assertThat(city.get("受理量")).isEqualTo(7L);
    assertThat(city.get("公开完整率")).isEqualTo(0.04);
    List<Map<String, Object>> villages =
        db.query("SELECT * FROM metrics_village_wide WHERE 月份 = '2026-10' ORDER BY 2, 4");
    assertThat(villages).hasSize(5);
    Map<String, Object> a1 = villages.get(0);
    assertThat(a1.get("村(社区)代码")).isEqualTo(A1);
    assertThat(a1.get("村(社区)")).isEqualTo("甲一村");
    assertThat(a1.get("镇街")).isEqualTo("凫山街道");
    assertThat(a1.get("受理量")).isEqualTo(2L);
    assertThat(a1.get("公开完整率")).isEqualTo(0.12);
  }

  @Test
  void voucherBreachesNameTheRulesBroken() throws Exception {
    List<Map<String, Object>> rows = db.query("SELECT * FROM voucher_breaches ORDER BY voucher_id");
    assertThat(rows).extracting(r -> r.get("voucher_id")).containsExactly("V2", "V3");
    assertThat(rows.get(0).get("rules")).isEqualTo("缺书记签字；审理未通过；未经代理中心审核；入账早于审理");
    assertThat(rows.get(0).get("rule_count")).isEqualTo(4);
    assertThat(rows.get(0).get("amount").toString()).isEqualTo("250.50");
    assertThat(rows.get(1).get("rules")).isEqualTo("入账早于代理中心审核");
    assertThat(rows).allSatisfy(r -> assertThat(r.get("period")).isEqualTo("2026-10"));
  }

  @Test
  void submissionMatrix() throws Exception {
    List<Map<String, Object>> oct = db.query("SELECT * FROM submissions WHERE period = '2026-10'");
    // 16 towns x 7 monthly record types (no democratic management day in October).
    assertThat(oct).hasSize(16 * 7);
    assertThat(status(oct, A, "proxy_cases")).isEqualTo("按时");
    assertThat(status(oct, A, "expense_vouchers")).isEqualTo("补报");
    assertThat(status(oct, B, "proxy_cases")).isEqualTo("逾期");
    assertThat(status(oct, C, "proxy_cases")).isEqualTo("未报送");
    Map<String, Object> av = cell(oct, A, "expense_vouchers");
    assertThat(av.get("deliveries")).isEqualTo(2);
    assertThat(av.get("on_time")).isEqualTo(true);
    assertThat(av.get("first_received_on").toString()).isEqualTo("2026-11-03");
    assertThat(av.get("last_received_on").toString()).isEqualTo("2026-11-09");
    assertThat(av.get("deadline").toString()).isEqualTo("2026-11-05");
    assertThat(cell(oct, C, "proxy_cases").get("rejected_files")).isEqualTo(1);
    List<Map<String, Object>> jul = db.query("SELECT * FROM submissions WHERE period = '2026-07'");
    assertThat(jul).hasSize(16 * 8);
    assertThat(status(jul, A, "democratic_reviews")).isEqualTo("按时");
  }

  @Test
  void fileQualityFromManifestAndQuarantine() throws Exception {
    List<Map<String, Object>> rows =
        db.query(
            "SELECT * FROM file_quality WHERE town_code = '"
                + A
                + "' AND record_type = 'proxy_cases' AND period = '2026-10'");
    assertThat(rows).hasSize(1);
    Map<String, Object> f = rows.get(0);
    assertThat(f.get("file_status")).isEqualTo("UNCHANGED");
    assertThat(f.get("rows_read")).isEqualTo(9);
    assertThat(f.get("rows_quarantined")).isEqualTo(3);
    assertThat(f.get("loaded_rate")).isEqualTo(6.0 / 9);
    assertThat(f.get("top_reasons")).isEqualTo("日期格式错误×2；未知村(社区)×1");
    Map<String, Object> rejected =
        db.query("SELECT * FROM file_quality WHERE town_code = '" + C + "'").get(0);
    assertThat(rejected.get("file_status")).isEqualTo("REJECTED");
    assertThat(rejected.get("reject_reason")).isEqualTo("UNDECODABLE");
  }

  private static Map<String, Object> row(List<Map<String, Object>> rows, String town) {
    return rows.stream().filter(r -> town.equals(r.get("镇街代码"))).findFirst().orElseThrow();
  }

  private static Map<String, Object> cell(
      List<Map<String, Object>> rows, String town, String type) {
    return rows.stream()
        .filter(r -> town.equals(r.get("town_code")) && type.equals(r.get("record_type")))
        .findFirst()
        .orElseThrow();
  }

  private static String status(List<Map<String, Object>> rows, String town, String type) {
    return (String) cell(rows, town, type).get("status");
  }
}
