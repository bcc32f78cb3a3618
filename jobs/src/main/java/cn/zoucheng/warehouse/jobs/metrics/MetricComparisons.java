package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Adds to each figure its previous month, same month last year, year to date, rank and status
 * against the year's target ({@code metrics/sql/comparisons.sql}).
 */
final class MetricComparisons {
  private final SparkSession spark;

  MetricComparisons(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * The figures with comparison columns; every figure a comparison needs (the month before, the
   * year before, January onwards) must be among {@code figures}.
   */
  Dataset<Row> compare(Dataset<Row> figures, Dataset<Row> targets) {
    figures.createOrReplaceTempView("figures");
    broadcast(targets).createOrReplaceTempView("targets");
    List<String> directions =
        MetricCatalog.ALL.stream().map(m -> m.code() + "\t" + direction(m)).toList();
    spark
        .createDataset(directions, Encoders.STRING())
        .selectExpr("split(value, '\\t')[0] AS metric", "split(value, '\\t')[1] AS direction")
        .createOrReplaceTempView("metric_directions");
    return spark.sql(MetricSql.load("sql/comparisons.sql"));
  }

  private static String direction(Metric m) {
    return m.direction().code();
  }
}
