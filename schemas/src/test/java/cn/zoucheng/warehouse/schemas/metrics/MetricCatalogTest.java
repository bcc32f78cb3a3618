package cn.zoucheng.warehouse.schemas.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  void matchesTheSpecFileWhenItIsAvailable() throws IOException {
    // -Dmetrics.spec=/path/to/METRICS.md checks the catalogue against the spec itself.
    String spec = System.getProperty("metrics.spec", "../docs/METRICS.md");
    Path p = Path.of(spec);
    assumeTrue(Files.isRegularFile(p), "METRICS.md not found at " + p.toAbsolutePath());
    String text = Files.readString(p, StandardCharsets.UTF_8);
    String definitions =
        text.substring(text.indexOf("## Definitions"), text.indexOf("## Comparisons"));
    Matcher any = Pattern.compile("`([a-z]+_[a-z_]+)`").matcher(definitions);
    Set<String> backticked = new LinkedHashSet<>();
    while (any.find()) {
      if (!List.of(
              "accepted_on",
              "closed_on",
              "promised_on",
              "reviewed_on",
              "posted_on",
              "center_audited_on",
              "review_result",
              "held_on",
              "notice_posted_on",
              "resolution_posted_on",
              "registered_on",
              "submitted_on")
          .contains(any.group(1))) {
        backticked.add(any.group(1));
      }
    }
    assertThat(backticked).containsExactlyInAnyOrderElementsOf(MetricCatalog.codes());
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
