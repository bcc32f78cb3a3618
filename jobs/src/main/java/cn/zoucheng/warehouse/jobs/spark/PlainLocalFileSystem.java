package cn.zoucheng.warehouse.jobs.spark;

import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system without Hadoop's {@code .crc} side files next to every data file of a local
 * warehouse. Hadoop's own raw local file system does not name its scheme, which Iceberg asks for
 * when it plans a read; this one does.
 */
public final class PlainLocalFileSystem extends RawLocalFileSystem {
  @Override
  public String getScheme() {
    return "file";
  }
}
