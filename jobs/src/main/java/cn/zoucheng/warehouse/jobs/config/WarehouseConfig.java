package cn.zoucheng.warehouse.jobs.config;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The warehouse's configuration. Each key is looked up, first match wins, in: an explicit override
 * (a command-line flag), the environment ({@code WAREHOUSE_ROOT} for {@code warehouse.root}: upper
 * case, dots and dashes to underscores), the properties file ({@code --config}, else {@code
 * warehouse.properties} in the working directory, if present), then the default.
 *
 * @param warehouseRoot where the warehouse lives
 * @param catalog the Iceberg catalog holding its tables
 * @param sparkMaster the configured Spark master, if any (else {@code local[*]}, or spark-submit's)
 * @param shufflePartitions the configured shuffle partitions, if any (else the session's default)
 */
public record WarehouseConfig(
    URI warehouseRoot,
    CatalogConfig catalog,
    Optional<String> sparkMaster,
    Optional<Integer> shufflePartitions) {

  /** Where the warehouse lives: a folder, {@code hdfs://…} or {@code s3a://…}. */
  public static final String WAREHOUSE_ROOT = "warehouse.root";

  /**
   * The Iceberg catalog: {@code sqlite} (default in a local folder), {@code jdbc}, {@code hadoop}.
   */
  public static final String CATALOG_TYPE = "warehouse.catalog.type";

  /** The JDBC URL of a {@code jdbc} catalog, e.g. {@code jdbc:postgresql://host:5432/iceberg}. */
  public static final String CATALOG_URI = "warehouse.catalog.uri";

  /** The database user of a {@code jdbc} catalog. */
  public static final String CATALOG_USER = "warehouse.catalog.user";

  /** The database password of a {@code jdbc} catalog (better in the environment than a file). */
  public static final String CATALOG_PASSWORD = "warehouse.catalog.password";

  /** The Spark master outside spark-submit; default {@code local[*]}. */
  public static final String SPARK_MASTER = "spark.master";

  /** Shuffle partitions; default 4 on one machine, unless Spark's own settings give one. */
  public static final String SHUFFLE_PARTITIONS = "spark.shuffle-partitions";

  public WarehouseConfig {
    sparkMaster = sparkMaster == null ? Optional.empty() : sparkMaster;
    shufflePartitions = shufflePartitions == null ? Optional.empty() : shufflePartitions;
  }

  /** Reads the configuration from the sources listed in the class comment. */
  public static WarehouseConfig load(Path configFile, Map<String, String> overrides) {
    return load(configFile, overrides, System.getenv());
  }

  static WarehouseConfig load(
      Path configFile, Map<String, String> overrides, Map<String, String> env) {
    Properties file = new Properties();
    Path p = configFile != null ? configFile : Path.of("warehouse.properties");
    if (Files.isRegularFile(p)) {
      try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        file.load(r);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read configuration file " + p, e);
      }
    } else if (configFile != null) {
      throw new IllegalArgumentException("configuration file not found: " + configFile);
    }
    Lookup l = new Lookup(overrides, env, file);
    URI root = toUri(l.get(WAREHOUSE_ROOT).orElse("warehouse"));
    CatalogConfig catalog =
        CatalogConfig.of(
            root,
            l.get(CATALOG_TYPE).orElse(null),
            l.get(CATALOG_URI).orElse(null),
            l.get(CATALOG_USER).orElse(null),
            l.get(CATALOG_PASSWORD).orElse(null));
    Optional<Integer> partitions =
        l.get(SHUFFLE_PARTITIONS)
            .map(
                v -> {
                  try {
                    return Integer.valueOf(v);
                  } catch (NumberFormatException e) {
                    throw new IllegalArgumentException(
                        SHUFFLE_PARTITIONS + " must be a number, got '" + v + "'", e);
                  }
                });
    return new WarehouseConfig(root, catalog, l.get(SPARK_MASTER), partitions);
  }

  /** A configuration of a local warehouse folder with the defaults (for tests and tools). */
  public static WarehouseConfig of(URI root) {
    return new WarehouseConfig(
        root, CatalogConfig.of(root, null, null, null, null), Optional.empty(), Optional.empty());
  }

  /** This configuration with another catalog (for tests of a shared catalog). */
  public WarehouseConfig withCatalog(CatalogConfig other) {
    return new WarehouseConfig(warehouseRoot, other, sparkMaster, shufflePartitions);
  }

  /** A JDBC catalog configuration for the warehouse at {@code root} (for tools and tests). */
  public static CatalogConfig jdbcCatalog(URI root, String url, String user, String password) {
    return CatalogConfig.of(root, "jdbc", url, user, password);
  }

  /** The layout of the configured warehouse. */
  public WarehouseLayout layout() {
    return new WarehouseLayout(warehouseRoot);
  }

  /** Whether the warehouse is a folder of this machine (its DuckDB catalogue is written). */
  public boolean isLocal() {
    return "file".equals(warehouseRoot.getScheme());
  }

  /** Turns a folder or a URI into a URI; plain paths are made absolute. */
  public static URI toUri(String location) {
    if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return URI.create(location);
    }
    return Path.of(location).toAbsolutePath().normalize().toUri();
  }

  private record Lookup(Map<String, String> overrides, Map<String, String> env, Properties file) {
    Optional<String> get(String key) {
      String v = overrides.get(key);
      if (v == null) {
        v = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      }
      if (v == null) {
        v = file.getProperty(key);
      }
      return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
  }
}
