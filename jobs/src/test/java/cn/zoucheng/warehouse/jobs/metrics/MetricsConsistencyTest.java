package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * For every metric code, scope and month, an independently written DuckDB query over the fact
 * Parquet ({@code metrics/duckdb-metrics.sql}) reproduces the Spark figure.
 *
 * <p>Runs on the hand-made fixture; with {@code -Dmetrics.consistency.warehouse=<root>
 * -Dmetrics.consistency.from=YYYY-MM -Dmetrics.consistency.to=YYYY-MM} it also computes those
 * months of any warehouse (into a scratch folder) and compares them.
 */
@ExtendWith(SharedSpark.class)
class MetricsConsistencyTest {

  @Test
  void duckDbReproducesEveryFigureOfTheFixture() throws Exception {
    StandardFixture.Computed fx = StandardFixture.computed();
    List<String> problems = MetricsConsistency.compare(fx.warehouse(), fx.warehouse());
    assertThat(problems).isEmpty();
  }

  @Test
  void duckDbReproducesEveryFigureOfAGivenWarehouse(SparkSession spark, @TempDir Path out)
      throws Exception {
    String root = System.getProperty("metrics.consistency.warehouse");
    org.junit.jupiter.api.Assumptions.assumeTrue(
        root != null, "set -Dmetrics.consistency.warehouse to check a warehouse folder");
    YearMonth from = YearMonth.parse(System.getProperty("metrics.consistency.from", "2026-10"));
    YearMonth to = YearMonth.parse(System.getProperty("metrics.consistency.to", from.toString()));
    Warehouse in = TestWarehouses.at(Path.of(root));
    Warehouse scratch = TestWarehouses.at(out);
    MetricsRun.run(MetricsOptions.of(in, from, to).writingTo(scratch));
    assertThat(MetricsConsistency.compare(in, scratch)).isEmpty();
  }
}
