package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.B;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.C;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The rankings and demonstration tables of the metrics run over {@link StandardFixture}: 达标项数 and
 * 综合排名 agree with the stored statuses and ranks, a town that sent nothing has a row without a rank
 * and keeps its year to date, and the year-to-date status of a count holds it against its monthly
 * target once per month.
 */
@ExtendWith(SharedSpark.class)
class StandingsTest {
  private static final String OCT = "2026-10";
  private static MetricRows m;
  private static List<Row> rankings;
  private static List<Row> demonstration;

  @BeforeAll
  static void compute(SparkSession spark) {
    StandardFixture.Computed fx = StandardFixture.computed();
    m = new MetricRows(fx.warehouse());
    rankings = fx.warehouse().read(TableCatalog.RANKINGS).collectAsList();
    demonstration = fx.warehouse().read(TableCatalog.DEMONSTRATION).collectAsList();
  }

  @Test
  void everyTownHasARowEveryMonthAndTheSilentTownIsNotRanked() {
    Row c = town(OCT, C);
    assertThat(c).as("C sent nothing but has its row").isNotNull();
    assertThat(c.<Integer>getAs("composite_rank")).isNull();
    assertThat(c.<Integer>getAs("met_count")).isNull();
    assertThat(rankings)
        .as("August: nobody delivered, no figures, no ranking")
        .noneMatch(r -> "2026-08".equals(r.getAs("period")));
    assertThat(town(OCT, A).<Integer>getAs("places_ranked")).isEqualTo(2);
  }

  @Test
  void metCountAndCompositeRankFollowTheStoredStatusesAndRanks() {
    Map<String, double[]> standing = new HashMap<>();
    for (String town : List.of(A, B)) {
      int met = 0;
      double ranks = 0;
      int ranked = 0;
      for (String code : MetricCatalog.KEY_FIGURES) {
        Row f = m.town(OCT, town, code);
        if (f == null) {
          continue;
        }
        if (TargetStatus.MET.label().equals(f.getAs("status"))) {
          met++;
        }
        if (f.getAs("rank") != null) {
          ranks += f.<Integer>getAs("rank");
          ranked++;
        }
      }
      Row r = town(OCT, town);
      assertThat(r.<Integer>getAs("met_count")).as(town).isEqualTo(met);
      assertThat(r.<Integer>getAs("figures_ranked")).as(town).isEqualTo(ranked);
      assertThat(r.<Double>getAs("mean_rank")).as(town).isCloseTo(ranks / ranked, within(1e-12));
      standing.put(town, new double[] {met, ranks / ranked});
    }
    double[] a = standing.get(A);
    double[] b = standing.get(B);
    boolean aFirst = a[0] > b[0] || (a[0] == b[0] && a[1] < b[1]);
    assertThat(town(OCT, A).<Integer>getAs("composite_rank")).isEqualTo(aFirst ? 1 : 2);
    assertThat(town(OCT, B).<Integer>getAs("composite_rank")).isEqualTo(aFirst ? 2 : 1);
  }

  @Test
  void theRankOfLastMonthAndItsChangeComeFromTheMonthBefore() {
    for (String town : List.of(A, B)) {
      Row now = town(OCT, town);
      Row before = town("2026-09", town);
      assertThat(now.<Integer>getAs("prev_composite_rank"))
          .isEqualTo(before.<Integer>getAs("composite_rank"));
      if (before.getAs("composite_rank") != null) {
        assertThat(now.<Integer>getAs("rank_change"))
            .isEqualTo(
                before.<Integer>getAs("composite_rank") - now.<Integer>getAs("composite_rank"));
      }
    }
  }

  @Test
  void aTownThatSentNothingThisMonthKeepsItsYearToDateOfItsLatestMonth() {
    for (String town : List.of(A, B, C)) {
      Row r = town(OCT, town);
      String through = r.getAs("ytd_through");
      String latest =
          m.all().stream()
              .filter(x -> "town".equals(x.getAs("scope")) && town.equals(x.getAs("town_code")))
              .map(x -> x.<String>getAs("period"))
              .filter(p -> p.startsWith("2026") && p.compareTo(OCT) <= 0)
              .max(String::compareTo)
              .orElse(null);
      assertThat(through).as(town).isEqualTo(latest);
    }
  }

  @Test
  void aCountsYearToDateIsHeldAgainstItsMonthlyTargetOncePerMonth() {
    // 2026: 违规入账 target 0 a month, warning at 2. A's months of 2026 with the figure add up.
    Row a = m.town(OCT, A, "voucher_control_breaches");
    double ytd = a.<Double>getAs("ytd_value");
    long months =
        m.all().stream()
            .filter(
                x ->
                    "town".equals(x.getAs("scope"))
                        && A.equals(x.getAs("town_code"))
                        && "voucher_control_breaches".equals(x.getAs("metric"))
                        && x.<String>getAs("period").startsWith("2026"))
            .count();
    String expected = ytd <= 0 ? "达标" : ytd <= 2.0 * months ? "预警" : "未达标";
    assertThat(a.<String>getAs("ytd_status")).isEqualTo(expected);
    assertThat(ytd).isPositive();
  }

  @Test
  void theVillageGroupsSumTheirVillagesForTheMonthAndTheYear() {
    // no village of the fixture is a demonstration village: the others are all of them
    assertThat(demonstration).noneMatch(r -> Boolean.TRUE.equals(r.getAs("demonstration")));
    Row rest = group(OCT, "proxy_accepted", false);
    Row city = m.city(OCT, "proxy_accepted");
    assertThat(rest.<Double>getAs("value")).isCloseTo(city.<Double>getAs("value"), within(1e-9));
    assertThat(rest.<Double>getAs("ytd_value"))
        .isCloseTo(city.<Double>getAs("ytd_value"), within(1e-9));
    Row rate = group(OCT, "proxy_completion_rate", false);
    Row cityRate = m.city(OCT, "proxy_completion_rate");
    assertThat(rate.<Double>getAs("ytd_numerator"))
        .isCloseTo(cityRate.<Double>getAs("ytd_numerator"), within(1e-9));
    assertThat(rate.<Double>getAs("ytd_denominator"))
        .isCloseTo(cityRate.<Double>getAs("ytd_denominator"), within(1e-9));
  }

  private static Row town(String period, String town) {
    return rankings.stream()
        .filter(
            r ->
                period.equals(r.getAs("period"))
                    && "town".equals(r.getAs("scope"))
                    && town.equals(r.getAs("town_code")))
        .findFirst()
        .orElse(null);
  }

  private static Row group(String period, String metric, boolean demo) {
    return demonstration.stream()
        .filter(
            r ->
                period.equals(r.getAs("period"))
                    && metric.equals(r.getAs("metric"))
                    && Objects.equals(demo, r.getAs("demonstration")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + metric + " group " + demo + " " + period));
  }
}
