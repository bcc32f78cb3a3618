package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.commit.Replacement;
import cn.zoucheng.warehouse.jobs.commit.StagedCommit;
import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stages a run's tables so that exactly the computed months are replaced when the run commits: each
 * month's partition is written under the run's staging folder (one holding an empty Parquet file
 * for a computed month without rows, so readers see "computed, nothing" and DuckDB views can bind)
 * and listed as a {@link Replacement}; nothing is visible to readers until {@link
 * StagedCommit#commit} swaps the partitions in.
 */
final class PeriodTableWriter {
  private static final Logger LOG = LoggerFactory.getLogger(PeriodTableWriter.class);

  private final SparkSession spark;
  private final WarehouseLayout layout;
  private final Path staging;
  private final List<Replacement> replacements = new ArrayList<>();

  /** Writes into {@code staging}, the run's staging folder under the warehouse {@code layout}. */
  PeriodTableWriter(SparkSession spark, WarehouseLayout layout, Path staging) {
    this.spark = spark;
    this.layout = layout;
    this.staging = staging;
  }

  /** The partitions staged so far, for the commit. */
  List<Replacement> replacements() {
    return List.copyOf(replacements);
  }

  /** Stages the months {@code periods} of the table with {@code rows}; returns the row count. */
  long overwrite(Dataset<Row> rows, String relative, List<YearMonth> periods, String... sortBy) {
    long started = System.nanoTime();
    Dataset<Row> cached = rows.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = 0;
      Set<String> written = new HashSet<>();
      for (Row r : cached.groupBy("period").count().collectAsList()) {
        written.add(r.getString(0));
        count += r.getLong(1);
      }
      String path = new Path(staging, relative).toString();
      if (count > 0) {
        cached
            .repartition(col("period"))
            .sortWithinPartitions(sortColumns(sortBy))
            .write()
            .mode(SaveMode.Overwrite)
            .partitionBy("period")
            .parquet(path);
      }
      for (YearMonth m : periods) {
        replacements.add(Replacement.of(relative + "/period=" + m));
      }
      List<YearMonth> empty =
          periods.stream().filter(m -> !written.contains(m.toString())).toList();
      if (!empty.isEmpty()) {
        writeEmpty(cached.drop("period"), path, empty);
      }
      LOG.info(
          "{}: {} rows in {} of {} months ({} ms)",
          relative,
          count,
          written.size(),
          periods.size(),
          (System.nanoTime() - started) / 1_000_000);
      return count;
    } finally {
      cached.unpersist();
    }
  }

  /**
   * Stages a run's rows as the partition {@code run_id=<runId>} of a table partitioned by run, one
   * file even when empty; returns the row count.
   */
  long writeRun(Dataset<Row> rows, String relative, String runId) {
    long started = System.nanoTime();
    Dataset<Row> cached = rows.drop("run_id").persist(StorageLevel.MEMORY_AND_DISK());
    try {
      long count = cached.count();
      LOG.info("{}: {} rows ({} ms)", relative, count, (System.nanoTime() - started) / 1_000_000);
      String partition = relative + "/run_id=" + runId;
      cached
          .coalesce(1)
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(new Path(staging, partition).toString());
      replacements.add(Replacement.of(partition));
      return count;
    } finally {
      cached.unpersist();
    }
  }

  private static org.apache.spark.sql.Column[] sortColumns(String[] names) {
    String[] use = names.length == 0 ? new String[] {"period"} : names;
    org.apache.spark.sql.Column[] out = new org.apache.spark.sql.Column[use.length];
    for (int i = 0; i < use.length; i++) {
      out[i] = col(use[i]);
    }
    return out;
  }

  /**
   * Replaces each of the months with a partition holding one empty Parquet file: written once by
   * Spark, then copied, so that empty months cost no Spark job each.
   */
  private void writeEmpty(Dataset<Row> schemaOf, String path, List<YearMonth> months) {
    // Written outside the table, so that no reader sees it.
    String template =
        layout.resolve(WarehouseLayout.staging("empty-" + java.util.UUID.randomUUID())).toString();
    schemaOf.limit(0).coalesce(1).write().mode(SaveMode.Overwrite).parquet(template);
    try {
      Path dir = new Path(template);
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      FileStatus[] files = fs.listStatus(dir, f -> f.getName().endsWith(".parquet"));
      for (YearMonth m : months) {
        Path partition = new Path(path + "/period=" + m);
        fs.delete(partition, true);
        fs.mkdirs(partition);
        for (FileStatus f : files) {
          FileUtil.copy(
              fs,
              f.getPath(),
              fs,
              new Path(partition, f.getPath().getName()),
              false,
              spark.sparkContext().hadoopConfiguration());
        }
      }
      fs.delete(dir, true);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the empty months of " + path, e);
    }
  }
}
