package cn.zoucheng.warehouse.schemas.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricCatalogTest {

  /** The codes of METRICS.md's "Definitions", copied by hand in its order. */
  private static final List<String> METRICS_MD_CODES =
      List.of(
          "proxy_accepted",
          "proxy_closed",
          "proxy_completion_rate",
          "proxy_on_time_rate",
          "proxy_avg_days",
          "proxy_office_day_share",
          "proxy_satisfaction_rate",
          "vouchers_reviewed",
          "vouchers_rejected",
          "vouchers_rejected_amount",
          "voucher_rejection_rate",
          "voucher_review_window_rate",
          "voucher_five_sign_rate",
          "voucher_control_breaches",
          "meetings_held",
          "meeting_village_coverage",
          "meeting_on_schedule_rate",
          "meeting_notice_rate",
          "meeting_resolution_posted_rate",
          "meeting_implemented_rate",
          "disputes_registered",
          "disputes_resolved",
          "dispute_resolution_rate",
          "suggestions_collected",
          "suggestions_adopted",
          "suggestion_adoption_rate",
          "dm_village_coverage",
          "dm_approval_rate",
          "dm_cadres_flagged",
          "petitions_livelihood",
          "petitions_livelihood_yoy",
          "disclosure_completeness",
          "disclosure_on_time_rate");

  @Test
  void listsExactlyTheCodesOfMetricsMd() {
    assertThat(MetricCatalog.codes()).containsExactlyElementsOf(METRICS_MD_CODES);
  }

  @Test
  void everyTargetNamesACataloguedMetricWithTheSameDirection() {
    List<String[]> targets = ReferenceData.load().rows(ReferenceTable.TARGETS);
    assertThat(targets).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (String[] t : targets) {
      var metric = MetricCatalog.byCode(t[1]);
      if (metric.isEmpty()) {
        problems.add("unknown metric " + t[1]);
      } else if (!metric.get().direction().code().equals(t[2])) {
        problems.add(t[1] + ": targets say " + t[2] + ", catalogue " + metric.get().direction());
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyMetricNamesARecordTypeAndHasUniqueLabels() {
    Set<String> types = new LinkedHashSet<>();
    for (RecordSchema s : ExportCatalog.ALL) {
      types.add(s.name());
    }
    assertThat(MetricCatalog.ALL).allSatisfy(m -> assertThat(types).contains(m.recordType()));
    assertThat(MetricCatalog.ALL.stream().map(Metric::columnLabel).distinct().count())
        .isEqualTo(MetricCatalog.ALL.size());
    assertThat(MetricCatalog.ALL).allSatisfy(m -> assertThat(m.definition()).isNotBlank());
  }

  @Test
  void ratesHaveDenominatorsAndCountsDoNot() {
    assertThat(MetricCatalog.byCode("proxy_completion_rate").orElseThrow().hasDenominator())
        .isTrue();
    assertThat(MetricCatalog.byCode("proxy_avg_days").orElseThrow().hasDenominator()).isTrue();
    assertThat(MetricCatalog.byCode("petitions_livelihood_yoy").orElseThrow().hasDenominator())
        .isTrue();
    assertThat(MetricCatalog.byCode("vouchers_rejected_amount").orElseThrow().hasDenominator())
        .isFalse();
    assertThat(MetricCatalog.ofRecordType("democratic_reviews"))
        .extracting(Metric::code)
        .containsExactly("dm_village_coverage", "dm_approval_rate", "dm_cadres_flagged");
  }
}
