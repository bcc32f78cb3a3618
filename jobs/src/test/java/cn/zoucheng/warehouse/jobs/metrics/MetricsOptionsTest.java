package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.nio.file.Path;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class MetricsOptionsTest {
  @TempDir static Path root;
  private static Warehouse W;

  @BeforeAll
  static void open() {
    W = TestWarehouses.at(root);
  }

  @Test
  void defaultsToTheFifthAndAFreshRunId() {
    MetricsOptions o = MetricsOptions.of(W, YearMonth.of(2026, 10), YearMonth.of(2026, 10));
    assertThat(o.deadlineDay()).isEqualTo(5);
    assertThat(o.runId()).matches("metrics-\\d{8}T\\d{6}-[0-9a-f]{4}");
    assertThat(o.output()).isEqualTo(W);
  }

  @Test
  void rejectsAReversedRangeNamingBothMonths() {
    assertThatThrownBy(() -> MetricsOptions.of(W, YearMonth.of(2026, 10), YearMonth.of(2026, 9)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("--from 2026-10 is after --to 2026-09");
  }

  @Test
  void rejectsBadDeadlinesAndRunIds() {
    MetricsOptions o = MetricsOptions.of(W, YearMonth.of(2026, 10), YearMonth.of(2026, 10));
    assertThatThrownBy(() -> o.withDeadlineDay(31))
        .hasMessageContaining("submission.deadline-day must be a day from 1 to 28, got 31");
    assertThatThrownBy(() -> o.withRunId("run 1/")).hasMessageContaining("run id must be ASCII");
  }

  @Test
  void parsesMonthsNamingTheOption() {
    assertThat(MetricsOptions.parseMonth("period", " 2026-10 ")).isEqualTo(YearMonth.of(2026, 10));
    assertThatThrownBy(() -> MetricsOptions.parseMonth("period", "2026/10"))
        .hasMessageContaining("--period must be a month as YYYY-MM (e.g. 2026-10), got '2026/10'");
  }
}
