package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.spark.ReferenceRows;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads what the metrics job needs from a warehouse: facts, the manifest and quarantine, and
 * reference data (the warehouse's copy, else the one shipped on the classpath).
 */
final class MetricsInputs {
  private static final Logger LOG = LoggerFactory.getLogger(MetricsInputs.class);

  private final Warehouse warehouse;

  MetricsInputs(Warehouse warehouse) {
    this.warehouse = warehouse;
  }

  /** A record type's facts. */
  Dataset<Row> facts(RecordSchema schema) {
    return warehouse.read(TableCatalog.facts(schema));
  }

  /** The manifest. */
  Dataset<Row> manifest() {
    return warehouse.read(TableCatalog.MANIFEST);
  }

  /** The quarantine. */
  Dataset<Row> quarantine() {
    return warehouse.read(TableCatalog.QUARANTINE);
  }

  /** Whether the warehouse holds a manifest at all. */
  boolean hasManifest() {
    return warehouse.snapshot(TableCatalog.MANIFEST).isPresent();
  }

  /** A reference table: the warehouse's copy if it has one, else the shipped CSV. */
  Dataset<Row> reference(ReferenceTable table) {
    WarehouseTable t = TableCatalog.reference(table);
    if (warehouse.snapshot(t).isPresent()) {
      return warehouse.read(t);
    }
    LOG.info("reference table {} not in the warehouse; using the shipped copy", table.name());
    return ReferenceRows.of(warehouse.spark(), ReferenceData.load(), table);
  }
}
