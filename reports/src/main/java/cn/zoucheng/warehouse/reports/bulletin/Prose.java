package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricDirection;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The generated sentences of the activity sections, each made from stored figures: counts change by
 * 增加/减少 N件, rates by 上升/下降 N个百分点, the petitions' year on year in cases (its percentage only on a
 * base of {@value Wording#MIN_BASE_FOR_PERCENT} or more), the adoption rate with its basis, and the
 * places at either end of a ranking with their ties.
 */
final class Prose {
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
              new Clause("按期办结率", "proxy_on_time_rate", false),
              new Clause("平均办理", "proxy_avg_days", false),
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
              new Clause("民生类信访", "petitions_livelihood", false)));

  /**
   * The figures of an activity in one sentence, e.g. 全市受理2,513件，办结2,481件，办结率98.7%，环比上升 0.3个百分点。
   * Figures without a value are left out; empty when there is none.
   */
  static Optional<String> activity(
      Activity a, String areaName, Function<String, Optional<Figure>> figs) {
    List<String> parts = new ArrayList<>();
    for (Clause c : CLAUSES.get(a)) {
      Metric m = Activity.metric(c.metric());
      Optional<Figure> f = figs.apply(c.metric());
      if (f.isEmpty() || f.get().value() == null) {
        continue;
      }
      StringBuilder s = new StringBuilder(c.lead()).append(Formats.value(m, f.get().value()));
      if (c.compare()) {
        comparisons(m, f.get()).forEach(x -> s.append('，').append(x));
      }
      if (c.metric().equals("petitions_livelihood")) {
        yearOnYearInCases(m, f.get()).ifPresent(x -> s.append('，').append(x));
      }
      if (c.metric().equals("suggestion_adoption_rate")) {
        adoptionBasis(f.get(), figs.apply("suggestions_collected")).ifPresent(s::append);
      }
      parts.add(s.toString());
    }
    return parts.isEmpty()
        ? Optional.empty()
        : Optional.of(areaName + String.join("，", parts) + "。");
  }

  /** 环比上升0.3个百分点 and 同比下降1.2个百分点, where the earlier figures exist. */
  static List<String> comparisons(Metric m, Figure f) {
    List<String> out = new ArrayList<>();
    if (f.value() != null && f.prevValue() != null) {
      out.add("环比" + Formats.change(m, f.value(), f.prevValue()));
    }
    if (f.value() != null && f.yoyValue() != null) {
      out.add("同比" + Formats.change(m, f.value(), f.yoyValue()));
    }
    return out;
  }

  /** 比去年同期减少5件, with 下降29.4% only where last year's count is not a tiny base. */
  static Optional<String> yearOnYearInCases(Metric m, Figure f) {
    if (f.value() == null || f.yoyValue() == null) {
      return Optional.empty();
    }
    String change = Formats.change(m, f.value(), f.yoyValue());
    if (change.equals("持平")) {
      return Optional.of("与去年同期持平");
    }
    String percent =
        f.yoyValue() >= Wording.MIN_BASE_FOR_PERCENT
            ? "（" + Formats.ratio((f.value() - f.yoyValue()) / f.yoyValue()) + "）"
            : "";
    return Optional.of("比去年同期" + change + percent);
  }

  /** （扣除待定14条）: the suggestions still pending, left out of the rate's denominator. */
  static Optional<String> adoptionBasis(Figure rate, Optional<Figure> collected) {
    if (rate.denominator() == null || collected.isEmpty() || collected.get().value() == null) {
      return Optional.empty();
    }
    double pending = collected.get().value() - rate.denominator();
    return pending > 0
        ? Optional.of("（扣除待定" + Formats.grouped(pending, 0) + "条）")
        : Optional.empty();
  }

  /** A place with its stored rank and value. */
  private record Ranked(Area.Place place, int rank, double value) {}

  /**
   * The places at either end of a metric's ranking, by the stored ranks: 各镇街中，办结率最高的是钢山街道
   * （99.5%），最低的是看庄镇（93.1%）。 Ties are named: 香城镇等7个镇街并列最高（100.0%）. Empty with fewer than two ranked
   * places; one sentence when all are equal.
   */
  static Optional<String> extremes(
      Metric m,
      String placeLabel,
      List<Area.Place> places,
      Function<Area.Place, Optional<Figure>> figs) {
    List<Ranked> ranked = new ArrayList<>();
    for (Area.Place p : places) {
      figs.apply(p)
          .filter(f -> f.rank() != null && f.value() != null)
          .ifPresent(f -> ranked.add(new Ranked(p, f.rank(), f.value())));
    }
    if (ranked.size() < 2) {
      return Optional.empty();
    }
    ranked.sort(Comparator.comparingInt(Ranked::rank).thenComparing(r -> r.place().code()));
    int last = ranked.get(ranked.size() - 1).rank();
    if (last == 1) {
      return Optional.of(
          "各" + placeLabel + m.label() + "均为" + Formats.value(m, ranked.get(0).value()) + "。");
    }
    boolean lower = m.direction() == MetricDirection.LOWER;
    return Optional.of(
        "各"
            + placeLabel
            + "中，"
            + m.label()
            + end(ranked, 1, placeLabel, lower ? "最少" : "最高", m)
            + "，"
            + end(ranked, last, placeLabel, lower ? "最多" : "最低", m)
            + "。");
  }

  /** 最高的是钢山街道（99.5%）, or 香城镇等7个镇街并列最高（100.0%）. */
  private static String end(List<Ranked> ranked, int rank, String label, String word, Metric m) {
    List<Ranked> at = ranked.stream().filter(r -> r.rank() == rank).toList();
    String value = "（" + Formats.value(m, at.get(0).value()) + "）";
    List<String> names = at.stream().map(r -> r.place().name()).toList();
    return at.size() == 1
        ? word + "的是" + names.get(0) + value
        : Wording.tie(names, label) + word + value;
  }
}
