package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.broadcast;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.YearMonth;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The tables bulletins need beyond figures: the voucher breach list, the submission matrix and
 * per-file data quality, each from its SQL under {@code metrics/sql/}.
 */
final class BulletinTables {
  private final SparkSession spark;
  private final YearMonth from;
  private final YearMonth to;

  BulletinTables(SparkSession spark, YearMonth from, YearMonth to) {
    this.spark = spark;
    this.from = from;
    this.to = to;
  }

  /**
   * Vouchers posted in the months against the rules, one row each with the rules broken; needs the
   * {@code expense_vouchers} view of {@link MetricFigures#registerViews}.
   */
  Dataset<Row> voucherBreaches(Dataset<Row> reported) {
    broadcast(reported).createOrReplaceTempView("reported_towns");
    return spark.sql(MetricSql.load("sql/voucher_breaches.sql"), range());
  }

  /** The submission matrix: town × record type × month with its status. */
  Dataset<Row> submissions(Dataset<Row> manifest, Dataset<Row> towns, int deadlineDay) {
    manifest.createOrReplaceTempView("manifest");
    broadcast(towns.select("town_code")).createOrReplaceTempView("towns");
    spark
        .createDataset(
            ExportCatalog.ALL.stream().map(RecordSchema::name).toList(), Encoders.STRING())
        .toDF("record_type")
        .createOrReplaceTempView("record_types");
    return spark.sql(
        MetricSql.load("sql/submissions.sql"),
        Map.of("from", from.toString(), "to", to.toString(), "deadline_day", deadlineDay));
  }

  /** Each file's latest manifest state with its quarantine's commonest reasons. */
  Dataset<Row> fileQuality(Dataset<Row> manifest, Dataset<Row> quarantine) {
    manifest.createOrReplaceTempView("manifest");
    quarantine.createOrReplaceTempView("quarantine");
    return spark.sql(MetricSql.load("sql/file_quality.sql"), range());
  }

  private Map<String, Object> range() {
    return Map.of("from", from.toString(), "to", to.toString());
  }
}
