package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;

import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the quarantine: the rejected rows of the current deliveries. A loaded file's rows replace
 * those of the delivery it replaces (same record type, town and month), in one overwrite of the
 * months touched.
 */
final class QuarantineWriter {
  private QuarantineWriter() {}

  /**
   * Replaces the quarantined rows of the loaded files' deliveries with {@code rows} (quarantine
   * columns, in order).
   */
  static void replace(TableWriter w, List<ParsedFile> loaded, List<Row> rows) {
    if (loaded.isEmpty()) {
      return;
    }
    var spark = w.warehouse().spark();
    TreeSet<String> months = new TreeSet<>();
    loaded.forEach(f -> months.add(f.name().month().toString()));
    Dataset<Row> keys =
        spark.createDataFrame(
            loaded.stream()
                .map(
                    f ->
                        RowFactory.create(
                            f.name().recordType(),
                            f.name().month().toString(),
                            f.name().townCode()))
                .distinct()
                .toList(),
            new StructType()
                .add("record_type", "string")
                .add("file_month", "string")
                .add(RecordSchema.TOWN_CODE, "string"));
    Dataset<Row> kept =
        w.warehouse()
            .read(TableCatalog.QUARANTINE)
            .where(org.apache.spark.sql.functions.col("file_month").isin(months.toArray()))
            .join(
                broadcast(keys),
                DeliveriesWriter.scala("record_type", "file_month", RecordSchema.TOWN_CODE),
                "left_anti");
    Dataset<Row> fresh =
        spark.createDataFrame(rows, SparkSchemas.struct(WarehouseTables.QUARANTINE));
    // the kept rows are read before the overwrite commits: materialise them first
    List<Row> keptRows = kept.collectAsList();
    Dataset<Row> all =
        spark
            .createDataFrame(keptRows, SparkSchemas.struct(WarehouseTables.QUARANTINE))
            .unionByName(fresh);
    w.replacePartitions(TableCatalog.QUARANTINE, months, all);
  }
}
