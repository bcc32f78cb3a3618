package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.List;

/**
 * The bulletins' sections, one per activity of the 344 model, each with the metrics its table shows
 * and the key metric its charts plot. Every metric of {@link MetricCatalog} belongs to exactly one
 * section (ActivityTest checks), so a new metric cannot be left out of the bulletins unnoticed.
 */
public enum Activity {
  PROXY(
      "民生代办",
      "proxy_completion_rate",
      List.of(
          "proxy_accepted",
          "proxy_closed",
          "proxy_completion_rate",
          "proxy_on_time_rate",
          "proxy_avg_days",
          "proxy_office_day_share",
          "proxy_satisfaction_rate")),
  SUPERVISION(
      "村务监督",
      "voucher_five_sign_rate",
      List.of(
          "vouchers_reviewed",
          "vouchers_rejected",
          "vouchers_rejected_amount",
          "voucher_rejection_rate",
          "voucher_review_window_rate",
          "voucher_five_sign_rate",
          "voucher_control_breaches",
          "disclosure_completeness",
          "disclosure_on_time_rate")),
  CONSULTATION(
      "阳光议事",
      "meeting_village_coverage",
      List.of(
          "meetings_held",
          "meeting_village_coverage",
          "meeting_on_schedule_rate",
          "meeting_notice_rate",
          "meeting_resolution_posted_rate",
          "meeting_implemented_rate",
          "suggestions_collected",
          "suggestions_adopted",
          "suggestion_adoption_rate")),
  DEMOCRATIC_MANAGEMENT(
      "民主管理",
      "dm_approval_rate",
      List.of("dm_village_coverage", "dm_approval_rate", "dm_cadres_flagged")),
  PETITIONS(
      "信访与矛盾调处",
      "petitions_livelihood",
      List.of(
          "petitions_livelihood",
          "petitions_livelihood_yoy",
          "disputes_registered",
          "disputes_resolved",
          "dispute_resolution_rate"));

  /** The figures of the headline table (总体情况), in order. */
  public static final List<String> HEADLINE =
      List.of(
          "proxy_accepted",
          "proxy_closed",
          "proxy_completion_rate",
          "proxy_satisfaction_rate",
          "vouchers_reviewed",
          "vouchers_rejected",
          "voucher_five_sign_rate",
          "voucher_control_breaches",
          "disclosure_completeness",
          "meetings_held",
          "meeting_village_coverage",
          "suggestion_adoption_rate",
          "dispute_resolution_rate",
          "petitions_livelihood",
          "petitions_livelihood_yoy");

  private final String title;
  private final String keyMetric;
  private final List<String> metrics;

  Activity(String title, String keyMetric, List<String> metrics) {
    this.title = title;
    this.keyMetric = keyMetric;
    this.metrics = metrics;
  }

  public String title() {
    return title;
  }

  public Metric keyMetric() {
    return metric(keyMetric);
  }

  public List<Metric> metrics() {
    return metrics.stream().map(Activity::metric).toList();
  }

  /** The record types its figures are computed from. */
  public List<String> recordTypes() {
    return metrics().stream().map(Metric::recordType).distinct().toList();
  }

  /** Whether its figures exist in {@code month}: 民主管理 only in January and July. */
  public boolean heldIn(java.time.YearMonth month) {
    return this != DEMOCRATIC_MANAGEMENT
        || MetricCatalog.DEMOCRATIC_MANAGEMENT_MONTHS.contains(month.getMonthValue());
  }

  /** The metric of a code; fails loudly for a code the catalogue does not have. */
  public static Metric metric(String code) {
    return MetricCatalog.byCode(code)
        .orElseThrow(() -> new IllegalStateException("no metric " + code + " in MetricCatalog"));
  }
}
