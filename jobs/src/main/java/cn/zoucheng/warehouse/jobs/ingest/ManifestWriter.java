package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.sql.Date;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/** Appends one manifest row per file the run saw: what it was, what became of it, and why. */
final class ManifestWriter {
  private ManifestWriter() {}

  /** Appends the run's files with their statuses. */
  static void append(
      TableWriter w, List<ParsedFile> files, Map<String, FileStatus> statuses, LocalDateTime at) {
    List<Row> rows = new ArrayList<>();
    for (ParsedFile f : files) {
      FileStatus status = statuses.get(f.file());
      rows.add(
          RowFactory.create(
              f.file(),
              f.fileName(),
              f.name() == null ? null : f.name().recordType(),
              f.name() == null ? null : f.name().townCode(),
              f.name() == null ? null : f.name().month().toString(),
              Date.valueOf(f.receivedOn()),
              f.sha256(),
              f.format(),
              f.encoding(),
              f.rowsRead(),
              f.rowsLoaded(),
              f.rowsQuarantined(),
              status.name(),
              f.rejectReason() == null ? null : f.rejectReason().name(),
              f.message(),
              f.replaced() == null ? null : f.replaced().file(),
              f.replaced() == null ? null : f.replaced().rowsLoaded(),
              at,
              w.runId()));
    }
    if (rows.isEmpty()) {
      return;
    }
    w.append(
        TableCatalog.MANIFEST,
        w.warehouse()
            .spark()
            .createDataFrame(rows, SparkSchemas.struct(WarehouseTables.MANIFEST))
            .coalesce(1));
  }
}
