package cn.zoucheng.warehouse.schemas.exports;

import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.ColumnType;
import java.util.List;

/** The warehouse's own tables about its input: the manifest of files and the quarantine of rows. */
public final class WarehouseTables {
  private WarehouseTables() {}

  /** Status of a file in the manifest. */
  public enum FileStatus {
    /** Read and loaded; it is the current delivery of its town, month and record type. */
    LOADED("已入库"),
    /** The same content as the current delivery: nothing changed. */
    UNCHANGED("重复文件"),
    /** Read, then replaced in the same run by a later delivery of the same town-month-type. */
    SUPERSEDED("已被更正"),
    /** Could not be read at all; see reason. */
    REJECTED("拒收"),
    /** Not an export by its name (a backup, temporary or hidden file): listed, never read. */
    SKIPPED("未读取");

    private final String label;

    FileStatus(String label) {
      this.label = label;
    }

    /** The Chinese word a bulletin prints for the status. */
    public String label() {
      return label;
    }
  }

  /** One row per file per run. Partitioned by {@code run_id}. */
  public static final List<Column> MANIFEST =
      List.of(
          c("file", ColumnType.STRING, "文件", "path relative to the ingested folder"),
          c("file_name", ColumnType.STRING, "文件名", "file name"),
          c("record_type", ColumnType.STRING, "记录类型", "record type from the name, if known"),
          c("town_code", ColumnType.STRING, "镇街代码", "town from the name, if known"),
          c("file_month", ColumnType.STRING, "报送月份", "month from the name, YYYY-MM, if known"),
          c(
              "received_on",
              ColumnType.DATE,
              "接收日期",
              "date the city received it: the inbox folder's date (YYYY-MM-DD), else the file's"
                  + " time"),
          c("content_sha256", ColumnType.STRING, "内容哈希", "SHA-256 of the file's bytes"),
          c("format", ColumnType.STRING, "格式", "csv or xlsx"),
          c("encoding", ColumnType.STRING, "编码", "UTF-8, UTF-8-BOM, GB18030 or xlsx"),
          c("rows_read", ColumnType.INTEGER, "读取行数", "data rows (no title, header or 合计 rows)"),
          c("rows_loaded", ColumnType.INTEGER, "入库行数", "rows that passed validation"),
          c(
              "rows_quarantined",
              ColumnType.INTEGER,
              "隔离行数",
              "rows quarantined; read = loaded + quarantined"),
          c(
              "status",
              ColumnType.STRING,
              "状态",
              "LOADED, UNCHANGED, SUPERSEDED, REJECTED or SKIPPED"),
          c("reason", ColumnType.STRING, "原因", "Reason code when REJECTED or SKIPPED"),
          c("message", ColumnType.STRING, "说明", "what was wrong and how to fix it"),
          c(
              "replaced_file",
              ColumnType.STRING,
              "被替换文件",
              "for a LOADED re-delivery: the earlier file of the same town, month and record type"
                  + " whose rows it replaced"),
          c(
              "replaced_rows",
              ColumnType.INTEGER,
              "被替换行数",
              "rows the replaced file had loaded (all of them replaced by this file's)"),
          c("ingested_at", ColumnType.TIMESTAMP, "入库时间", "when the run read it (local time)"),
          c("run_id", ColumnType.STRING, "入库批次", "the ingest run (partition column)"));

  /** One row per rejected input row, for the current deliveries. */
  public static final List<Column> QUARANTINE =
      List.of(
          c("file", ColumnType.STRING, "文件", "path relative to the ingested folder"),
          c("source_row", ColumnType.INTEGER, "行号", "row number as a spreadsheet shows it"),
          c("bad_column", ColumnType.STRING, "问题列", "English name of the first bad column"),
          c("reason", ColumnType.STRING, "原因", "Reason code"),
          c("reason_label", ColumnType.STRING, "原因说明", "Chinese label of the reason"),
          c("message", ColumnType.STRING, "说明", "the problem, naming the value (PII masked)"),
          c("raw_value", ColumnType.STRING, "原始值", "the bad value as sent (masked if personal)"),
          c("raw_row", ColumnType.STRING, "原始行", "the whole row as JSON, personal values masked"),
          c("ingest_run_id", ColumnType.STRING, "入库批次", "the run that quarantined it"),
          c("record_type", ColumnType.STRING, "记录类型", "partition column"),
          c("file_month", ColumnType.STRING, "报送月份", "partition column"),
          c("town_code", ColumnType.STRING, "镇街代码", "partition column"));

  private static Column c(String name, ColumnType t, String label, String description) {
    return new Column(name, t, label, description);
  }
}
