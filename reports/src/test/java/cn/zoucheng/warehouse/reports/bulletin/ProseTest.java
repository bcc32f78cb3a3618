package cn.zoucheng.warehouse.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.reports.warehouse.Figure;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Generated sentences from hand-made figures, each expected sentence written out by hand. */
class ProseTest {
  static final YearMonth OCT = YearMonth.of(2026, 10);

  static Figure fig(
      String metric, Double value, Double prev, Double yoy, Double target, String status) {
    return figure(metric, null, null, value, prev, yoy, target, status, null);
  }

  static Figure figure(
      String metric,
      Double numerator,
      Double denominator,
      Double value,
      Double prev,
      Double yoy,
      Double target,
      String status,
      Integer rank) {
    return new Figure(
        "2026-10",
        "city",
        "",
        "",
        metric,
        numerator,
        denominator,
        value,
        prev,
        yoy,
        null,
        null,
        null,
        rank,
        null,
        target,
        null,
        status,
        null);
  }

  static Figure ranked(String metric, double value, int rank) {
    return figure(metric, null, null, value, null, null, null, null, rank);
  }

  @Test
  void theProxySentenceSaysCountsRateAndItsChangesInPercentagePoints() {
    Map<String, Figure> figs = new HashMap<>();
    figs.put("proxy_accepted", fig("proxy_accepted", 2513.0, 2400.0, null, null, null));
    figs.put("proxy_closed", fig("proxy_closed", 2481.0, null, null, null, null));
    // 2481 / 2513 = 0.98727 -> 98.7%; last month 98.4% -> +0.3; last year 99.9% -> -1.2
    figs.put(
        "proxy_completion_rate",
        fig("proxy_completion_rate", 2481.0 / 2513, 0.984, 0.999, 0.98, "达标"));
    figs.put(
        "proxy_satisfaction_rate", fig("proxy_satisfaction_rate", 0.97, null, null, null, null));
    assertThat(Prose.activity(Activity.PROXY, "全市", code -> Optional.ofNullable(figs.get(code))))
        .contains("全市受理2,513件，办结2,481件，办结率98.7%，环比上升0.3个百分点，同比下降1.2个百分点，满意率97.0%。");
  }

  @Test
  void petitionsAreComparedInCasesAndInPercentOnlyOnALargeEnoughBase() {
    Map<String, Figure> figs =
        Map.of("petitions_livelihood", fig("petitions_livelihood", 34.0, null, 52.0, null, null));
    assertThat(
            Prose.activity(Activity.PETITIONS, "全市", code -> Optional.ofNullable(figs.get(code))))
        .contains("全市民生类信访34件，比去年同期减少18件（下降34.6%）。");
    Map<String, Figure> small =
        Map.of("petitions_livelihood", fig("petitions_livelihood", 5.0, null, 2.0, null, null));
    assertThat(
            Prose.activity(Activity.PETITIONS, "张庄镇", code -> Optional.ofNullable(small.get(code))))
        .contains("张庄镇民生类信访5件，比去年同期增加3件。");
  }

  @Test
  void theAdoptionRateStatesItsBasis() {
    // 120 collected, 14 pending: 62 adopted of 106 = 58.5%
    Map<String, Figure> figs =
        Map.of(
            "suggestions_collected", fig("suggestions_collected", 120.0, null, null, null, null),
            "suggestions_adopted", fig("suggestions_adopted", 62.0, null, null, null, null),
            "suggestion_adoption_rate",
                figure(
                    "suggestion_adoption_rate",
                    62.0,
                    106.0,
                    62.0 / 106,
                    null,
                    null,
                    0.6,
                    "未达标",
                    null));
    assertThat(
            Prose.activity(
                Activity.CONSULTATION, "全市", code -> Optional.ofNullable(figs.get(code))))
        .contains("全市收集意见建议120条，采纳62条，采纳率58.5%（扣除待定14条）。");
  }

