package cn.zoucheng.warehouse.jobs.spark;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/** A shipped reference table's rows as a typed Spark table. */
public final class ReferenceRows {
  private ReferenceRows() {}

  /** The rows of the shipped table, typed as its columns say (empty cells null). */
  public static Dataset<Row> of(SparkSession spark, ReferenceData reference, ReferenceTable table) {
    List<Row> rows = new ArrayList<>();
    for (String[] r : reference.rows(table)) {
      Object[] values = new Object[r.length];
      for (int i = 0; i < r.length; i++) {
        values[i] = parse(table.columns().get(i), r[i]);
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, SparkSchemas.reference(table));
  }

  private static Object parse(Column column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    return switch (column.type()) {
      case BOOLEAN -> "是".equals(text) || "true".equalsIgnoreCase(text);
      case INTEGER -> Integer.valueOf(text);
      case LONG -> Long.valueOf(text);
      case DOUBLE -> Double.valueOf(text);
      default -> text;
    };
  }
}
