package cn.zoucheng.warehouse.reports.warehouse;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/** The one door of the reports into the warehouse: a read-only DuckDB catalogue connection. */
public final class Catalog {
  private Catalog() {}

  /** A read-only connection to the catalogue of the local warehouse folder {@code root}. */
  public static Connection open(Path root) throws SQLException {
    return DuckDbCatalog.open(root);
  }
}
