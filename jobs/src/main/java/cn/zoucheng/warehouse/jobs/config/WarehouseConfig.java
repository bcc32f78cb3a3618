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
import java.util.Properties;

/**
 * The warehouse's configuration. Each key is looked up, first match wins, in: an explicit override
 * (a command-line flag), the environment ({@code WAREHOUSE_ROOT} for {@code warehouse.root}: upper
 * case, dots and dashes to underscores), the properties file ({@code --config}, else {@code
 * warehouse.properties} in the working directory, if present), then the default.
 */
public record WarehouseConfig(
    URI warehouseRoot, String sparkMaster, int shufflePartitions, String sparkDriverMemory) {

  /**
   * Where the warehouse lives: a folder, {@code hdfs://…} or {@code s3a://…}. Default {@code
   * ./warehouse}.
   */
  public static final String WAREHOUSE_ROOT = "warehouse.root";

  /** The Spark master; default {@code local[*]}. Ignored under spark-submit, which sets its own. */
  public static final String SPARK_MASTER = "spark.master";

  /**
   * Shuffle partitions of the session; default 4, enough for one machine (raise it on a cluster).
   */
  public static final String SHUFFLE_PARTITIONS = "spark.shuffle-partitions";

  /** Driver memory hint shown in the README; informational for local runs. */
  public static final String DRIVER_MEMORY = "spark.driver-memory";

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
    return new WarehouseConfig(
        toUri(l.get(WAREHOUSE_ROOT, "warehouse")),
        l.get(SPARK_MASTER, "local[*]"),
        Integer.parseInt(l.get(SHUFFLE_PARTITIONS, "4")),
        l.get(DRIVER_MEMORY, "2g"));
  }

  /** A configuration with defaults and the given warehouse root (for tests and tools). */
  public static WarehouseConfig of(URI root) {
    return new WarehouseConfig(root, "local[2]", 2, "2g");
  }

  /** The layout of the configured warehouse. */
  public WarehouseLayout layout() {
    return new WarehouseLayout(warehouseRoot);
  }

  /** Turns a folder or a URI into a URI; plain paths are made absolute. */
  public static URI toUri(String location) {
    if (location.matches("^[a-zA-Z][a-zA-Z0-9+.-]*://.*")) {
      return URI.create(location);
    }
    return Path.of(location).toAbsolutePath().normalize().toUri();
  }

  private record Lookup(Map<String, String> overrides, Map<String, String> env, Properties file) {
    String get(String key, String fallback) {
      String v = overrides.get(key);
      if (v == null) {
        v = env.get(key.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
      }
      if (v == null) {
        v = file.getProperty(key);
      }
      return v == null || v.isBlank() ? fallback : v.trim();
    }
  }
}
