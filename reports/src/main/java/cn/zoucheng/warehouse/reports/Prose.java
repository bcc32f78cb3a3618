package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricDirection;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The bulletins' generated Chinese prose: each sentence made from the stored figures, with the
 * unit's measure word, 环比/同比 in 个百分点 for rates, and 上升/下降/持平.
 */
public final class Prose {
  private Prose() {}

  /** A part of a sentence: a lead word, the metric, and whether 环比/同比 follow. */
  record Clause(String lead, String metric, boolean compare) {}

  /** The sentence of each activity, clause by clause. */
  static final Map<Activity, List<Clause>> CLAUSES =
      Map.of(
          Activity.PROXY,
          List.of(
              new Clause("受理", "proxy_accepted", false),
              new Clause("办结", "proxy_closed", false),
              new Clause("办结率", "proxy_completion_rate", true),
              new Clause("满意率", "proxy_satisfaction_rate", false)),
          Activity.SUPERVISION,
          List.of(
              new Clause("审理支出单据", "vouchers_reviewed", false),
              new Clause("拒审", "vouchers_rejected", false),
              new Clause("拒审金额", "vouchers_rejected_amount", false),
              new Clause("五人会签率", "voucher_five_sign_rate", true),
              new Clause("违规入账", "voucher_control_breaches", false),
              new Clause("村务公开完整率", "disclosure_completeness", false)),
          Activity.CONSULTATION,
          List.of(
              new Clause("召开议事会", "meetings_held", false),
              new Clause("议事覆盖率", "meeting_village_coverage", true),
              new Clause("收集意见建议", "suggestions_collected", false),
              new Clause("采纳", "suggestions_adopted", false),
              new Clause("采纳率", "suggestion_adoption_rate", false)),
          Activity.DEMOCRATIC_MANAGEMENT,
          List.of(
              new Clause("民主管理日召开率", "dm_village_coverage", false),
              new Clause("村干部测评满意率", "dm_approval_rate", false),
              new Clause("不称职票超三分之一的村干部", "dm_cadres_flagged", false)),
          Activity.PETITIONS,
          List.of(
              new Clause("受理矛盾纠纷", "disputes_registered", false),
              new Clause("调处成功率", "dispute_resolution_rate", true),
              new Clause("民生类信访", "petitions_livelihood", false),
              new Clause("同比", "petitions_livelihood_yoy", false)));

  /**
   * One activity's sentence for an area, e.g. 民生代办方面，全市受理2,513件，办结2,481件，办结率98.7%，
   * 环比上升0.3个百分点，同比下降1.2个百分点，满意率97.0%。 Figures without a value (a zero denominator) are left out; a
   * record type the area did not deliver is said so.
   */
  static String activity(
      Activity a, String areaName, Function<String, Optional<Fig>> figs, boolean unreported) {
    String head = a.title() + "方面，" + areaName;
    if (unreported) {
      return head + "本月未报送数据。";
    }
    List<String> parts = new ArrayList<>();
    for (Clause c : CLAUSES.get(a)) {
      Metric m = Activity.metric(c.metric());
      Optional<Fig> f = figs.apply(c.metric());
      if (f.isEmpty() || f.get().value() == null) {
        continue;
      }
      StringBuilder s = new StringBuilder(c.lead()).append(Formats.value(m, f.get().value()));
      if (c.compare()) {
        comparisons(m, f.get()).forEach(x -> s.append('，').append(x));
      }
      parts.add(s.toString());
    }
    if (parts.isEmpty()) {
      return head + "本月无相关记录。";
    }
    return head + String.join("，", parts) + "。";
  }

  /** 环比上升0.3个百分点 and 同比下降1.2个百分点, where the earlier figures exist. */
  static List<String> comparisons(Metric m, Fig f) {
    List<String> out = new ArrayList<>();
    if (f.value() != null && f.prevValue() != null) {
      out.add("环比" + Formats.change(m, f.value(), f.prevValue()));
    }
    if (f.value() != null && f.yoyValue() != null) {
      out.add("同比" + Formats.change(m, f.value(), f.yoyValue()));
    }
    return out;
  }

  /**
   * The best and the worst place of a metric: 各镇街中，办结率最高的是钢山街道（99.5%），最低的是看庄镇 （93.1%）。 Best means
   * highest for a metric where higher is better, fewest for bad events.
   */
  static Optional<String> extremes(
      Metric m,
      String placeLabel,
      List<Area.Place> units,
      Function<Area.Place, Optional<Fig>> figs) {
    record V(Area.Place place, double value) {}
    List<V> vs = new ArrayList<>();
    for (Area.Place u : units) {
      figs.apply(u).map(Fig::value).ifPresent(v -> vs.add(new V(u, v)));
    }
    if (vs.size() < 2) {
      return Optional.empty();
    }
    vs.sort(Comparator.comparingDouble(V::value).thenComparing(v -> v.place().code()));
    V low = vs.get(0);
    V high = vs.get(vs.size() - 1);
    if (Formats.bare(m, low.value()).equals(Formats.bare(m, high.value()))) {
      return Optional.of(
          "各" + placeLabel + m.label() + "均为" + Formats.value(m, high.value()) + "。");
    }
    boolean lowerIsBetter = m.direction() == MetricDirection.LOWER;
    String word = lowerIsBetter ? "最少" : "最高";
    String other = lowerIsBetter ? "最多" : "最低";
    V best = lowerIsBetter ? low : high;
    V worst = lowerIsBetter ? high : low;
    return Optional.of(
        "各"
            + placeLabel
            + "中，"
            + m.label()
            + word
            + "的是"
            + best.place().name()
            + "（"
            + Formats.value(m, best.value())
            + "），"
            + other
            + "的是"
            + worst.place().name()
            + "（"
            + Formats.value(m, worst.value())
            + "）。");
  }

  /**
   * How the area stands against the year's targets this month: 对照2026年度目标，全市19项有目标的
   * 指标中，12项达标，4项预警，3项未达标（按期办结率、五人会签率、采纳率）。
   */
  static Optional<String> targets(
      String areaName, YearMonth month, List<Fig> figs, boolean yearToDate) {
    int met = 0;
    int warn = 0;
    List<String> missed = new ArrayList<>();
    List<String> warned = new ArrayList<>();
    int withTarget = 0;
    for (Fig f : figs) {
      Optional<TargetStatus> status = TargetStatus.ofLabel(yearToDate ? f.ytdStatus() : f.status());
      if (f.target() == null || status.isEmpty()) {
        continue;
      }
      withTarget++;
      String label = Activity.metric(f.metric()).columnLabel();
      switch (status.get()) {
        case MET -> met++;
        case WARNING -> {
          warn++;
          warned.add(label);
        }
        case MISSED -> missed.add(label);
      }
    }
    if (withTarget == 0) {
      return Optional.empty();
    }
    StringBuilder s =
        new StringBuilder("对照")
            .append(month.getYear())
            .append("年度目标，")
            .append(areaName)
            .append(yearToDate ? "年累计" : "本月")
            .append(withTarget)
            .append("项有目标的指标中，")
            .append(met)
            .append("项达标");
    s.append("，").append(warn).append("项预警");
    if (!warned.isEmpty()) {
      s.append("（").append(String.join("、", warned)).append("）");
    }
    s.append("，").append(missed.size()).append("项未达标");
    if (!missed.isEmpty()) {
      s.append("（").append(String.join("、", missed)).append("）");
    }
    return Optional.of(s.append("。").toString());
  }

  /** 2026年10月 */
  static String month(YearMonth m) {
    return m.getYear() + "年" + m.getMonthValue() + "月";
  }
}
