package cn.zoucheng.warehouse.jobs.config;

import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.Serializable;
import java.net.URI;

/**
 * Where each table lives under the warehouse root (a local folder, {@code hdfs://…} or {@code
 * s3a://…}). The one place that names warehouse paths; relative names are what the DuckDB views
 * use.
 *
 * <pre>
 * facts/&lt;record_type&gt;/month=YYYY-MM/town_code=NNN/   latest version of every record
 * deliveries/&lt;record_type&gt;/file_month=YYYY-MM/town_code=NNN/   rows of the current delivery
 * quarantine/record_type=…/file_month=…/town_code=…/   rejected rows of the current deliveries
 * manifest/run_id=…/   every file every run saw
 * reference/&lt;table&gt;/   reference data
 * metrics/period=YYYY-MM/   the metrics table
 * warehouse.duckdb   views only
 * </pre>
 */
public record WarehouseLayout(URI root) implements Serializable {

  /** Name of the DuckDB catalogue file at the root. */
  public static final String DUCKDB_FILE = "warehouse.duckdb";

  public WarehouseLayout {
    String s = root.toString();
    if (!s.endsWith("/")) {
      root = URI.create(s + "/");
    }
  }

  /** Resolves a path relative to the root. */
  public URI resolve(String relative) {
    return root.resolve(relative);
  }

  /** Relative path of a record type's fact table. */
  public static String facts(RecordSchema schema) {
    return "facts/" + schema.name();
  }

  /** Relative path of a record type's deliveries table (rows of each town-month's current file). */
  public static String deliveries(RecordSchema schema) {
    return "deliveries/" + schema.name();
  }

  /** Relative path of the quarantine table. */
  public static String quarantine() {
    return "quarantine";
  }

  /** Relative path of the manifest table. */
  public static String manifest() {
    return "manifest";
  }

  /** Relative path of a reference table. */
  public static String reference(ReferenceTable table) {
    return "reference/" + table.name();
  }

  /** Relative path of the metrics table. */
  public static String metrics() {
    return "metrics";
  }

  /** Relative path of the staging area of a run; nothing under it is visible to readers. */
  public static String staging(String runId) {
    return "_staging/" + runId;
  }
}
