package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.ingest.IngestExportsJob;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole committed sample: ingested, every month's metrics computed by Spark, and every figure
 * (every metric code, scope and month) reproduced by the independently written DuckDB SQL.
 */
@ExtendWith(SharedSpark.class)
class SampleMetricsConsistencyIT {
  @Test
  void duckDbReproducesEveryFigureOfTheSample(SparkSession spark, @TempDir Path tmp)
      throws Exception {
    Path exports = Path.of("..", "data-samples", "exports").toAbsolutePath().normalize();
    Warehouse warehouse = TestWarehouses.at(tmp.resolve("warehouse"));
    new IngestExportsJob(
            warehouse,
            new IngestOptions(List.of(exports.toUri()), "it-ingest"),
            new Pseudonymizer("sample-metrics-it-key".getBytes(StandardCharsets.UTF_8)),
            ReferenceData.load(),
            step -> {})
        .run();
    MetricsResult r =
        MetricsRun.run(warehouse, YearMonth.of(2024, 10), YearMonth.of(2026, 10), "it-metrics");
    assertThat(r.periods()).hasSize(25);
    assertThat(MetricsConsistencyTest.compare(warehouse, warehouse)).isEmpty();
  }
}
