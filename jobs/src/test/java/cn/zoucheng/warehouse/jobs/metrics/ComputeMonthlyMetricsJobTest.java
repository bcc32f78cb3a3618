package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.jobs.metrics.MetricRows.assertFigure;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A1;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A2;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A3;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.B;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.B2;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.C;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.time.YearMonth;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every metric on the hand-made fixture of {@link StandardFixture}; each expected figure is worked
 * out by hand in the comments from the fixture's rows.
 */
@ExtendWith(SharedSpark.class)
class ComputeMonthlyMetricsJobTest {
  private static final String OCT = "2026-10";
  private static MetricRows m;
  private static StandardFixture.Computed fx;

  @BeforeAll
  static void compute(SparkSession spark) {
    fx = StandardFixture.computed();
    m = new MetricRows(fx.warehouse());
  }

  @Test
  void writesTheMonthsOfTheRangeThatHaveFiguresUnderTheRunId() {
    assertThat(fx.result().periods())
        .containsExactly(
            YearMonth.of(2026, 7),
            YearMonth.of(2026, 8),
            YearMonth.of(2026, 9),
            YearMonth.of(2026, 10));
    // August: nobody delivered anything; the month is computed (the run replaced it), with no
    // figures.
    assertThat(
            fx.warehouse()
                .table(TableCatalog.METRICS_TABLE)
                .currentSnapshot()
                .summary()
                .get(TableWriter.RUN_ID))
        .isEqualTo("metrics-fixture-1");
    assertThat(m.all()).noneMatch(r -> "2026-08".equals(r.getAs("period")));
    assertThat(m.all()).anyMatch(r -> "2026-10".equals(r.getAs("period")));
    assertThat(m.all())
        .allSatisfy(r -> assertThat(r.<String>getAs("run_id")).isEqualTo("metrics-fixture-1"));
    assertThat(m.all()).hasSize((int) fx.result().metricRows());
    assertThat(m.all().stream().map(r -> r.<String>getAs("metric")).distinct())
        .allSatisfy(code -> assertThat(MetricCatalog.byCode(code)).isPresent());
  }

  @Test
  void proxyCases() {
    // Town A cohort (P4 不予受理 left out): P1 A1 Tue closed 10-08 (2 days, on time, sat 5),
    // P2 A1 Wed closed 10-15 (8 days, late, sat 3), P3 A2 Tue open, P5 A3 Fri closed 11-03 after
    // its month (4 days, on time, sat 4), P6 A3 Tue 已办结 without closed_on (not closed, sat 4).
    town(A, "proxy_accepted", 5.0, null, 5.0);
    town(A, "proxy_closed", 3.0, null, 3.0);
    town(A, "proxy_completion_rate", 3.0, 5.0, 0.6);
    town(A, "proxy_on_time_rate", 2.0, 3.0, 2.0 / 3);
    town(A, "proxy_avg_days", 14.0, 3.0, 14.0 / 3);
    town(A, "proxy_office_day_share", 3.0, 5.0, 0.6);
    town(A, "proxy_satisfaction_rate", 3.0, 4.0, 0.75);
    // Villages: A2 has one open case, so its closed-case rates have empty denominators.
    village(A, A1, "proxy_completion_rate", 2.0, 2.0, 1.0);
    village(A, A2, "proxy_on_time_rate", 0.0, 0.0, null);
    village(A, A2, "proxy_avg_days", 0.0, 0.0, null);
    village(A, A2, "proxy_satisfaction_rate", 0.0, 0.0, null);
    village(A, A3, "proxy_closed", 1.0, null, 1.0);
    village(A, A3, "proxy_satisfaction_rate", 2.0, 2.0, 1.0);
    // Town B: Q1 B1 Fri closed 10-19 (10 days, on time, sat 2), Q2 B2 Thu 已退回.
    town(B, "proxy_accepted", 2.0, null, 2.0);
    town(B, "proxy_completion_rate", 1.0, 2.0, 0.5);
    town(B, "proxy_avg_days", 10.0, 1.0, 10.0);
    town(B, "proxy_office_day_share", 1.0, 2.0, 0.5);
    town(B, "proxy_satisfaction_rate", 0.0, 1.0, 0.0);
    village(B, B2, "proxy_accepted", 1.0, null, 1.0);
    // City from the facts of A and B (C's case R1 has no delivered file): 7 accepted, 4 closed.
    city("proxy_accepted", 7.0, null, 7.0);
    city("proxy_completion_rate", 4.0, 7.0, 4.0 / 7);
    city("proxy_on_time_rate", 3.0, 4.0, 0.75);
    city("proxy_avg_days", 24.0, 4.0, 6.0);
    city("proxy_office_day_share", 4.0, 7.0, 4.0 / 7);
    city("proxy_satisfaction_rate", 3.0, 5.0, 0.6);
    assertThat(m.city(OCT, "proxy_accepted").<Integer>getAs("towns_reported")).isEqualTo(2);
  }

