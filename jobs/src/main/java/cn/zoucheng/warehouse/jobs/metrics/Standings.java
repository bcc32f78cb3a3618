package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.spark.Lineage;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.Scope;
import java.time.YearMonth;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The standings the bulletins print beside the figures, computed once here so that no report works
 * them out again: 达标项数 and 综合排名 of towns and villages ({@code metrics/sql/rankings.sql}) and the
 * demonstration villages against the others ({@code metrics/sql/demonstration.sql}).
 */
final class Standings {
  private final SparkSession spark;
  private final Map<String, Object> range;

  Standings(SparkSession spark, YearMonth from, YearMonth to) {
    this.spark = spark;
    this.range = Map.of("from", from.toString(), "to", to.toString());
  }

  /**
   * The rankings of the months computed, from the compared figures of every month the comparisons
   * read (the months before {@code from} give the previous month's rank and the year to date). The
   * places ranked ({@code metrics/sql/ranked_places.sql}) are computed once and kept: the rankings
   * read them four times.
   */
  Dataset<Row> rankings(Dataset<Row> compared, Dataset<Row> towns) {
    compared.createOrReplaceTempView("compared");
    broadcast(towns.select("town_code")).createOrReplaceTempView("towns");
    spark
        .createDataset(MetricCatalog.KEY_FIGURES, Encoders.STRING())
        .toDF("metric")
        .createOrReplaceTempView("key_figures");
    Lineage.cut(spark.sql(MetricSql.load("sql/ranked_places.sql")))
        .createOrReplaceTempView("ranked");
    return spark.sql(MetricSql.load("sql/rankings.sql"), range);
  }

  /** Demonstration villages against the others, from the village figures of every month read. */
  Dataset<Row> demonstration(Dataset<Row> figures, Dataset<Row> villages) {
    figures
        .where(col("scope").equalTo(Scope.VILLAGE.code()))
        .createOrReplaceTempView("village_figures");
    broadcast(villages.select("village_code", "is_demonstration"))
        .createOrReplaceTempView("demonstration_villages");
    return spark.sql(MetricSql.load("sql/demonstration.sql"), range);
  }
}
