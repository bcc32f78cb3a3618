package cn.zoucheng.warehouse.jobs.storage;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Column;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.iceberg.spark.CommitMetadata;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.analysis.NoSuchTableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The writes a run makes to the warehouse's tables, each one Iceberg commit (one snapshot) stamped
 * with the run's id ({@value #RUN_ID}), so that recovery can tell whose snapshot a table is at.
 * Every write is copy-on-write: a snapshot's data files are always whole.
 */
public final class TableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(TableWriter.class);

  /** The snapshot summary property naming the run that made the snapshot. */
  public static final String RUN_ID = "warehouse.run-id";

  private final Warehouse warehouse;
  private final String runId;

  TableWriter(Warehouse warehouse, String runId) {
    this.warehouse = warehouse;
    this.runId = runId;
  }

  /** The run the writes belong to. */
  public String runId() {
    return runId;
  }

  /** The warehouse written to. */
  public Warehouse warehouse() {
    return warehouse;
  }

  /** Adds the rows to the table. */
  public void append(WarehouseTable t, Dataset<Row> rows) {
    long started = System.nanoTime();
    try {
      conform(t, rows)
          .writeTo(warehouse.name(t))
          .option("snapshot-property." + RUN_ID, runId)
          .append();
    } catch (NoSuchTableException e) {
      throw missing(t, e);
    }
    log("appended to", t, started);
  }

  /**
   * Replaces the partitions of {@code values} (of the table's one partition column) with exactly
   * {@code rows}, in one snapshot: a value without rows leaves its partition empty. Nothing is
   * written when there are no values.
   */
  public void replacePartitions(WarehouseTable t, Collection<String> values, Dataset<Row> rows) {
    if (values.isEmpty()) {
      return;
    }
    if (t.partitionBy().size() != 1) {
      throw new IllegalArgumentException(t + " is not partitioned by one column");
    }
    long started = System.nanoTime();
    String column = t.partitionBy().get(0);
    try {
      conform(t, rows)
          .writeTo(warehouse.name(t))
          .option("snapshot-property." + RUN_ID, runId)
          .overwrite(col(column).isin(values.toArray()));
    } catch (NoSuchTableException e) {
      throw missing(t, e);
    }
    log("replaced " + values.size() + " partitions of", t, started);
  }

  /**
   * Replaces every row of the table with {@code rows}, in one snapshot, whose summary also holds
   * {@code property} = {@code value}.
   */
  public void replaceAll(WarehouseTable t, Dataset<Row> rows, String property, String value) {
    long started = System.nanoTime();
    try {
      conform(t, rows)
          .writeTo(warehouse.name(t))
          .option("snapshot-property." + RUN_ID, runId)
          .option("snapshot-property." + property, value)
          .overwrite(lit(true));
    } catch (NoSuchTableException e) {
      throw missing(t, e);
    }
    log("replaced all of", t, started);
  }

  /**
   * Runs a SQL statement that writes one table (a MERGE), committing with the run's id; the SQL
   * names the table as {@link Warehouse#name}.
   */
  public void sql(WarehouseTable t, String statement) {
    long started = System.nanoTime();
    Callable<Void> run =
        () -> {
          warehouse.spark().sql(statement);
          return null;
        };
    CommitMetadata.withCommitProperties(Map.of(RUN_ID, runId), run, RuntimeException.class);
    log("merged into", t, started);
  }

  private IllegalStateException missing(WarehouseTable t, NoSuchTableException e) {
    return new IllegalStateException(
        "table " + t + " is missing from " + warehouse.catalog().describe(), e);
  }

  /** The rows in the table's column order and types. */
  static Dataset<Row> conform(WarehouseTable t, Dataset<Row> rows) {
    List<String> present = List.of(rows.columns());
    return rows.select(
        t.columns().stream()
            .map(
                (Column c) ->
                    (present.contains(c.name()) ? col(c.name()) : lit(null))
                        .cast(SparkSchemas.type(c.type()))
                        .as(c.name()))
            .toArray(org.apache.spark.sql.Column[]::new));
  }

  private void log(String what, WarehouseTable t, long started) {
    LOG.info("{} {} ({} ms)", what, t, (System.nanoTime() - started) / 1_000_000);
    RunPhases.reached(runId, "wrote " + t.qualifiedName());
  }
}