  @Test
  void vouchers() {
    // Reviewed in October: A: V1 (10-05 通过, five signs), V2 (10-06 拒审 250.50, no secretary),
    // V3 (10-12, outside days 1-10); B: W1 (10-03 拒审 500.00, handler's signature missing).
    town(A, "vouchers_reviewed", 3.0, null, 3.0);
    town(A, "vouchers_rejected", 1.0, null, 1.0);
    town(A, "vouchers_rejected_amount", 250.5, null, 250.5);
    town(A, "voucher_rejection_rate", 1.0, 3.0, 1.0 / 3);
    town(A, "voucher_review_window_rate", 2.0, 3.0, 2.0 / 3);
    town(A, "voucher_five_sign_rate", 2.0, 3.0, 2.0 / 3);
    // Posted in October: V1 clean, V2 (4 rules), V3 posted 10-15 before its audit 10-20, V5 clean.
    town(A, "voucher_control_breaches", 2.0, null, 2.0);
    village(A, A1, "voucher_control_breaches", 1.0, null, 1.0);
    village(A, A2, "voucher_control_breaches", 1.0, null, 1.0);
    village(A, A3, "voucher_control_breaches", 0.0, null, 0.0);
    village(A, A3, "vouchers_reviewed", 0.0, null, 0.0);
    village(A, A3, "voucher_rejection_rate", 0.0, 0.0, null);
    town(B, "vouchers_reviewed", 1.0, null, 1.0);
    town(B, "vouchers_rejected_amount", 500.0, null, 500.0);
    town(B, "voucher_rejection_rate", 1.0, 1.0, 1.0);
    town(B, "voucher_five_sign_rate", 0.0, 1.0, 0.0);
    town(B, "voucher_control_breaches", 0.0, null, 0.0);
    city("vouchers_reviewed", 4.0, null, 4.0);
    city("vouchers_rejected", 2.0, null, 2.0);
    city("vouchers_rejected_amount", 750.5, null, 750.5);
    city("voucher_rejection_rate", 2.0, 4.0, 0.5);
    city("voucher_review_window_rate", 3.0, 4.0, 0.75);
    city("voucher_five_sign_rate", 2.0, 4.0, 0.5);
    city("voucher_control_breaches", 2.0, null, 2.0);
  }

