package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the metrics job needs from a warehouse: facts with the contract's schema, the manifest
 * and quarantine, and reference data (the warehouse's copy, else the one shipped on the classpath).
 */
final class MetricsInputs {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsInputs.class);

  private final SparkSession spark;
  private final WarehouseLayout layout;

  MetricsInputs(SparkSession spark, WarehouseLayout layout) {
    this.spark = spark;
    this.layout = layout;
  }

  /** A record type's facts (partition columns as strings); empty if the table does not exist. */
  Dataset<Row> facts(RecordSchema schema) {
    String path = layout.resolve(WarehouseLayout.facts(schema)).toString();
    if (!exists(path)) {
      LOG.info("no facts of {} at {}", schema.name(), path);
      return spark.createDataFrame(List.of(), SparkSchemas.facts(schema));
    }
    return spark.read().schema(SparkSchemas.facts(schema)).option("basePath", path).parquet(path);
  }

  /** The manifest, columns cast to the contract's types; empty if there is none. */
  Dataset<Row> manifest() {
    return table(WarehouseLayout.manifest(), WarehouseTables.MANIFEST);
  }

  /** The quarantine, columns cast to the contract's types; empty if there is none. */
  Dataset<Row> quarantine() {
    return table(WarehouseLayout.quarantine(), WarehouseTables.QUARANTINE);
  }

  /** Whether the warehouse holds a manifest at all. */
  boolean hasManifest() {
    return exists(layout.resolve(WarehouseLayout.manifest()).toString());
  }

  /** A reference table: the warehouse's Parquet copy if present, else the shipped CSV. */
  Dataset<Row> reference(ReferenceTable table) {
    String path = layout.resolve(WarehouseLayout.reference(table)).toString();
    Dataset<Row> stored = readIfPresent(path);
    if (stored != null) {
      return castTo(stored, table.columns());
    }
    LOG.info("reference table {} not in the warehouse; using the shipped copy", table.name());
    List<Row> rows = new ArrayList<>();
    for (String[] r : ReferenceData.load().rows(table)) {
      Object[] values = new Object[r.length];
      for (int i = 0; i < r.length; i++) {
        values[i] = parse(table.columns().get(i), r[i]);
      }
      rows.add(RowFactory.create(values));
    }
    return spark.createDataFrame(rows, SparkSchemas.reference(table));
  }

  private Dataset<Row> table(String relative, List<Column> columns) {
    Dataset<Row> stored = readIfPresent(layout.resolve(relative).toString());
    if (stored == null) {
      return spark.createDataFrame(List.of(), SparkSchemas.struct(columns));
    }
    return castTo(stored, columns);
  }

  private static Dataset<Row> castTo(Dataset<Row> df, List<Column> columns) {
    List<String> present = List.of(df.columns());
    org.apache.spark.sql.Column[] cols = new org.apache.spark.sql.Column[columns.size()];
    for (int i = 0; i < cols.length; i++) {
      Column c = columns.get(i);
      org.apache.spark.sql.Column source = present.contains(c.name()) ? col(c.name()) : lit(null);
      cols[i] = source.cast(SparkSchemas.type(c.type())).as(c.name());
    }
    return df.select(cols);
  }

  private Dataset<Row> readIfPresent(String path) {
    if (!exists(path)) {
      return null;
    }
    try {
      return spark.read().parquet(path);
    } catch (Exception e) {
      // An empty folder has no schema to infer: treat it as absent.
      if (e instanceof AnalysisException) {
        LOG.warn("cannot read {} ({}); treating it as empty", path, e.getMessage());
        return null;
      }
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }

  private boolean exists(String path) {
    try {
      Path p = new Path(path);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + path, e);
    }
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
