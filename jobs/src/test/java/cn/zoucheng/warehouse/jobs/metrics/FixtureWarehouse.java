package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a hand-made warehouse into a folder: facts, manifest, quarantine and reference tables,
 * laid out as the ingest leaves them ({@code facts/<type>/month=…/town_code=…/}).
 */
final class FixtureWarehouse {
  private final SparkSession spark;
  private final Path root;
  private final Map<RecordSchema, List<Row>> facts = new LinkedHashMap<>();
  private final List<Row> manifest = new ArrayList<>();
  private final List<Row> quarantine = new ArrayList<>();
  private final List<Row> villages = new ArrayList<>();
  private int sourceRow = 2;

  FixtureWarehouse(SparkSession spark, Path root) {
    this.spark = spark;
    this.root = root;
  }

  WarehouseLayout layout() {
    return new WarehouseLayout(root.toUri());
  }

  Path root() {
    return root;
  }

  /** A village of the fixture's villages reference table. */
  FixtureWarehouse village(String code, String name, String townCode) {
    villages.add(RowFactory.create(code, name, townCode, "村", false));
    return this;
  }

  /**
   * A fact row of the given type in a town: column/value pairs, dates as {@code YYYY-MM-DD}; the
   * month partition comes from the placing field and lineage columns are filled in.
   */
  FixtureWarehouse fact(RecordSchema type, String town, Object... pairs) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      values.put((String) pairs[i], pairs[i + 1]);
    }
    values.put("town_code", town);
    Object placing = values.get(type.placingField().columns().get(0).name());
    String month = placing.toString().substring(0, 7);
    values.putIfAbsent("month", month);
    values.putIfAbsent("file_month", month);
    values.putIfAbsent("source_file", town + "_" + month + "_" + type.name() + ".csv");
    values.putIfAbsent("source_row", sourceRow++);
    values.putIfAbsent("ingest_run_id", "ingest-fixture");
    List<Column> columns = type.columns();
    Object[] row = new Object[columns.size()];
    for (int i = 0; i < row.length; i++) {
      row[i] = convert(columns.get(i), values.remove(columns.get(i).name()));
    }
    if (!values.isEmpty()) {
      throw new IllegalArgumentException(type.name() + " has no columns " + values.keySet());
    }
    facts.computeIfAbsent(type, t -> new ArrayList<>()).add(RowFactory.create(row));
    return this;
  }

  /** A manifest row of a file loaded in run {@code runId}. */
  FixtureWarehouse delivered(
      String type, String town, String month, String receivedOn, String sha, String runId) {
    return file(type, town, month, receivedOn, sha, runId, "LOADED", 10, 10, 0, null);
  }

  /** A manifest row with every detail. */
  FixtureWarehouse file(
      String type,
      String town,
      String month,
      String receivedOn,
      String sha,
      String runId,
      String status,
      int read,
      int loaded,
      int quarantined,
      String reason) {
    String name = town + "_" + month + "_" + type + ".csv";
    String file = receivedOn + "/" + name;
    manifest.add(
        RowFactory.create(
            file,
            name,
            type,
            town,
            month,
            Date.valueOf(receivedOn),
            sha,
            "csv",
            "UTF-8",
            read,
            loaded,
            quarantined,
            status,
            reason,
            null,
            null,
            null,
            LocalDate.parse(receivedOn).atTime(9, 0).plusMinutes(manifest.size()),
            runId));
    return this;
  }

  /** A quarantined row of the file a manifest row names. */
  FixtureWarehouse quarantined(
      String type, String town, String month, String receivedOn, String reason, String label) {
    String file = receivedOn + "/" + town + "_" + month + "_" + type + ".csv";
    quarantine.add(
        RowFactory.create(
            file,
            quarantine.size() + 2,
            "accepted_on",
            reason,
            label,
            "bad",
            "x",
            "{}",
            "ingest-fixture",
            type,
            month,
            town));
    return this;
  }

  /** Writes everything (facts replace the partitions they hold) and returns the layout. */
  WarehouseLayout write() {
    for (Map.Entry<RecordSchema, List<Row>> e : facts.entrySet()) {
      spark
          .createDataFrame(e.getValue(), SparkSchemas.facts(e.getKey()))
          .write()
          .mode(SaveMode.Overwrite)
          .option("partitionOverwriteMode", "dynamic")
          .partitionBy("month", "town_code")
          .parquet(path(WarehouseLayout.facts(e.getKey())));
    }
    facts.clear();
    if (!manifest.isEmpty()) {
      spark
          .createDataFrame(manifest, SparkSchemas.struct(WarehouseTables.MANIFEST))
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("run_id")
          .parquet(path(WarehouseLayout.manifest()));
    }
    if (!quarantine.isEmpty()) {
      spark
          .createDataFrame(quarantine, SparkSchemas.struct(WarehouseTables.QUARANTINE))
          .write()
          .mode(SaveMode.Overwrite)
          .partitionBy("record_type", "file_month", "town_code")
          .parquet(path(WarehouseLayout.quarantine()));
    }
    if (!villages.isEmpty()) {
      writeReference(
          ReferenceTable.VILLAGES,
          spark.createDataFrame(villages, SparkSchemas.reference(ReferenceTable.VILLAGES)));
    }
    MetricsInputs shipped =
        new MetricsInputs(spark, new WarehouseLayout(root.resolve("none").toUri()));
    writeReference(ReferenceTable.TOWNS, shipped.reference(ReferenceTable.TOWNS));
    writeReference(ReferenceTable.TARGETS, shipped.reference(ReferenceTable.TARGETS));
    return layout();
  }

  private void writeReference(ReferenceTable table, org.apache.spark.sql.Dataset<Row> rows) {
    rows.coalesce(1)
        .write()
        .mode(SaveMode.Overwrite)
        .parquet(path(WarehouseLayout.reference(table)));
  }

  private String path(String relative) {
    return root.resolve(relative).toString();
  }

  private static Object convert(Column column, Object value) {
    if (value == null) {
      return null;
    }
    return switch (column.type()) {
      case DATE -> Date.valueOf(value.toString());
      case DECIMAL -> new BigDecimal(value.toString());
      case INTEGER -> ((Number) value).intValue();
      case TIMESTAMP -> (LocalDateTime) value;
      default -> value;
    };
  }
}
