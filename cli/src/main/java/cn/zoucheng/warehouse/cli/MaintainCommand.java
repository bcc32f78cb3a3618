package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.catalog.RunRecords;
import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Maintenance;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code warehouse maintain}: compaction, snapshot expiry and orphan removal. */
@Command(
    name = "maintain",
    mixinStandardHelpOptions = true,
    description = {
      "Maintain the warehouse's Iceberg tables, as a run of its own: compact small files,",
      "expire snapshots older than the retention (the snapshots of every run that published",
      "bulletins are kept, so `sql --as-of` can reproduce them) and remove files no snapshot",
      "references (what killed runs left). Example:",
      "  bin/warehouse maintain --retention-days 7"
    })
final class MaintainCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--retention-days",
      defaultValue = "7",
      description = "history kept besides the bulletins' runs (default ${DEFAULT-VALUE})")
  int retentionDays;

  @Override
  public Integer call() {
    WarehouseConfig config = common.load();
    Set<String> keep = new TreeSet<>();
    if (config.isLocal()) {
      keep.addAll(RunRecords.publishedRuns(Path.of(config.warehouseRoot())).values());
    }
    try (Progress progress = new Progress(System.err)) {
      SparkSession spark = Sessions.open(config, "warehouse maintain");
      try {
        progress.accept("maintaining " + config.warehouseRoot());
        Maintenance.Result r =
            Maintenance.run(
                Warehouse.open(spark, config),
                RunIds.next("maintain"),
                keep,
                Duration.ofDays(retentionDays));
        System.out.printf(
            "maintained %s: %,d small files compacted, %,d snapshots expired, %,d files deleted;"
                + " the snapshots of %d runs that published bulletins kept%n",
            config.warehouseRoot(),
            r.rewrittenFiles(),
            r.expiredSnapshots(),
            r.deletedFiles(),
            r.keptRuns().size());
        return 0;
      } finally {
        spark.stop();
      }
    }
  }
}
