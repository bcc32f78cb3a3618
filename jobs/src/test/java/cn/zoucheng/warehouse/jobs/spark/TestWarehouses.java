package cn.zoucheng.warehouse.jobs.spark;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.nio.file.Path;

/** Warehouses in test folders, on the shared session, with the default (SQLite) catalog. */
public final class TestWarehouses {
  private TestWarehouses() {}

  /** The warehouse in the folder (created, with its tables, if new). */
  public static Warehouse at(Path root) {
    return Warehouse.open(SharedSpark.session(), WarehouseConfig.of(root.toUri()));
  }
}