  @Test
  void deliberations() {
    // A: M1 A1 held 15th, notice 3 days before, resolution posted, 已落实; M2 A1 held 20th,
    // notice 1 day before, no resolution posted; M3 A2 held 15th, notice exactly 2 days before,
    // posted, 未落实. A3 held none. B delivered an empty file: reported, no meetings.
    town(A, "meetings_held", 3.0, null, 3.0);
    town(A, "meeting_village_coverage", 2.0, 3.0, 2.0 / 3);
    town(A, "meeting_on_schedule_rate", 2.0, 3.0, 2.0 / 3);
    town(A, "meeting_notice_rate", 2.0, 3.0, 2.0 / 3);
    town(A, "meeting_resolution_posted_rate", 2.0, 3.0, 2.0 / 3);
    town(A, "meeting_implemented_rate", 1.0, 3.0, 1.0 / 3);
    village(A, A1, "meeting_village_coverage", 1.0, 1.0, 1.0);
    village(A, A3, "meeting_village_coverage", 0.0, 1.0, 0.0);
    town(B, "meetings_held", 0.0, null, 0.0);
    town(B, "meeting_village_coverage", 0.0, 2.0, 0.0);
    town(B, "meeting_on_schedule_rate", 0.0, 0.0, null);
    // City: villages of the towns that reported (A's 3 + B's 2).
    city("meetings_held", 3.0, null, 3.0);
    city("meeting_village_coverage", 2.0, 5.0, 0.4);
    city("meeting_notice_rate", 2.0, 3.0, 2.0 / 3);
    city("meeting_implemented_rate", 1.0, 3.0, 1.0 / 3);
  }

  @Test
  void disputesAndSuggestions() {
    // Disputes: A D1 调处成功, D2 调处中, D3 未成功; B D4 调处成功.
    town(A, "disputes_registered", 3.0, null, 3.0);
    town(A, "disputes_resolved", 1.0, null, 1.0);
    town(A, "dispute_resolution_rate", 1.0, 3.0, 1.0 / 3);
    town(B, "dispute_resolution_rate", 1.0, 1.0, 1.0);
    city("disputes_registered", 4.0, null, 4.0);
    city("disputes_resolved", 2.0, null, 2.0);
    city("dispute_resolution_rate", 2.0, 4.0, 0.5);
    // Suggestions: A S1 是, S2 否, S3 待定, S4 是; B S5 待定 (so B's rate is 0 / 0).
    town(A, "suggestions_collected", 4.0, null, 4.0);
    town(A, "suggestions_adopted", 2.0, null, 2.0);
    town(A, "suggestion_adoption_rate", 2.0, 3.0, 2.0 / 3);
    village(A, A2, "suggestion_adoption_rate", 0.0, 0.0, null);
    town(B, "suggestions_collected", 1.0, null, 1.0);
    town(B, "suggestion_adoption_rate", 0.0, 0.0, null);
    city("suggestions_collected", 5.0, null, 5.0);
    city("suggestion_adoption_rate", 2.0, 3.0, 2.0 / 3);
  }

  @Test
  void petitions() {
    // 2026-10: A T1 A1 民生类, T2 A2 民生类, T3 A2 土地类; B empty.
    // 2025-10: A T7 A1, T8 A1, T9 A3 民生类, T6 A2 其他; B empty.
    town(A, "petitions_livelihood", 2.0, null, 2.0);
    town(B, "petitions_livelihood", 0.0, null, 0.0);
    city("petitions_livelihood", 2.0, null, 2.0);
    // (this − last year) / last year, same scope.
    city("petitions_livelihood_yoy", -1.0, 3.0, -1.0 / 3);
    town(A, "petitions_livelihood_yoy", -1.0, 3.0, -1.0 / 3);
    town(B, "petitions_livelihood_yoy", 0.0, 0.0, null);
    village(A, A1, "petitions_livelihood_yoy", -1.0, 2.0, -0.5);
    village(A, A2, "petitions_livelihood_yoy", 1.0, 0.0, null);
    village(A, A3, "petitions_livelihood_yoy", -1.0, 1.0, -1.0);
    // Fewer petitions rank better: B (0) first, A (2) second.
    assertThat(m.town(OCT, B, "petitions_livelihood").<Integer>getAs("rank")).isEqualTo(1);
    assertThat(m.town(OCT, A, "petitions_livelihood").<Integer>getAs("rank")).isEqualTo(2);
  }

