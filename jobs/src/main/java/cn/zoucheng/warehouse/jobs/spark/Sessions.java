package cn.zoucheng.warehouse.jobs.spark;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the one SparkSession a run (or a test JVM) shares, tuned for a small machine: few shuffle
 * partitions, adaptive execution, no UI, zstd Parquet, timestamps without time zone, and the legacy
 * charset switch that lets Spark decode GB18030.
 */
public final class Sessions {
  private Sessions() {}

  /**
   * The session for a run: under spark-submit the master and the rest come from spark-submit; in a
   * plain JVM from the configuration.
   */
  public static SparkSession open(WarehouseConfig config, String appName) {
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    if (System.getProperty("spark.master") == null) {
      b.master(config.sparkMaster())
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1");
    }
    return tuned(b, config.shufflePartitions()).getOrCreate();
  }

  /** Applies the settings every session of the warehouse runs with. */
  public static SparkSession.Builder tuned(SparkSession.Builder b, int shufflePartitions) {
    return b.config("spark.ui.enabled", "false")
        .config("spark.ui.showConsoleProgress", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
        .config("spark.default.parallelism", String.valueOf(Math.max(2, shufflePartitions)))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.adaptive.coalescePartitions.enabled", "true")
        .config("spark.sql.parquet.compression.codec", "zstd")
        .config("spark.sql.timestampType", "TIMESTAMP_NTZ")
        .config("spark.sql.session.timeZone", "Asia/Shanghai")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic")
        .config("spark.sql.legacy.javaCharsets", "true")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        // Each task's files are moved once, not twice, and no _SUCCESS markers: the warehouse
        // publishes whole folders itself (StagedCommit), so the committer's own steps buy nothing.
        .config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "2")
        .config("spark.hadoop.mapreduce.fileoutputcommitter.marksuccessfuljobs", "false")
        .config("spark.sql.parquet.summary.metadata.level", "NONE")
        // No .crc side files next to every Parquet file of a local warehouse.
        .config("spark.hadoop.fs.file.impl", "org.apache.hadoop.fs.RawLocalFileSystem")
        .config("spark.hadoop.fs.file.impl.disable.cache", "true");
  }
}
