package cn.zoucheng.warehouse.jobs.storage;

import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.iceberg.NullOrder;
import org.apache.iceberg.PartitionSpec;
import org.apache.iceberg.Schema;
import org.apache.iceberg.SortOrder;
import org.apache.iceberg.TableProperties;
import org.apache.iceberg.types.Type;
import org.apache.iceberg.types.Types;

/**
 * Converts the engine-neutral table definitions of {@code schemas/} into Iceberg's, at the edge.
 */
final class IcebergSchemas {
  private IcebergSchemas() {}

  /** The Iceberg type of a column type. */
  static Type type(ColumnType t) {
    return switch (t) {
      case STRING -> Types.StringType.get();
      case DATE -> Types.DateType.get();
      case INTEGER -> Types.IntegerType.get();
      case LONG -> Types.LongType.get();
      case DECIMAL -> Types.DecimalType.of(16, 2);
      case DOUBLE -> Types.DoubleType.get();
      case BOOLEAN -> Types.BooleanType.get();
      case TIMESTAMP -> Types.TimestampType.withoutZone();
    };
  }

  /** The table's schema: every column optional, its Chinese label as the field's doc. */
  static Schema schema(WarehouseTable t) {
    List<Types.NestedField> fields = new ArrayList<>();
    int id = 1;
    for (Column c : t.columns()) {
      fields.add(Types.NestedField.optional(id++, c.name(), type(c.type()), doc(c)));
    }
    return new Schema(fields);
  }

  /** Identity partitions on the table's partition columns. */
  static PartitionSpec spec(WarehouseTable t, Schema schema) {
    PartitionSpec.Builder b = PartitionSpec.builderFor(schema);
    t.partitionBy().forEach(b::identity);
    return b.build();
  }

  /** The order of rows inside each data file. */
  static SortOrder sortOrder(WarehouseTable t, Schema schema) {
    if (t.sortBy().isEmpty()) {
      return SortOrder.unsorted();
    }
    SortOrder.Builder b = SortOrder.builderFor(schema);
    t.sortBy().forEach(c -> b.asc(c, NullOrder.NULLS_FIRST));
    return b.build();
  }

  /**
   * The table properties: format v2, copy-on-write for every row-level operation (so every data
   * file of a snapshot is whole and plain Parquet readers such as DuckDB read it right), zstd,
   * writes clustered by partition, and no statistics for columns that could hold personal data.
   */
  static Map<String, String> properties(WarehouseTable t) {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(TableProperties.FORMAT_VERSION, "2");
    p.put(TableProperties.DELETE_MODE, "copy-on-write");
    p.put(TableProperties.UPDATE_MODE, "copy-on-write");
    p.put(TableProperties.MERGE_MODE, "copy-on-write");
    p.put(TableProperties.PARQUET_COMPRESSION, "zstd");
    p.put(
        TableProperties.WRITE_DISTRIBUTION_MODE,
        t.partitionBy().isEmpty()
            ? TableProperties.WRITE_DISTRIBUTION_MODE_NONE
            : TableProperties.WRITE_DISTRIBUTION_MODE_HASH);
    // metadata files of superseded versions go, beyond the last 20
    p.put(TableProperties.METADATA_DELETE_AFTER_COMMIT_ENABLED, "true");
    p.put(TableProperties.METADATA_PREVIOUS_VERSIONS_MAX, "20");
    for (String c : t.unsummarised()) {
      p.put(TableProperties.METRICS_MODE_COLUMN_CONF_PREFIX + c, "none");
      p.put(TableProperties.PARQUET_COLUMN_STATS_ENABLED_PREFIX + c, "false");
    }
    return p;
  }

  private static String doc(Column c) {
    return c.chineseLabel() + (c.description().isEmpty() ? "" : " — " + c.description());
  }
}