  @Test
  void disclosures() {
    // Due by 2026-11-10. A1: D01 11-05, D02 11-10 (on the day), D03 11-11 (late); A2: D01 11-02;
    // A3 none; B1: D01 11-12 (late); B2 none.
    town(A, "disclosure_completeness", 4.0, 75.0, 4.0 / 75);
    town(A, "disclosure_on_time_rate", 3.0, 4.0, 0.75);
    village(A, A1, "disclosure_completeness", 3.0, 25.0, 0.12);
    village(A, A3, "disclosure_on_time_rate", 0.0, 0.0, null);
    town(B, "disclosure_completeness", 1.0, 50.0, 0.02);
    town(B, "disclosure_on_time_rate", 0.0, 1.0, 0.0);
    city("disclosure_completeness", 5.0, 125.0, 0.04);
    city("disclosure_on_time_rate", 3.0, 5.0, 0.6);
  }

  @Test
  void democraticManagementOnlyInJanuaryAndJuly() {
    String jul = "2026-07";
    // A: R1 A1 07-05 (10,5,3,2: 20 votes), R2 A1 07-05 (2,3,1,4: 4 > 10/3, flagged),
    // R3 A2 07-06 (5,5,0,0), R4 A2 07-05 (3,2,1,3: exactly a third, not flagged).
    // Approving 15 + 5 + 10 + 5 = 35 of 20 + 10 + 10 + 9 = 49. B reported an empty file.
    assertFigure(m.town(jul, A, "dm_village_coverage"), "A coverage", 2.0, 3.0, 2.0 / 3);
    assertFigure(m.town(jul, A, "dm_approval_rate"), "A approval", 35.0, 49.0, 35.0 / 49);
    assertFigure(m.town(jul, A, "dm_cadres_flagged"), "A flagged", 1.0, null, 1.0);
    assertFigure(m.village(jul, A, A1, "dm_approval_rate"), "A1 approval", 20.0, 30.0, 2.0 / 3);
    assertFigure(m.village(jul, A, A3, "dm_village_coverage"), "A3 coverage", 0.0, 1.0, 0.0);
    assertFigure(m.town(jul, B, "dm_village_coverage"), "B coverage", 0.0, 2.0, 0.0);
    assertFigure(m.town(jul, B, "dm_approval_rate"), "B approval", 0.0, 0.0, null);
    assertFigure(m.city(jul, "dm_village_coverage"), "city coverage", 2.0, 5.0, 0.4);
    assertFigure(m.city(jul, "dm_approval_rate"), "city approval", 35.0, 49.0, 35.0 / 49);
    assertFigure(m.city(jul, "dm_cadres_flagged"), "city flagged", 1.0, null, 1.0);
    // October holds no democratic management day: no rows at all.
    assertThat(m.all())
        .filteredOn(r -> OCT.equals(r.getAs("period")))
        .noneMatch(r -> r.<String>getAs("metric").startsWith("dm_"));
  }

  @Test
  void aTownWithNoExportHasNoFigures() {
    // C's only file was rejected: no row of any scope for C, though a fact of C exists.
    assertThat(m.all()).noneMatch(r -> C.equals(r.getAs("town_code")));
  }

