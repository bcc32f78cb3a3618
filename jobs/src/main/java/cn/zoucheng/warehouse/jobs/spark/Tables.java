package cn.zoucheng.warehouse.jobs.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** Reads warehouse tables (partitioned Parquet folders) with their declared schema. */
public final class Tables {
  private Tables() {}

  /**
   * The table at {@code location} read with {@code schema} (partition columns included, as
   * strings), or an empty table of that schema when nothing has been written there yet.
   */
  public static Dataset<Row> read(SparkSession spark, URI location, StructType schema) {
    if (!exists(spark, location)) {
      return spark.createDataFrame(java.util.List.of(), schema);
    }
    return spark
        .read()
        .schema(schema)
        .option("basePath", location.toString())
        .parquet(location.toString());
  }

  /** Whether anything exists at the location. */
  public static boolean exists(SparkSession spark, URI location) {
    try {
      Path p = new Path(location);
      FileSystem fs = p.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot look at " + location, e);
    }
  }
}
