package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every warehouse command takes; they override the environment and the config file. */
final class CommonOptions {
  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = "properties file (default: ./warehouse.properties if present)")
  Path config;

  @Option(
      names = "--warehouse",
      paramLabel = "ROOT",
      description =
          "warehouse location: a folder, hdfs://… or s3a://… (default ./warehouse;"
              + " env WAREHOUSE_ROOT)")
  String warehouse;

  @Option(
      names = "--master",
      paramLabel = "URL",
      description = "Spark master (default local[*]; env SPARK_MASTER)")
  String master;

  WarehouseConfig load() {
    Map<String, String> overrides = new HashMap<>();
    if (warehouse != null) {
      overrides.put(WarehouseConfig.WAREHOUSE_ROOT, warehouse);
    }
    if (master != null) {
      overrides.put(WarehouseConfig.SPARK_MASTER, master);
    }
    return WarehouseConfig.load(config, overrides);
  }
}
