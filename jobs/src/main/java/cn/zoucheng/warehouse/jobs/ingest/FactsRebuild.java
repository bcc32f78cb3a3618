package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.row_number;

import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

/**
 * The latest version of every record, rebuilt only where a run changed something. A record's
 * versions are its rows in the current deliveries of every month; the latest is the one from the
 * newest file month. The (town, month) partitions to rewrite are those holding any version, old or
 * new, of a record whose delivery changed.
 */
final class FactsRebuild {
  private FactsRebuild() {}

  /**
   * Splits the deliveries after the run: {@code kept} (existing rows of partitions the run did not
   * replace), {@code replaced} (existing rows of partitions it replaced) and {@code fresh} (the
   * run's new rows).
   */
  record Inputs(Dataset<Row> kept, Dataset<Row> replaced, Dataset<Row> fresh) {}

  /** The (town_code, month) pairs whose fact partitions must be rewritten. */
  static Dataset<Row> affectedPartitions(RecordSchema schema, Inputs in) {
    List<String> keys = schema.businessKeyColumns();
    Dataset<Row> touchedKeys =
        keyColumns(in.replaced(), keys).union(keyColumns(in.fresh(), keys)).distinct();
    Dataset<Row> allVersions =
        in.kept()
            .select(keysAndPartition(keys))
            .union(in.replaced().select(keysAndPartition(keys)))
            .union(in.fresh().select(keysAndPartition(keys)));
    return allVersions
        .join(touchedKeys, scala(keys), "left_semi")
        .select(col(RecordSchema.TOWN_CODE), col(RecordSchema.MONTH))
        .distinct();
  }

  /** The latest version of each record, limited to the affected partitions, in fact columns. */
  static Dataset<Row> latest(RecordSchema schema, Inputs in, Dataset<Row> affected) {
    List<String> keys = schema.businessKeyColumns();
    Dataset<Row> all = in.kept().unionByName(in.fresh());
    Dataset<Row> ranked =
        all.withColumn(
            "_rank",
            row_number()
                .over(
                    Window.partitionBy(
                            keys.stream()
                                .map(org.apache.spark.sql.functions::col)
                                .toArray(org.apache.spark.sql.Column[]::new))
                        .orderBy(col("file_month").desc(), col("source_row").desc())));
    return ranked
        .filter(col("_rank").equalTo(1))
        .join(
            broadcast(affected),
            scala(List.of(RecordSchema.TOWN_CODE, RecordSchema.MONTH)),
            "left_semi")
        .select(
            schema.columns().stream()
                .map(Column::name)
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static Dataset<Row> keyColumns(Dataset<Row> df, List<String> keys) {
    return df.select(
        keys.stream()
            .map(org.apache.spark.sql.functions::col)
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  private static org.apache.spark.sql.Column[] keysAndPartition(List<String> keys) {
    java.util.LinkedHashSet<String> cols = new java.util.LinkedHashSet<>(keys);
    cols.add(RecordSchema.TOWN_CODE);
    cols.add(RecordSchema.MONTH);
    return cols.stream()
        .map(org.apache.spark.sql.functions::col)
        .toArray(org.apache.spark.sql.Column[]::new);
  }

  static scala.collection.immutable.Seq<String> scala(List<String> names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(names).toList();
  }
}
