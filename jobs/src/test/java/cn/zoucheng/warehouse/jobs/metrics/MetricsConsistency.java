package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Row;

/**
 * The check of {@link MetricsConsistencyTest} and of the CLI's sample IT: for every metric code,
 * scope and month, an independently written DuckDB query over the fact Parquet ({@code
 * metrics/duckdb-metrics.sql}) reproduces the Spark figure.
 */
public final class MetricsConsistency {
  private MetricsConsistency() {}

  /**
   * Differences between DuckDB's figures of the input (its catalogue's views) and Spark's metrics
   * in the output.
   */
  public static List<String> compare(Warehouse input, Warehouse output) throws Exception {
    Map<String, Map<String, Object>> spark = new HashMap<>();
    Map<String, Map<String, Object>> duck = new HashMap<>();
    for (Row row :
        output
            .read(TableCatalog.METRICS_TABLE)
            .select(
                "period",
                "scope",
                "town_code",
                "village_code",
                "metric",
                "numerator",
                "denominator",
                "value")
            .collectAsList()) {
      Map<String, Object> r = new HashMap<>();
      for (String f : row.schema().fieldNames()) {
        r.put(f, row.getAs(f));
      }
      spark.put(key(r), r);
    }
    try (DuckDb db = new DuckDb(Path.of(input.layout().root()))) {
      for (Map<String, Object> r : db.query(DuckDb.resource("metrics/duckdb-metrics.sql"))) {
        duck.put(key(r), r);
      }
    }
    Set<String> periods = new TreeSet<>();
    Set<String> metrics = new TreeSet<>();
    spark
        .values()
        .forEach(
            r -> {
              periods.add((String) r.get("period"));
              metrics.add((String) r.get("metric"));
            });
    List<String> problems = new ArrayList<>();
    assertThat(spark).as("Spark figures in " + output).isNotEmpty();
    for (Map.Entry<String, Map<String, Object>> e : spark.entrySet()) {
      Map<String, Object> d = duck.get(e.getKey());
      if (d == null) {
        problems.add("only Spark has " + e.getKey());
        continue;
      }
      for (String c : List.of("numerator", "denominator", "value")) {
        if (!close((Double) e.getValue().get(c), (Double) d.get(c))) {
          problems.add(
              e.getKey() + " " + c + ": Spark " + e.getValue().get(c) + ", DuckDB " + d.get(c));
        }
      }
    }
    for (Map.Entry<String, Map<String, Object>> e : duck.entrySet()) {
      if (periods.contains((String) e.getValue().get("period")) && !spark.containsKey(e.getKey())) {
        problems.add("only DuckDB has " + e.getKey());
      }
    }
    if (input == output) {
      // The fixture exercises every metric of the catalogue.
      assertThat(metrics).containsExactlyInAnyOrderElementsOf(MetricCatalog.codes());
    }
    return problems.size() > 50 ? problems.subList(0, 50) : problems;
  }

  private static boolean close(Double a, Double b) {
    if (a == null || b == null) {
      return a == null && b == null;
    }
    return Math.abs(a - b) <= 1e-9 * Math.max(1.0, Math.abs(a));
  }

  private static String key(Map<String, Object> r) {
    return r.get("period")
        + "|"
        + r.get("scope")
        + "|"
        + r.get("town_code")
        + "|"
        + r.get("village_code")
        + "|"
        + r.get("metric");
  }
}
