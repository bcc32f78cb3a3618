package cn.zoucheng.warehouse.jobs.spark;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Intermediate results computed once and kept, with their lineage cut. */
public final class Lineage {
  private Lineage() {}

  /**
   * Computes the rows now and keeps them on the executors ({@code localCheckpoint}, memory and
   * disk), returning a Dataset that reads them and nothing else. Use it rather than {@code persist}
   * for a small result read often: a cached plan is matched against each later query, and Spark
   * misses the cache at the second read of a plan with a window in one query (the copy whose
   * attributes it renames), recomputing it there; a cut lineage is not re-analysed or recomputed at
   * all. The rows go when nothing refers to the returned Dataset any more (a temp view over it
   * counts), as Spark's cleaner then drops their blocks.
   */
  public static Dataset<Row> cut(Dataset<Row> d) {
    return d.localCheckpoint(true /* eager */);
  }
}
