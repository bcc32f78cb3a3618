package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.jobs.metrics.MetricRows.assertFigure;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.A1;
import static cn.zoucheng.warehouse.jobs.metrics.StandardFixture.proxy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.metrics.RecomputeMonths.Touched;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.SortedSet;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A town re-delivers a past month: the run recomputes what it touches and records the changes. */
@ExtendWith(SharedSpark.class)
class MetricRestatementTest {

  @Test
  void redeliveryOfAPastMonthRestatesItsFiguresAndTheSameMonthAYearLater(
      SparkSession spark, @TempDir Path root) {
    // Town A, village A1 only. 2025-10: X1 closed, X2 open (completion 1/2); 2026-10: Y1 closed.
    FixtureWarehouse w = new FixtureWarehouse(spark, root);
    w.village(A1, "甲一村", A);
    w.delivered("proxy_cases", A, "2025-10", "2025-11-03", "v1", "ingest-1");
    w.delivered("proxy_cases", A, "2026-10", "2026-11-03", "w1", "ingest-2");
    proxy(w, A, "X1", A1, "2025-10-09", "2025-10-20", "2025-10-10", "已办结", 5);
    proxy(w, A, "X2", A1, "2025-10-10", "2025-10-20", null, "办理中", null);
    proxy(w, A, "Y1", A1, "2026-10-09", "2026-10-20", "2026-10-10", "已办结", 5);
    Warehouse warehouse = w.write();
    YearMonth first = YearMonth.of(2025, 10);
    YearMonth last = YearMonth.of(2026, 10);
    MetricsResult initial = MetricsRun.run(warehouse, first, last, "run-1");
    assertThat(initial.changedFigures()).isZero();
    assertThat(
            new MetricRows(warehouse)
                .town("2026-10", A, "proxy_completion_rate")
                .<Double>getAs("yoy_value"))
        .isEqualTo(0.5);

    // A re-delivers 2025-10 with X2 closed on 2025-11-02 (late: promised 10-20).
    w.delivered("proxy_cases", A, "2025-10", "2026-11-20", "v2", "ingest-3");
    proxy(w, A, "X1", A1, "2025-10-09", "2025-10-20", "2025-10-10", "已办结", 5);
    proxy(w, A, "X2", A1, "2025-10-10", "2025-10-20", "2025-11-02", "已办结", 3);
    w.write();
    SortedSet<YearMonth> months =
        RecomputeMonths.after(List.of(new Touched("proxy_cases", first)), last);
    assertThat(months).containsExactly(first, YearMonth.of(2025, 11), YearMonth.of(2025, 12), last);
    MetricsResult again = MetricsRun.run(warehouse, months.first(), months.last(), "run-2");

    MetricRows m = new MetricRows(warehouse);
    Row restated = m.town("2025-10", A, "proxy_completion_rate");
    assertFigure(restated, "restated completion", 2.0, 2.0, 1.0);
    assertThat(restated.<String>getAs("run_id")).isEqualTo("run-2");
    // 同比 of a year later follows the restated month.
    assertThat(m.town("2026-10", A, "proxy_completion_rate").<Double>getAs("yoy_value"))
        .isEqualTo(1.0);

    // What changed, by scope: closed 1 → 2, completion 0.5 → 1, on time 1/1 → 1/2,
    // mean days 1 → (1 + 23) / 2 = 12, satisfaction unchanged (5 and 3 of 2 rated: 1/2 → 1/2?
    // no: before X2 had no rating, so 1/1 → 1/2).
    List<Row> changes =
        warehouse.read(TableCatalog.METRIC_CHANGES).where("run_id = 'run-2'").collectAsList();
    assertThat(again.changedFigures()).isEqualTo(changes.size());
    assertThat(changes)
        .filteredOn(r -> "town".equals(r.getAs("scope")))
        .extracting(
            r -> r.getAs("metric") + " " + r.getAs("old_value") + "→" + r.getAs("new_value"))
        .containsExactlyInAnyOrder(
            "proxy_closed 1.0→2.0",
            "proxy_completion_rate 0.5→1.0",
            "proxy_on_time_rate 1.0→0.5",
            "proxy_avg_days 1.0→12.0",
            "proxy_satisfaction_rate 1.0→0.5");
    assertThat(changes).allSatisfy(r -> assertThat(r.<String>getAs("period")).isEqualTo("2025-10"));
    assertThat(changes)
        .filteredOn(r -> "city".equals(r.getAs("scope")))
        .hasSize(5)
        .allSatisfy(r -> assertThat(r.<String>getAs("old_run_id")).isEqualTo("run-1"));
    assertThat(changes).filteredOn(r -> "village".equals(r.getAs("scope"))).hasSize(5);
  }
}
