package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;

import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

/**
 * Writes the raw layer: the rows of each town-month's current delivery. A run's loaded files
 * replace their town-months' rows: each month they touch is rewritten once, its other towns' rows
 * kept, in one overwrite of those month partitions.
 */
final class DeliveriesWriter {
  /** The partition column of the deliveries tables. */
  static final String FILE_MONTH = "file_month";

  private DeliveriesWriter() {}

  /** The (file_month, town_code) of each loaded file, the town-months it replaces. */
  static Dataset<Row> keys(TableWriter w, List<ParsedFile> loaded) {
    return w.warehouse()
        .spark()
        .createDataFrame(
            loaded.stream()
                .map(f -> RowFactory.create(f.name().month().toString(), f.name().townCode()))
                .distinct()
                .toList(),
            new StructType().add(FILE_MONTH, "string").add(RecordSchema.TOWN_CODE, "string"));
  }

  /**
   * Replaces the town-months of {@code keys} with {@code fresh}; {@code before} is the table as it
   * was when the run began (its snapshot pinned, so that this write does not change it).
   */
  static void replace(
      TableWriter w,
      RecordSchema type,
      Dataset<Row> keys,
      List<ParsedFile> loaded,
      Dataset<Row> fresh,
      Dataset<Row> before) {
    WarehouseTable table = TableCatalog.deliveries(type);
    TreeSet<String> months = new TreeSet<>();
    loaded.forEach(f -> months.add(f.name().month().toString()));
    Dataset<Row> kept =
        before
            .where(before.col(FILE_MONTH).isin(months.toArray()))
            .join(broadcast(keys), scala(FILE_MONTH, RecordSchema.TOWN_CODE), "left_anti");
    w.replacePartitions(table, months, kept.unionByName(fresh));
  }

  /** The rows of {@code before} that the keys' files replaced. */
  static Dataset<Row> replaced(Dataset<Row> before, Dataset<Row> keys) {
    return before.join(broadcast(keys), scala(FILE_MONTH, RecordSchema.TOWN_CODE), "left_semi");
  }

  static scala.collection.immutable.Seq<String> scala(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
  }
}
