package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.spark.ReferenceRows;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.jobs.storage.WarehouseRun;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
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
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

/**
 * Writes a hand-made warehouse into a folder: facts, manifest, quarantine and reference tables, as
 * Iceberg tables of a committed run, like the ingest leaves them.
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

  /**
   * Writes everything as one committed run of the warehouse (facts replace the town-months they
   * hold, the manifest and quarantine are replaced) and returns the warehouse.
   */
  Warehouse write() {
    Warehouse w = TestWarehouses.at(root);
    WarehouseRun.execute(
        w,
        "fixture",
        RunIds.next("fixture"),
        Optional.empty(),
        writer -> {
          for (Map.Entry<RecordSchema, List<Row>> e : facts.entrySet()) {
            replaceTownMonths(
                writer,
                TableCatalog.facts(e.getKey()),
                spark.createDataFrame(e.getValue(), SparkSchemas.facts(e.getKey())));
          }
          if (!manifest.isEmpty()) {
            writer.replaceAll(
                TableCatalog.MANIFEST,
                spark.createDataFrame(manifest, SparkSchemas.struct(WarehouseTables.MANIFEST)),
                "fixture",
                "true");
          }
          if (!quarantine.isEmpty()) {
            writer.replaceAll(
                TableCatalog.QUARANTINE,
                spark.createDataFrame(quarantine, SparkSchemas.struct(WarehouseTables.QUARANTINE)),
                "fixture",
                "true");
          }
          if (!villages.isEmpty()) {
            writer.replaceAll(
                TableCatalog.reference(ReferenceTable.VILLAGES),
                spark.createDataFrame(villages, SparkSchemas.reference(ReferenceTable.VILLAGES)),
                "fixture",
                "true");
          }
          for (ReferenceTable t : List.of(ReferenceTable.TOWNS, ReferenceTable.TARGETS)) {
            writer.replaceAll(
                TableCatalog.reference(t),
                ReferenceRows.of(spark, ReferenceData.load(), t),
                "fixture",
                "true");
          }
          return null;
        });
    facts.clear();
    return w;
  }

  /** The rows replace what the table holds of their (month, town) pairs. */
  private static void replaceTownMonths(TableWriter writer, WarehouseTable t, Dataset<Row> rows) {
    List<String> months =
        rows.select("month").distinct().collectAsList().stream().map(r -> r.getString(0)).toList();
    Dataset<Row> kept =
        writer
            .warehouse()
            .read(t)
            .where(col("month").isin(months.toArray()))
            .join(
                rows.select("month", "town_code").distinct(),
                scala("month", "town_code"),
                "left_anti");
    List<Row> keptRows = kept.collectAsList();
    writer.replacePartitions(
        t, months, rows.unionByName(spark(writer).createDataFrame(keptRows, rows.schema())));
  }

  private static org.apache.spark.sql.SparkSession spark(TableWriter w) {
    return w.warehouse().spark();
  }

  private static scala.collection.immutable.Seq<String> scala(String... names) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(names)).toList();
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
