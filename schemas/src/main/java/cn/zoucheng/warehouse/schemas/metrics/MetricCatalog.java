package cn.zoucheng.warehouse.schemas.metrics;

import static cn.zoucheng.warehouse.schemas.metrics.MetricDirection.HIGHER;
import static cn.zoucheng.warehouse.schemas.metrics.MetricDirection.LOWER;
import static cn.zoucheng.warehouse.schemas.metrics.MetricDirection.NEUTRAL;
import static cn.zoucheng.warehouse.schemas.metrics.MetricUnit.COUNT;
import static cn.zoucheng.warehouse.schemas.metrics.MetricUnit.DAYS;
import static cn.zoucheng.warehouse.schemas.metrics.MetricUnit.RATE;
import static cn.zoucheng.warehouse.schemas.metrics.MetricUnit.RATIO;
import static cn.zoucheng.warehouse.schemas.metrics.MetricUnit.YUAN;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every metric of {@code METRICS.md}, in its order: the one place metric metadata lives.
 *
 * <pre>{@code
 * Metric m = MetricCatalog.byCode("proxy_completion_rate").orElseThrow();
 * m.label();      // 办结率
 * m.direction();  // HIGHER
 * }</pre>
 */
public final class MetricCatalog {
  private MetricCatalog() {}

  private static final String PROXY = "proxy_cases";
  private static final String VOUCHERS = "expense_vouchers";
  private static final String MEETINGS = "deliberations";
  private static final String DISPUTES = "disputes";
  private static final String SUGGESTIONS = "suggestions";
  private static final String REVIEWS = "democratic_reviews";
  private static final String PETITIONS = "petitions";
  private static final String DISCLOSURES = "disclosures";

  /** All metrics, in the order of {@code METRICS.md}. */
  public static final List<Metric> ALL =
      List.of(
          m(
              "proxy_accepted",
              "受理量",
              COUNT,
              NEUTRAL,
              PROXY,
              "cases accepted in the month, status not 不予受理 (the cohort)"),
          m(
              "proxy_closed",
              "办结量",
              COUNT,
              NEUTRAL,
              PROXY,
              "cohort cases with status 已办结 and a closed_on"),
          m("proxy_completion_rate", "办结率", RATE, HIGHER, PROXY, "proxy_closed / proxy_accepted"),
          m(
              "proxy_on_time_rate",
              "按期办结率",
              RATE,
              HIGHER,
              PROXY,
              "closed cases with closed_on <= promised_on / proxy_closed"),
          m(
              "proxy_avg_days",
              "平均办理天数",
              DAYS,
              LOWER,
              PROXY,
              "sum of closed_on - accepted_on in days / proxy_closed"),
          m(
              "proxy_office_day_share",
              "集中办公日受理占比",
              RATE,
              HIGHER,
              PROXY,
              "cohort cases accepted on a Tuesday or Thursday / cohort"),
          m(
              "proxy_satisfaction_rate",
              "满意率",
              RATE,
              HIGHER,
              PROXY,
              "cohort cases with satisfaction >= 4 / cohort cases with a satisfaction"),
          m(
              "vouchers_reviewed",
              "审理笔数",
              COUNT,
              NEUTRAL,
              VOUCHERS,
              "vouchers with reviewed_on in the month (the cohort)"),
          m(
              "vouchers_rejected",
              "拒审笔数",
              COUNT,
              LOWER,
              VOUCHERS,
              "cohort vouchers with review_result 拒审"),
          m(
              "vouchers_rejected_amount",
              "拒审金额",
              YUAN,
              LOWER,
              VOUCHERS,
              "sum of amount of the rejected cohort vouchers"),
          m(
              "voucher_rejection_rate",
              "拒审率",
              RATE,
              LOWER,
              VOUCHERS,
              "vouchers_rejected / vouchers_reviewed"),
          m(
              "voucher_review_window_rate",
              "按期审理率",
              RATE,
              HIGHER,
              VOUCHERS,
              "cohort vouchers reviewed on days 1-10 / cohort"),
          m(
              "voucher_five_sign_rate",
              "五人会签率",
              RATE,
              HIGHER,
              VOUCHERS,
              "cohort vouchers with all five signatures / cohort"),
          m(
              "voucher_control_breaches",
              "违规入账",
              COUNT,
              LOWER,
              VOUCHERS,
              "vouchers posted in the month without all five signatures, a passed review and the"
                  + " centre's audit, or posted before the review or the audit"),
          m(
              "meetings_held",
              "议事次数",
              COUNT,
              NEUTRAL,
              MEETINGS,
              "meetings with held_on in the month (the cohort)"),
          m(
              "meeting_village_coverage",
              "议事覆盖率",
              RATE,
              HIGHER,
              MEETINGS,
              "villages with at least one meeting / villages of the scope"),
          m(
              "meeting_on_schedule_rate",
              "按期议事率",
              RATE,
              HIGHER,
              MEETINGS,
              "meetings held on the 15th / meetings"),
          m(
              "meeting_notice_rate",
              "提前公示率",
              RATE,
              HIGHER,
              MEETINGS,
              "meetings with notice_posted_on at least 2 days before held_on / meetings"),
          m(
              "meeting_resolution_posted_rate",
              "决议公示率",
              RATE,
              HIGHER,
              MEETINGS,
              "meetings with a resolution_posted_on / meetings"),
          m(
              "meeting_implemented_rate",
              "决议落实率",
              RATE,
              HIGHER,
              MEETINGS,
              "meetings with implementation 已落实 / meetings"),
          m(
              "disputes_registered",
              "受理纠纷",
              COUNT,
              NEUTRAL,
              DISPUTES,
              "disputes with registered_on in the month (the cohort)"),
          m(
              "disputes_resolved",
              "调处成功",
              COUNT,
              NEUTRAL,
              DISPUTES,
              "cohort disputes with outcome 调处成功"),
          m(
              "dispute_resolution_rate",
              "调处成功率",
              RATE,
              HIGHER,
              DISPUTES,
              "disputes_resolved / disputes_registered"),
          m(
              "suggestions_collected",
              "收集建议",
              COUNT,
              NEUTRAL,
              SUGGESTIONS,
              "suggestions with submitted_on in the month (the cohort)"),
          m(
              "suggestions_adopted",
              "采纳建议",
              COUNT,
              NEUTRAL,
              SUGGESTIONS,
              "cohort suggestions with adopted 是"),
          m(
              "suggestion_adoption_rate",
              "采纳率",
              RATE,
              HIGHER,
              SUGGESTIONS,
              "suggestions_adopted / (suggestions_collected - those 待定)"),
          m(
              "dm_village_coverage",
              "召开率",
              "民主管理日召开率",
              RATE,
              HIGHER,
              REVIEWS,
              "villages with at least one review on the 5th / villages of the scope (January and"
                  + " July only)"),
          m(
              "dm_approval_rate",
              "测评满意率",
              RATE,
              HIGHER,
              REVIEWS,
              "(excellent + competent votes) / all votes (January and July only)"),
          m(
              "dm_cadres_flagged",
              "不称职票超三分之一",
              COUNT,
              LOWER,
              REVIEWS,
              "cadres whose incompetent votes exceed one third of their votes (January and July"
                  + " only)"),
          m(
              "petitions_livelihood",
              "民生类信访量",
              COUNT,
              LOWER,
              PETITIONS,
              "petitions of category 民生类 with registered_on in the month"),
          m(
              "petitions_livelihood_yoy",
              "同比变化",
              "民生类信访同比变化",
              RATIO,
              LOWER,
              PETITIONS,
              "(petitions_livelihood - same month last year) / same month last year"),
          m(
              "disclosure_completeness",
              "公开完整率",
              RATE,
              HIGHER,
              DISCLOSURES,
              "(village, item) pairs posted for the month / (villages of the scope x 25)"),
          m(
              "disclosure_on_time_rate",
              "按期公开率",
              RATE,
              HIGHER,
              DISCLOSURES,
              "pairs posted by the 10th of the following month / pairs posted"));