  @Test
  void figuresWithoutValueAreLeftOutAndNoFigureGivesNoSentence() {
    assertThat(Prose.activity(Activity.PROXY, "看庄镇", code -> Optional.empty())).isEmpty();
    Map<String, Figure> figs =
        Map.of(
            "meetings_held", fig("meetings_held", 0.0, 3.0, null, null, null),
            "meeting_village_coverage",
                fig("meeting_village_coverage", null, 0.5, null, 0.95, null));
    assertThat(
            Prose.activity(
                Activity.CONSULTATION, "凫山街道", code -> Optional.ofNullable(figs.get(code))))
        .contains("凫山街道召开议事会0次。");
  }

  @Test
  void theEndsOfARankingAreThePlacesOfTheStoredRanksWithTheirTies() {
    List<Area.Place> towns =
        List.of(
            new Area.Place("1", "钢山街道"),
            new Area.Place("2", "千泉街道"),
            new Area.Place("3", "看庄镇"),
            new Area.Place("4", "香城镇"),
            new Area.Place("5", "太平镇"),
            new Area.Place("6", "城前镇"));
    Map<String, Figure> rate =
        Map.of(
            "1", ranked("proxy_completion_rate", 0.995, 1),
            "2", ranked("proxy_completion_rate", 0.931, 2));
    assertThat(
            Prose.extremes(
                Activity.metric("proxy_completion_rate"),
                "镇街",
                towns,
                u -> Optional.ofNullable(rate.get(u.code()))))
        .contains("各镇街中，办结率最高的是钢山街道（99.5%），最低的是千泉街道（93.1%）。");
    // four towns share the best rate: named as a tie, the first by code, and counted
    Map<String, Figure> ties =
        Map.of(
            "1", ranked("proxy_completion_rate", 1.0, 1),
            "3", ranked("proxy_completion_rate", 1.0, 1),
            "4", ranked("proxy_completion_rate", 1.0, 1),
            "5", ranked("proxy_completion_rate", 1.0, 1),
            "6", ranked("proxy_completion_rate", 0.9, 5));
    assertThat(
            Prose.extremes(
                Activity.metric("proxy_completion_rate"),
                "镇街",
                towns,
                u -> Optional.ofNullable(ties.get(u.code()))))
        .contains("各镇街中，办结率钢山街道等4个镇街并列最高（100.0%），最低的是城前镇（90.0%）。");
    // the fewest breaches are the best; three towns at 0 are named one by one
    Map<String, Figure> breaches =
        Map.of(
            "1", ranked("voucher_control_breaches", 0, 1),
            "2", ranked("voucher_control_breaches", 0, 1),
            "3", ranked("voucher_control_breaches", 0, 1),
            "4", ranked("voucher_control_breaches", 3, 4));
    assertThat(
            Prose.extremes(
                Activity.metric("voucher_control_breaches"),
                "镇街",
                towns,
                u -> Optional.ofNullable(breaches.get(u.code()))))
        .contains("各镇街中，违规入账钢山街道、千泉街道、看庄镇并列最少（0笔），最多的是香城镇（3笔）。");
  }

  @Test
  void theTargetSentenceCountsAndNamesTheMetricsNotMet() {
    List<Figure> figs =
        List.of(
            fig("proxy_completion_rate", 0.99, null, null, 0.98, "达标"),
            fig("proxy_on_time_rate", 0.91, null, null, 0.95, "预警"),
            fig("voucher_five_sign_rate", 0.9, null, null, 1.0, "未达标"),
            fig("suggestion_adoption_rate", 0.4, null, null, 0.6, "未达标"),
            fig("proxy_accepted", 2513.0, null, null, null, null));
    assertThat(Headline.targets("全市本月", OCT, figs, false))
        .contains("对照2026年度目标，全市本月4项有目标的指标中，1项达标，1项预警（按期办结率），2项未达标（五人会签率、采纳率）。");
    assertThat(Headline.targets("全市本月", OCT, List.of(figs.get(4)), false)).isEmpty();
  }
}