  @Test
  void comparisons() {
    // 环比: September A: P0 closed of P0, P9 → 1/2; B: Q0 closed → 1/1; city 2/3.
    Row a = m.town(OCT, A, "proxy_completion_rate");
    assertThat(a.<Double>getAs("prev_value")).isEqualTo(0.5);
    assertThat(m.town(OCT, B, "proxy_completion_rate").<Double>getAs("prev_value")).isEqualTo(1.0);
    assertThat(m.city(OCT, "proxy_completion_rate").<Double>getAs("prev_value")).isEqualTo(2.0 / 3);
    // Year to date: September + October = (1 + 3) / (2 + 5); counts add up: 2 + 5.
    assertThat(a.<Double>getAs("ytd_numerator")).isEqualTo(4.0);
    assertThat(a.<Double>getAs("ytd_denominator")).isEqualTo(7.0);
    assertThat(a.<Double>getAs("ytd_value")).isEqualTo(4.0 / 7);
    assertThat(m.town(OCT, A, "proxy_accepted").<Double>getAs("ytd_value")).isEqualTo(7.0);
    // 同比: livelihood petitions of 2025-10 (A 3, city 3).
    assertThat(m.town(OCT, A, "petitions_livelihood").<Double>getAs("yoy_value")).isEqualTo(3.0);
    assertThat(m.city(OCT, "petitions_livelihood").<Double>getAs("yoy_value")).isEqualTo(3.0);
    assertThat(a.<Double>getAs("yoy_value")).isNull();
    // Ranks: completion A 0.6 before B 0.5; mean days (lower is better) A 4.67 before B 10;
    // volumes are not ranked; villages of A: A1 1.0, A3 0.5, A2 0.0.
    assertThat(a.<Integer>getAs("rank")).isEqualTo(1);
    assertThat(a.<Integer>getAs("ranked")).isEqualTo(2);
    assertThat(m.town(OCT, B, "proxy_completion_rate").<Integer>getAs("rank")).isEqualTo(2);
    assertThat(m.town(OCT, A, "proxy_avg_days").<Integer>getAs("rank")).isEqualTo(1);
    assertThat(m.town(OCT, B, "proxy_avg_days").<Integer>getAs("rank")).isEqualTo(2);
    assertThat(m.town(OCT, A, "proxy_accepted").<Integer>getAs("rank")).isNull();
    assertThat(m.city(OCT, "proxy_completion_rate").<Integer>getAs("rank")).isNull();
    assertThat(m.village(OCT, A, A1, "proxy_completion_rate").<Integer>getAs("rank")).isEqualTo(1);
    assertThat(m.village(OCT, A, A3, "proxy_completion_rate").<Integer>getAs("rank")).isEqualTo(2);
    assertThat(m.village(OCT, A, A2, "proxy_completion_rate").<Integer>getAs("rank")).isEqualTo(3);
    // Villages with an empty denominator are not ranked: A2's on-time rate is 0 / 0.
    assertThat(m.village(OCT, A, A2, "proxy_on_time_rate").<Integer>getAs("rank")).isNull();
    assertThat(m.village(OCT, A, A1, "proxy_on_time_rate").<Integer>getAs("ranked")).isEqualTo(2);
  }

  @Test
  void statusAgainstTheYearsTarget() {
    // 2026 targets: completion 0.98 (warning 0.95); on time 0.95 (0.9); breaches 0 (warning 2).
    Row a = m.town(OCT, A, "proxy_completion_rate");
    assertThat(a.<Double>getAs("target")).isEqualTo(0.98);
    assertThat(a.<Double>getAs("warning_at")).isEqualTo(0.95);
    assertThat(a.<String>getAs("status")).isEqualTo("未达标");
    assertThat(m.town(OCT, B, "proxy_on_time_rate").<String>getAs("status")).isEqualTo("达标");
    assertThat(m.town(OCT, A, "voucher_control_breaches").<String>getAs("status")).isEqualTo("预警");
    assertThat(m.town(OCT, B, "voucher_control_breaches").<String>getAs("status")).isEqualTo("达标");
    // Petitions' year-on-year: target −0.3, warning −0.1; A −0.333 is 达标.
    assertThat(m.town(OCT, A, "petitions_livelihood_yoy").<String>getAs("status")).isEqualTo("达标");
    // No value, no status; no target, no status.
    assertThat(m.town(OCT, B, "suggestion_adoption_rate").<String>getAs("status")).isNull();
    assertThat(m.town(OCT, A, "proxy_accepted").<String>getAs("status")).isNull();
  }

  private static void city(String metric, Double num, Double den, Double value) {
    assertFigure(m.city(OCT, metric), "city " + metric, num, den, value);
  }

  private static void town(String town, String metric, Double num, Double den, Double value) {
    assertFigure(m.town(OCT, town, metric), town + " " + metric, num, den, value);
  }

  private static void village(
      String town, String village, String metric, Double num, Double den, Double value) {
    assertFigure(m.village(OCT, town, village, metric), village + " " + metric, num, den, value);
  }
}
