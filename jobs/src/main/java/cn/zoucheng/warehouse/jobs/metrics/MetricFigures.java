package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.jobs.spark.Lineage.cut;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The base figures: each metric's numerator and denominator for every village of every reporting
 * town, summed to towns and the city, for a range of months in one pass ({@code
 * metrics/sql/<record_type>.sql}, then {@code metrics/sql/figures.sql}).
 */
final class MetricFigures {
  /** The record types with metric definitions, each in {@code metrics/sql/<type>.sql}. */
  static final List<RecordSchema> TYPES =
      List.of(
          ExportCatalog.PROXY_CASES,
          ExportCatalog.EXPENSE_VOUCHERS,
          ExportCatalog.DELIBERATIONS,
          ExportCatalog.DISPUTES,
          ExportCatalog.SUGGESTIONS,
          ExportCatalog.DEMOCRATIC_REVIEWS,
          ExportCatalog.PETITIONS,
          ExportCatalog.DISCLOSURES);

  /** The metric derived from others rather than from facts. */
  static final String YOY = "petitions_livelihood_yoy";

  /**
   * What a village without facts contributes to a rate's denominator where that is not 0: itself
   * (coverage) or the items it owes (disclosure completeness).
   */
  static final Map<String, Double> EMPTY_VILLAGE_DENOMINATORS =
      Map.of(
          "meeting_village_coverage", 1.0,
          "dm_village_coverage", 1.0,
          "disclosure_completeness", (double) MetricCatalog.DISCLOSURE_ITEMS_PER_VILLAGE);

  private final SparkSession spark;

  MetricFigures(SparkSession spark) {
    this.spark = spark;
  }

  /**
   * Registers the fact views, {@code scope_villages}, {@code metric_defaults} and {@code
   * towns_reported} for the months {@code lo}..{@code hi}.
   *
   * @param reported (record_type, town_code, period) of every town-month-type delivered
   * @param villages the villages reference table
   */
  void registerViews(
      MetricsInputs inputs,
      YearMonth lo,
      YearMonth hi,
      Dataset<Row> reported,
      Dataset<Row> villages) {
    for (RecordSchema type : TYPES) {
      Dataset<Row> facts = inputs.facts(type);
      // Vouchers enter a month by reviewed_on or posted_on, which follow incurred_on (the
      // partition).
      Column months =
          type == ExportCatalog.EXPENSE_VOUCHERS
              ? col("month").leq(hi.toString())
              : col("month").between(lo.toString(), hi.toString());
      facts.where(months).createOrReplaceTempView(type.name());
    }
    Dataset<Row> inRange = reported.where(col("period").between(lo.toString(), hi.toString()));
    inRange
        .join(broadcast(villages.select("town_code", "village_code")), "town_code")
        .select("record_type", "period", "town_code", "village_code")
        .createOrReplaceTempView("scope_villages");
    inRange
        .groupBy("record_type", "period")
        .agg(countDistinct("town_code").as("towns"))
        .createOrReplaceTempView("towns_reported");
    broadcast(metricDefaults()).createOrReplaceTempView("metric_defaults");
  }

  /** The village figures of villages with facts, every record type: the union of the type SQL. */
  Dataset<Row> factFigures() {
    Map<String, Object> args =
        Map.of("items_per_village", MetricCatalog.DISCLOSURE_ITEMS_PER_VILLAGE);
    Dataset<Row> all = null;
    for (RecordSchema type : TYPES) {
      String sql = MetricSql.load("sql/" + type.name() + ".sql");
      Dataset<Row> rows =
          sql.contains(":items_per_village") ? spark.sql(sql, args) : spark.sql(sql);
      all = all == null ? rows : all.unionByName(rows);
    }
    return all;
  }

  /**
   * Every figure of every scope with its value: columns scope, town_code, village_code, period,
   * metric, numerator, denominator, towns_reported, value. Kept with its lineage cut ({@link
   * cn.zoucheng.warehouse.jobs.spark.Lineage#cut}): later steps read it often, and its plan (eight
   * record types' queries) would otherwise be analysed again at every reference.
   */
  Dataset<Row> figures() {
    factFigures().createOrReplaceTempView("fact_figures");
    Dataset<Row> base = cut(spark.sql(MetricSql.load("sql/figures.sql")));
    return cut(withValue(base.unionByName(yearOnYear(base))));
  }

  /** One row per fact-based metric: what a village without facts contributes. */
  private Dataset<Row> metricDefaults() {
    List<Row> rows = new ArrayList<>();
    for (Metric m : MetricCatalog.ALL) {
      if (m.code().equals(YOY)) {
        continue;
      }
      Double den =
          EMPTY_VILLAGE_DENOMINATORS.getOrDefault(m.code(), m.hasDenominator() ? 0.0 : null);
      rows.add(RowFactory.create(m.recordType(), m.code(), 0.0, den));
    }
    StructType schema =
        new StructType()
            .add("record_type", DataTypes.StringType)
            .add("metric", DataTypes.StringType)
            .add("empty_numerator", DataTypes.DoubleType)
            .add("empty_denominator", DataTypes.DoubleType);
    return spark.createDataFrame(rows, schema);
  }

  /** {@code petitions_livelihood_yoy}: (this month − a year before) / a year before, same scope. */
  static Dataset<Row> yearOnYear(Dataset<Row> base) {
    Dataset<Row> counts = base.where(col("metric").equalTo("petitions_livelihood"));
    Dataset<Row> before =
        counts.select(
            col("scope").as("b_scope"),
            col("town_code").as("b_town"),
            col("village_code").as("b_village"),
            expr(Months.shifted("period", 12)).as("b_period"),
            col("numerator").as("before"));
    return counts
        .join(
            before,
            col("scope")
                .equalTo(col("b_scope"))
                .and(col("period").equalTo(col("b_period")))
                .and(col("town_code").eqNullSafe(col("b_town")))
                .and(col("village_code").eqNullSafe(col("b_village"))))
        .select(
            col("scope"),
            col("town_code"),
            col("village_code"),
            col("period"),
            lit(YOY).as("metric"),
            col("numerator").minus(col("before")).as("numerator"),
            col("before").as("denominator"),
            col("towns_reported"));
  }

  /** Adds {@code value}: the count, or numerator / denominator (null where it is 0). */
  static Dataset<Row> withValue(Dataset<Row> figures) {
    return figures.withColumn(
        "value",
        when(col("denominator").isNull(), col("numerator"))
            .when(col("denominator").equalTo(0), lit(null).cast(DataTypes.DoubleType))
            .otherwise(col("numerator").divide(col("denominator"))));
  }
}
