package cn.zoucheng.warehouse.reports;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated sentences from hand-made figures, each expected sentence written out by hand. */
class ProseTest {
  static final YearMonth OCT = YearMonth.of(2026, 10);

  static Fig fig(
      String metric, Double value, Double prev, Double yoy, Double target, String status) {
    return new Fig(
        "2026-10", "city", "", "", metric, null, null, value, prev, yoy, null, null, null, null,
        null, target, null, status, null, 16, "run");
  }

  @Test
  void theProxySentenceSaysCountsRateAndItsChangesInPercentagePoints() {
    Map<String, Fig> figs = new HashMap<>();
    figs.put("proxy_accepted", fig("proxy_accepted", 2513.0, 2400.0, null, null, null));
    figs.put("proxy_closed", fig("proxy_closed", 2481.0, null, null, null, null));
    // 2481 / 2513 = 0.98727 -> 98.7%; last month 98.4% -> +0.3; last year 99.9% -> -1.2
    figs.put(
        "proxy_completion_rate",
        fig("proxy_completion_rate", 2481.0 / 2513, 0.984, 0.999, 0.98, "达标"));
    figs.put(
        "proxy_satisfaction_rate", fig("proxy_satisfaction_rate", 0.97, null, null, null, null));
    String s =
        Prose.activity(Activity.PROXY, "全市", code -> Optional.ofNullable(figs.get(code)), false);
    assertThat(s)
        .isEqualTo("民生代办方面，全市受理2,513件，办结2,481件，办结率98.7%，" + "环比上升0.3个百分点，同比下降1.2个百分点，满意率97.0%。");
  }

  @Test
  void aPetitionReductionIsSaidAsADecreaseInPercent() {
    Map<String, Fig> figs =
        Map.of(
            "petitions_livelihood", fig("petitions_livelihood", 45.0, null, null, null, null),
            "petitions_livelihood_yoy",
                fig("petitions_livelihood_yoy", -0.346, null, null, -0.3, "达标"));
    assertThat(
            Prose.activity(
                Activity.PETITIONS, "全市", code -> Optional.ofNullable(figs.get(code)), false))
        .isEqualTo("信访与矛盾调处方面，全市民生类信访45件，同比下降34.6%。");
  }

  @Test
  void aTownThatSentNothingIsNamedAndFiguresWithoutValueAreLeftOut() {
    assertThat(Prose.activity(Activity.PROXY, "看庄镇", code -> Optional.empty(), true))
        .isEqualTo("民生代办方面，看庄镇本月未报送数据。");
    Map<String, Fig> figs =
        Map.of(
            "meetings_held", fig("meetings_held", 0.0, 3.0, null, null, null),
            "meeting_village_coverage",
                fig("meeting_village_coverage", null, 0.5, null, 0.95, null));
    assertThat(
            Prose.activity(
                Activity.CONSULTATION, "凫山街道", code -> Optional.ofNullable(figs.get(code)), false))
        .isEqualTo("阳光议事方面，凫山街道召开议事会0次。");
  }

  @Test
  void theBestIsTheHighestRateButTheFewestBreaches() {
    List<Area.Place> towns =
        List.of(
            new Area.Place("1", "钢山街道"), new Area.Place("2", "千泉街道"), new Area.Place("3", "看庄镇"));
    Map<String, Double> rate = Map.of("1", 0.995, "2", 0.931);
    assertThat(
            Prose.extremes(
                Activity.metric("proxy_completion_rate"),
                "镇街",
                towns,
                u ->
                    Optional.ofNullable(rate.get(u.code()))
                        .map(v -> fig("proxy_completion_rate", v, null, null, null, null))))
        .contains("各镇街中，办结率最高的是钢山街道（99.5%），最低的是千泉街道（93.1%）。");
    Map<String, Double> breaches = Map.of("1", 3.0, "2", 0.0, "3", 1.0);
    assertThat(
            Prose.extremes(
                Activity.metric("voucher_control_breaches"),
                "镇街",
                towns,
                u ->
                    Optional.of(
                        fig(
                            "voucher_control_breaches",
                            breaches.get(u.code()),
                            null,
                            null,
                            null,
                            null))))
        .contains("各镇街中，违规入账最少的是千泉街道（0笔），最多的是钢山街道（3笔）。");
  }

  @Test
  void theTargetSentenceCountsAndNamesTheMetricsNotMet() {
    List<Fig> figs =
        List.of(
            fig("proxy_completion_rate", 0.99, null, null, 0.98, "达标"),
            fig("proxy_on_time_rate", 0.91, null, null, 0.95, "预警"),
            fig("voucher_five_sign_rate", 0.9, null, null, 1.0, "未达标"),
            fig("suggestion_adoption_rate", 0.4, null, null, 0.6, "未达标"),
            fig("proxy_accepted", 2513.0, null, null, null, null));
    assertThat(Prose.targets("全市", OCT, figs, false))
        .contains("对照2026年度目标，全市本月4项有目标的指标中，1项达标，1项预警（按期办结率），" + "2项未达标（五人会签率、采纳率）。");
    assertThat(Prose.targets("全市", OCT, List.of(figs.get(4)), false)).isEmpty();
  }
}
