package cn.zoucheng.warehouse.jobs.config;

import java.io.Serializable;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which Iceberg catalog holds the warehouse's tables.
 *
 * <ul>
 *   <li>{@code sqlite} (the default for a warehouse in a local folder): Iceberg's JDBC catalog on
 *       the SQLite file {@code catalog.sqlite} in the warehouse folder; nothing to run.
 *   <li>{@code jdbc}: Iceberg's JDBC catalog on a shared database, e.g. {@code
 *       jdbc:postgresql://host/iceberg} (a cluster deployment; the warehouse on HDFS or S3).
 *   <li>{@code hadoop} (the default for {@code hdfs://} roots): Iceberg's Hadoop catalog, which
 *       commits by renaming files: safe on HDFS, whose rename is atomic, never on S3.
 * </ul>
 *
 * @param type the catalog kind
 * @param uri the JDBC URL ({@code sqlite}, {@code jdbc}); empty for {@code hadoop}
 * @param user the database user ({@code jdbc}); may be empty
 * @param password the database password ({@code jdbc}); may be empty, never printed
 */
public record CatalogConfig(Type type, String uri, String user, String password)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The SQLite catalog's file in the warehouse folder. */
  public static final String SQLITE_FILE = "catalog.sqlite";

  /** The kinds of catalog. */
  public enum Type {
    SQLITE,
    JDBC,
    HADOOP;

    /** The kind named by a configuration value ({@code sqlite}, {@code jdbc}, {@code hadoop}). */
    static Type of(String value) {
      try {
        return valueOf(value.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            WarehouseConfig.CATALOG_TYPE + " must be sqlite, jdbc or hadoop, got '" + value + "'",
            e);
      }
    }
  }

  /**
   * The catalog of a warehouse at {@code root}: the configured one, else SQLite in a local folder
   * and the Hadoop catalog elsewhere (refused on S3, where a rename is not atomic).
   */
  static CatalogConfig of(URI root, String type, String uri, String user, String password) {
    Type t =
        type == null || type.isBlank()
            ? ("file".equals(root.getScheme()) ? Type.SQLITE : Type.HADOOP)
            : Type.of(type);
    String scheme = root.getScheme() == null ? "" : root.getScheme();
    switch (t) {
      case SQLITE -> {
        if (!"file".equals(scheme)) {
          throw new IllegalArgumentException(
              "the SQLite catalog lives in a local warehouse folder; "
                  + root
                  + " is not one: set "
                  + WarehouseConfig.CATALOG_TYPE
                  + "=jdbc (PostgreSQL) or, on HDFS, hadoop");
        }
        String file = new WarehouseLayout(root).resolve(SQLITE_FILE).getPath();
        return new CatalogConfig(t, "jdbc:sqlite:" + file, "", "");
      }
      case JDBC -> {
        if (uri == null || uri.isBlank()) {
          throw new IllegalArgumentException(
              WarehouseConfig.CATALOG_TYPE
                  + "=jdbc needs "
                  + WarehouseConfig.CATALOG_URI
                  + ", e.g. jdbc:postgresql://db.example:5432/iceberg");
        }
        return new CatalogConfig(t, uri.trim(), blank(user), blank(password));
      }
      default -> {
        if (scheme.startsWith("s3")) {
          throw new IllegalArgumentException(
              "the Hadoop catalog commits by renaming files, which is not atomic on S3 ("
                  + root
                  + "): set "
                  + WarehouseConfig.CATALOG_TYPE
                  + "=jdbc and "
                  + WarehouseConfig.CATALOG_URI
                  + " to a shared database");
        }
        return new CatalogConfig(t, "", "", "");
      }
    }
  }

  /** The Spark properties registering this catalog as {@code spark.sql.catalog.<name>}. */
  public Map<String, String> sparkProperties(String name, URI root) {
    String prefix = "spark.sql.catalog." + name;
    Map<String, String> p = new LinkedHashMap<>();
    p.put(prefix, "org.apache.iceberg.spark.SparkCatalog");
    String warehouse = new WarehouseLayout(root).root().toString();
    p.put(prefix + ".warehouse", warehouse.substring(0, warehouse.length() - 1));
    // Every read sees the last commit, also one made through the Java API (recovery, rollback).
    p.put(prefix + ".cache-enabled", "false");
    if (type == Type.HADOOP) {
      p.put(prefix + ".type", "hadoop");
    } else {
      p.put(prefix + ".type", "jdbc");
      p.put(prefix + ".uri", uri);
      p.put(prefix + ".jdbc.schema-version", "V1");
      if (!user.isEmpty()) {
        p.put(prefix + ".jdbc.user", user);
      }
      if (!password.isEmpty()) {
        p.put(prefix + ".jdbc.password", password);
      }
    }
    return p;
  }

  /** What a person may read about the catalog: its kind and URL, never the password. */
  public String describe() {
    return switch (type) {
      case SQLITE -> "Iceberg JDBC catalog on SQLite (" + uri + ")";
      case JDBC -> "Iceberg JDBC catalog " + uri + (user.isEmpty() ? "" : " as " + user);
      case HADOOP -> "Iceberg Hadoop catalog (in the warehouse folder)";
    };
  }

  @Override
  public String toString() {
    return describe();
  }

  private static String blank(String s) {
    return s == null ? "" : s.trim();
  }
}
