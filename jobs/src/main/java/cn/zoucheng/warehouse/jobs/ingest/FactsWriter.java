package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

/**
 * Keeps the fact table the latest version of every record: a record's versions are its rows in the
 * current deliveries of every month, the latest the one of the newest file month (then the later
 * row). After a run replaced some deliveries, the records they held or hold now (the touched
 * business keys) get their new latest version, or go if no delivery holds them any more: one MERGE
 * by business key, copy-on-write.
 */
final class FactsWriter {
  private static final String GONE = "_gone";

  private FactsWriter() {}

  /**
   * Merges the touched records into the facts; returns the months ({@code YYYY-MM}) whose facts can
   * have changed (every month any version of a touched record is placed in).
   *
   * @param before the deliveries table as it was when the run began
   * @param replaced the rows of {@code before} that the run's files replaced
   * @param fresh the run's new delivery rows
   */
  static Set<String> merge(
      TableWriter w,
      RecordSchema type,
      Dataset<Row> before,
      Dataset<Row> replaced,
      Dataset<Row> fresh) {
    List<String> keys = type.businessKeyColumns();
    org.apache.spark.sql.Column[] keyCols = cols(keys);
    scala.collection.immutable.Seq<String> on = DeliveriesWriter.scala(keys.toArray(String[]::new));
    // the business keys the run touched, kept: the versions, the source and the gone read them
    Dataset<Row> touched =
        replaced
            .select(keyCols)
            .union(fresh.select(keyCols))
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    // every version, old or new, of a touched record: the rows of the deliveries the run kept
    // and the run's new rows
    Dataset<Row> versions =
        before
            .join(
                replaced.select(cols("file_month", RecordSchema.TOWN_CODE)).distinct(),
                DeliveriesWriter.scala("file_month", RecordSchema.TOWN_CODE),
                "left_anti")
            .join(touched, on, "left_semi")
            .unionByName(fresh)
            .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> source = null;
    try {
      // a fact row of a touched record sits in the month of one of its versions, old or new
      Set<String> months = new TreeSet<>();
      versions
          .select(RecordSchema.MONTH)
          .union(replaced.select(RecordSchema.MONTH))
          .distinct()
          .collectAsList()
          .forEach(r -> months.add(r.getString(0)));
      if (months.isEmpty()) {
        return months;
      }
      Dataset<Row> latest =
          versions
              .withColumn(
                  "_rank",
                  row_number()
                      .over(
                          Window.partitionBy(keyCols)
                              .orderBy(col("file_month").desc(), col("source_row").desc())))
              .where(col("_rank").equalTo(1))
              .select(cols(type.columns().stream().map(Column::name).toList()))
              .withColumn(GONE, lit(false));
      // every key with a version has a latest one: the gone are the touched without a version
      Dataset<Row> gone =
          touched.join(versions.select(keyCols), on, "left_anti").withColumn(GONE, lit(true));
      // the source computed once: the MERGE reads it more than once (its join and its checks)
      source =
          latest
              .unionByName(gone, true /* allowMissingColumns */)
              .persist(StorageLevel.MEMORY_AND_DISK());
      merge(w, type, keys, months, source);
      return months;
    } finally {
      if (source != null) {
        source.unpersist(false);
      }
      versions.unpersist(false);
      touched.unpersist(false);
    }
  }

  /**
   * MERGE of the touched records' latest versions (or their going) into the facts; the target is
   * read only in the months where their fact rows can be.
   */
  private static void merge(
      TableWriter w,
      RecordSchema type,
      List<String> keys,
      Set<String> months,
      Dataset<Row> source) {
    WarehouseTable facts = TableCatalog.facts(type);
    String view = "merge_source_" + type.name();
    source.createOrReplaceTempView(view);
    String on =
        keys.stream().map(k -> "t." + k + " = s." + k).collect(Collectors.joining(" AND "))
            + " AND t."
            + RecordSchema.MONTH
            + " IN ("
            + months.stream().map(m -> "'" + m + "'").collect(Collectors.joining(", "))
            + ")";
    w.sql(
        facts,
        "MERGE INTO "
            + w.warehouse().name(facts)
            + " t USING "
            + view
            + " s ON "
            + on
            + " WHEN MATCHED AND s."
            + GONE
            + " THEN DELETE"
            + " WHEN MATCHED THEN UPDATE SET *"
            + " WHEN NOT MATCHED AND NOT s."
            + GONE
            + " THEN INSERT *");
    w.warehouse().spark().catalog().dropTempView(view);
  }

  private static org.apache.spark.sql.Column[] cols(List<String> names) {
    return names.stream().map(n -> col(n)).toArray(org.apache.spark.sql.Column[]::new);
  }

  private static org.apache.spark.sql.Column[] cols(String... names) {
    return cols(List.of(names));
  }
}
