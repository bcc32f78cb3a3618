package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;

import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.metrics.MetricTables;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Restatement: compares the figures of a run with what the same months held before and lists every
 * figure that appeared, disappeared or changed ({@code metric_changes}). Months computed for the
 * first time record nothing.
 */
final class MetricChanges {
  /** Relative tolerance below which two figures are the same (sums of amounts in any order). */
  private static final double TOLERANCE = 1e-9;

  private final Warehouse output;

  MetricChanges(Warehouse output) {
    this.output = output;
  }

  /**
   * The changes between the stored months {@code periods} and the new figures, with the columns of
   * {@link MetricTables#METRIC_CHANGES}; empty when no month of the range was stored before.
   */
  Dataset<Row> changes(
      Dataset<Row> fresh, List<YearMonth> periods, String runId, LocalDateTime at) {
    Optional<Long> stored = output.snapshot(TableCatalog.METRICS_TABLE);
    if (stored.isEmpty()) {
      return output
          .spark()
          .createDataFrame(List.of(), SparkSchemas.struct(MetricTables.METRIC_CHANGES));
    }
    List<String> months = periods.stream().map(YearMonth::toString).toList();
    // the figures as stored when the run began, however late Spark evaluates this
    Dataset<Row> old =
        output
            .readAt(TableCatalog.METRICS_TABLE, stored)
            .where(col("period").isin(months.toArray()))
            .select(
                key(),
                col("period"),
                col("scope"),
                col("town_code"),
                col("village_code"),
                col("metric"),
                col("numerator").as("old_numerator"),
                col("denominator").as("old_denominator"),
                col("value").as("old_value"),
                col("run_id").as("old_run_id"));
    Dataset<Row> before = old.select("period").distinct();
    Dataset<Row> now =
        fresh
            .join(before, "period")
            .select(
                key(),
                col("period").as("n_period"),
                col("scope").as("n_scope"),
                col("town_code").as("n_town"),
                col("village_code").as("n_village"),
                col("metric").as("n_metric"),
                col("numerator").as("new_numerator"),
                col("denominator").as("new_denominator"),
                col("value").as("new_value"));
    Dataset<Row> joined = old.join(now, old.col("k").equalTo(now.col("k")), "full_outer");
    org.apache.spark.sql.Column same =
        same("old_value", "new_value")
            .and(same("old_numerator", "new_numerator"))
            .and(same("old_denominator", "new_denominator"))
            .and(old.col("k").isNotNull())
            .and(now.col("k").isNotNull());
    return joined
        .where(not(same))
        .select(
            coalesce(col("period"), col("n_period")).as("period"),
            coalesce(col("scope"), col("n_scope")).as("scope"),
            coalesce(col("town_code"), col("n_town")).as("town_code"),
            coalesce(col("village_code"), col("n_village")).as("village_code"),
            coalesce(col("metric"), col("n_metric")).as("metric"),
            col("old_numerator"),
            col("old_denominator"),
            col("old_value"),
            col("new_numerator"),
            col("new_denominator"),
            col("new_value"),
            col("old_run_id"),
            lit(at).as("changed_at"),
            lit(runId).as("run_id"))
        .select(
            MetricTables.METRIC_CHANGES.stream()
                .map(Column::name)
                .map(c -> col(c))
                .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static org.apache.spark.sql.Column key() {
    return concat_ws(
            "|",
            col("period"),
            col("scope"),
            coalesce(col("town_code"), lit("")),
            coalesce(col("village_code"), lit("")),
            col("metric"))
        .as("k");
  }

  private static org.apache.spark.sql.Column same(String a, String b) {
    org.apache.spark.sql.Column bothNull = col(a).isNull().and(col(b).isNull());
    org.apache.spark.sql.Column close =
        abs(col(a).minus(col(b))).leq(greatest(lit(1.0), abs(col(a))).multiply(TOLERANCE));
    return bothNull.or(coalesce(close, lit(false)));
  }
}
