package cn.zoucheng.warehouse.jobs.spark;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the one SparkSession a run (or a test JVM) shares. Spark's own settings win: whatever
 * spark-submit's {@code --conf}, {@code spark-defaults.conf} or {@code -Dspark.*} set is left
 * alone; the warehouse fills in only what nobody set, with values for a small machine (few shuffle
 * partitions, adaptive execution, no UI, zstd Parquet, timestamps without time zone, the legacy
 * charset switch that lets Spark decode GB18030), and says which it filled in.
 */
public final class Sessions {
  private static final Logger LOG = LoggerFactory.getLogger(Sessions.class);

  /** Shuffle partitions on one machine unless the configuration or Spark's settings say more. */
  public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

  /** Settings the warehouse needs whatever else is set: Iceberg's SQL extensions. */
  private static final String EXTENSIONS =
      "org.apache.iceberg.spark.extensions.IcebergSparkSessionExtensions";

  private Sessions() {}

  /**
   * The session for a run: under spark-submit the master and the rest come from spark-submit; in a
   * plain JVM from the configuration ({@code local[*]} by default, on the loopback address).
   */
  public static SparkSession open(WarehouseConfig config, String appName) {
    Map<String, String> filled = defaults(new SparkConf(), config);
    SparkSession.Builder b = SparkSession.builder().appName(appName);
    filled.forEach(b::config);
    LOG.info("Spark settings the warehouse filled in (nobody else set them): {}", filled);
    return b.getOrCreate();
  }

  /**
   * The settings the warehouse fills in, given what is already set ({@code given}: spark-submit's
   * {@code --conf}, {@code spark-defaults.conf}, {@code -Dspark.*}): its small-machine defaults and
   * configured values where nothing is given, Iceberg's extensions beside any others, and for a
   * cluster master the application's jar, so that executors find its classes.
   */
  static Map<String, String> defaults(SparkConf given, WarehouseConfig config) {
    Map<String, String> d = new LinkedHashMap<>();
    String master = given.get("spark.master", config.sparkMaster().orElse("local[*]"));
    d.put("spark.master", master);
    if (master.startsWith("local")) {
      d.put("spark.driver.host", "127.0.0.1");
      d.put("spark.driver.bindAddress", "127.0.0.1");
    } else if (System.getProperty(APP_JAR) != null && !given.contains("spark.jars")) {
      String jar = System.getProperty(APP_JAR);
      if (!java.nio.file.Files.isRegularFile(java.nio.file.Path.of(jar))) {
        throw new IllegalStateException(
            "a cluster master ("
                + master
                + ") runs the application jar on its executors, and "
                + jar
                + " is missing: build it with ./mvnw -B -DskipTests package");
      }
      d.put("spark.jars", jar);
    }
    d.putAll(smallMachine(config.shufflePartitions().orElse(DEFAULT_SHUFFLE_PARTITIONS)));
    Map<String, String> out = new LinkedHashMap<>();
    d.forEach(
        (k, v) -> {
          if (!given.contains(k)) {
            out.put(k, v);
          }
        });
    out.put("spark.sql.extensions", extensions(given));
    return out;
  }

  /**
   * The system property naming the application jar ({@code bin/warehouse} sets it): shipped to the
   * executors of a cluster master started from {@code bin/warehouse --master spark://…}.
   */
  public static final String APP_JAR = "warehouse.app-jar";

  /** Applies the warehouse's settings to a builder whose settings nobody else gives (tests). */
  public static SparkSession.Builder tuned(SparkSession.Builder b, int shufflePartitions) {
    smallMachine(shufflePartitions).forEach(b::config);
    return b.config("spark.sql.extensions", EXTENSIONS);
  }

  /** Iceberg's extensions beside any the user asked for. */
  private static String extensions(SparkConf given) {
    String user = given.get("spark.sql.extensions", "");
    return user.contains(EXTENSIONS) ? user : (user.isBlank() ? "" : user + ",") + EXTENSIONS;
  }

  private static Map<String, String> smallMachine(int shufflePartitions) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("spark.ui.enabled", "false");
    m.put("spark.ui.showConsoleProgress", "false");
    m.put("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions));
    m.put("spark.default.parallelism", String.valueOf(Math.max(2, shufflePartitions)));
    m.put("spark.sql.adaptive.enabled", "true");
    m.put("spark.sql.adaptive.coalescePartitions.enabled", "true");
    m.put("spark.sql.parquet.compression.codec", "zstd");
    m.put("spark.sql.timestampType", "TIMESTAMP_NTZ");
    m.put("spark.sql.session.timeZone", "Asia/Shanghai");
    m.put("spark.sql.legacy.javaCharsets", "true");
    m.put("spark.sql.sources.partitionColumnTypeInference.enabled", "false");
    // No .crc side files next to every file of a local warehouse.
    m.put("spark.hadoop.fs.file.impl", PlainLocalFileSystem.class.getName());
    m.put("spark.hadoop.fs.file.impl.disable.cache", "true");
    return m;
  }
}
