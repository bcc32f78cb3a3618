package cn.zoucheng.warehouse.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bulletins' sections cover the metric catalogue: a new metric cannot be left out unseen. */
class ActivityTest {
  @Test
  void everyMetricBelongsToExactlyOneSection() {
    List<String> placed = new ArrayList<>();
    for (Activity a : Activity.values()) {
      a.metrics().forEach(m -> placed.add(m.code()));
      assertThat(a.metrics()).as(a.title()).contains(a.keyMetric());
    }
    assertThat(placed)
        .doesNotHaveDuplicates()
        .containsExactlyInAnyOrderElementsOf(MetricCatalog.codes());
  }

  @Test
  void headlineRankingAndProseNameMetricsOfTheCatalogue() {
    assertThat(MetricCatalog.codes())
        .containsAll(Activity.HEADLINE)
        .containsAll(MetricCatalog.KEY_FIGURES);
    for (Activity a : Activity.values()) {
      List<String> own = a.metrics().stream().map(Metric::code).toList();
      assertThat(Prose.CLAUSES.get(a))
          .as(a.title())
          .isNotEmpty()
          .allSatisfy(c -> assertThat(own).contains(c.metric()));
    }
  }
}
