package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Times the metrics job over 25 months of generated facts at the given scales, paired with DuckDB
 * computing the same figures ({@code metrics/duckdb-metrics.sql}) over the same Parquet.
 *
 * <pre>
 * mvn -B -o -pl schemas,jobs -am verify -Dtest=MetricsBenchmark \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dmetrics.benchmark.scales=1,20
 * </pre>
 *
 * <p>Prints one line per scale (and appends it to {@code target/metrics-benchmark.txt}).
 */
@ExtendWith(SharedSpark.class)
@EnabledIfSystemProperty(named = "metrics.benchmark.scales", matches = ".+")
class MetricsBenchmark {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsBenchmark.class);
  private static final YearMonth FIRST = YearMonth.of(2024, 11);
  private static final int MONTHS = 25;

  @Test
  void metricsJobAgainstDuckDb(SparkSession spark, @TempDir Path tmp) throws Exception {
    List<String> lines = new ArrayList<>();
    for (String s : System.getProperty("metrics.benchmark.scales").split(",")) {
      int scale = Integer.parseInt(s.trim());
      // -Dmetrics.benchmark.dir keeps the generated data between runs (it is reused if present).
      Path base = Path.of(System.getProperty("metrics.benchmark.dir", tmp.toString()));
      Path root = base.resolve("scale-" + scale);
      long t0 = System.nanoTime();
      Map<String, Long> rows =
          Files.isDirectory(root.resolve("_runs"))
              ? Map.of()
              : new BenchmarkData(spark, root, FIRST, MONTHS, scale).write();
      double generate = seconds(t0);
      YearMonth last = FIRST.plusMonths(MONTHS - 1);
      Warehouse warehouse = TestWarehouses.at(root);
      List<Double> sparkRuns = new ArrayList<>();
      List<Double> duckRuns = new ArrayList<>();
      long figures = 0;
      for (int run = 0; run < 2; run++) {
        t0 = System.nanoTime();
        MetricsResult r = MetricsRun.run(warehouse, FIRST, last, "bench-" + scale + "-" + run);
        sparkRuns.add(seconds(t0));
        figures = r.metricRows();
        t0 = System.nanoTime();
        try (DuckDb db = new DuckDb(root)) {
          db.execute("CREATE TEMP TABLE f AS " + DuckDb.resource("metrics/duckdb-metrics.sql"));
          assertThat(db.query("SELECT count(*) AS n FROM f").get(0).get("n")).isNotNull();
        }
        duckRuns.add(seconds(t0));
      }
      double spark1 = sparkRuns.get(sparkRuns.size() - 1);
      double duck1 = duckRuns.get(duckRuns.size() - 1);
      String line =
          String.format(
              "metrics benchmark: scale %d, %d months, %d fact rows %s, %d metric rows;"
                  + " generate %.1f s; Spark job runs %s s, DuckDB same figures %s s;"
                  + " warm ratio Spark/DuckDB %.1f; %d cores",
              scale,
              MONTHS,
              rows.values().stream().mapToLong(Long::longValue).sum(),
              rows,
              figures,
              generate,
              fmt(sparkRuns),
              fmt(duckRuns),
              spark1 / duck1,
              Runtime.getRuntime().availableProcessors());
      LOG.info(line);
      lines.add(line);
      assertThat(MetricsConsistency.compare(warehouse, warehouse)).isEmpty();
    }
    Files.write(
        Path.of("target/metrics-benchmark.txt"),
        lines,
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  private static String fmt(List<Double> xs) {
    return xs.stream().map(x -> String.format("%.1f", x)).toList().toString();
  }

  private static double seconds(long t0) {
    return (System.nanoTime() - t0) / 1e9;
  }
}
