package cn.zoucheng.warehouse.jobs.spark;

import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.MetadataBuilder;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** Converts the engine-neutral schemas of {@code schemas/} into Spark types, at the edge. */
public final class SparkSchemas {
  private SparkSchemas() {}

  /** The Spark type of a column type. */
  public static DataType type(ColumnType t) {
    return switch (t) {
      case STRING -> DataTypes.StringType;
      case DATE -> DataTypes.DateType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DECIMAL ->
          DataTypes.createDecimalType(ColumnType.DECIMAL_PRECISION, ColumnType.DECIMAL_SCALE);
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case TIMESTAMP -> DataTypes.TimestampNTZType;
    };
  }

  /** A struct of the given columns, each carrying its Chinese label as a comment. */
  public static StructType struct(List<Column> columns) {
    StructField[] fields = new StructField[columns.size()];
    for (int i = 0; i < fields.length; i++) {
      Column c = columns.get(i);
      Metadata md = new MetadataBuilder().putString("comment", c.chineseLabel()).build();
      fields[i] = new StructField(c.name(), type(c.type()), true, md);
    }
    return new StructType(fields);
  }

  /** The schema of a record type's fact (and deliveries) table, partition columns included. */
  public static StructType facts(RecordSchema schema) {
    return struct(schema.columns());
  }

  /** The schema of a reference table. */
  public static StructType reference(ReferenceTable table) {
    return struct(table.columns());
  }
}