  private static final Map<String, Metric> BY_CODE = index();

  /** The number of catalogued disclosure items every village discloses each month. */
  public static final int DISCLOSURE_ITEMS_PER_VILLAGE = 25;

  /**
   * The key figures (主要指标) of the rankings, in the order the bulletins print them: a place's 达标项数
   * and 综合排名 are counted over these ({@code metrics/sql/rankings.sql}).
   */
  public static final List<String> KEY_FIGURES =
      List.of(
          "proxy_completion_rate",
          "proxy_satisfaction_rate",
          "voucher_five_sign_rate",
          "voucher_control_breaches",
          "disclosure_completeness",
          "meeting_village_coverage",
          "suggestion_adoption_rate",
          "petitions_livelihood_yoy");

  /** The months (1 = January) that hold a democratic management day. */
  public static final List<Integer> DEMOCRATIC_MANAGEMENT_MONTHS = List.of(1, 7);

  /** The metric with the given code. */
  public static Optional<Metric> byCode(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /** The metrics computed from one record type, in catalogue order. */
  public static List<Metric> ofRecordType(String recordType) {
    return ALL.stream().filter(m -> m.recordType().equals(recordType)).toList();
  }

  /** The codes of all metrics, in catalogue order. */
  public static List<String> codes() {
    return ALL.stream().map(Metric::code).toList();
  }

  private static Map<String, Metric> index() {
    Map<String, Metric> out = new LinkedHashMap<>();
    for (Metric m : ALL) {
      if (out.put(m.code(), m) != null) {
        throw new IllegalStateException("duplicate metric code " + m.code());
      }
    }
    return java.util.Collections.unmodifiableMap(out);
  }

  private static Metric m(
      String code, String label, MetricUnit unit, MetricDirection dir, String type, String def) {
    return new Metric(code, label, label, unit, dir, type, def);
  }

  private static Metric m(
      String code,
      String label,
      String columnLabel,
      MetricUnit unit,
      MetricDirection dir,
      String type,
      String def) {
    return new Metric(code, label, columnLabel, unit, dir, type, def);
  }
}
