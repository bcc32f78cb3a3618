package cn.zoucheng.warehouse.jobs.config;

import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.io.Serializable;
import java.net.URI;

/**
 * Where the warehouse lives: its root (a local folder, {@code hdfs://…} or {@code s3a://…}). Each
 * table's folder under it comes from {@link WarehouseTable#folder()}; the other files at the root
 * are the run records ({@code _runs/}), the lock, the SQLite catalog (local) and the DuckDB
 * catalogue (local).
 */
public record WarehouseLayout(URI root) implements Serializable {

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

  /** The folder of a table. */
  public URI folder(WarehouseTable table) {
    return resolve(table.folder());
  }

  /**
   * The path of a file of the warehouse relative to the root, or empty when it lies elsewhere;
   * {@code file:/a/b} and {@code file:///a/b} are the same place.
   */
  public java.util.Optional<String> relativize(String location) {
    String base = new org.apache.hadoop.fs.Path(root).toUri().getPath();
    String path = new org.apache.hadoop.fs.Path(location).toUri().getPath();
    if (!base.endsWith("/")) {
      base = base + "/";
    }
    return path.startsWith(base)
        ? java.util.Optional.of(path.substring(base.length()))
        : java.util.Optional.empty();
  }
}
