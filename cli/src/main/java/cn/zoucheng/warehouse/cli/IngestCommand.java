package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestExportsJob;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code warehouse ingest --input DIR…}: ingests any folder(s) of town exports. */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Ingest folders of town exports (CSV UTF-8/GB18030, XLSX) into the warehouse.",
      "Folders are read in the order given; inside a folder, by receipt date (a YYYY-MM-DD",
      "folder name) then path. Re-ingesting a file changes nothing; a newer delivery of a",
      "town-month-type replaces the older one. Needs WAREHOUSE_PII_KEY or",
      "WAREHOUSE_PII_KEY_FILE, except for an unchanged generated sample or with --sample."
    })
final class IngestCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Mixin InputOptions input;

  @Override
  public Integer call() {
    WarehouseConfig config = common.load();
    try (Progress progress = new Progress(System.err)) {
      SparkSession spark = Sessions.open(config, "warehouse ingest");
      try {
        IngestResult r = ingest(spark, config, input, progress);
        print(System.out, r, config, progress.elapsed());
        return 0;
      } finally {
        spark.stop();
      }
    }
  }

  /** Runs one ingest in an open session (shared with the pipeline command). */
  static IngestResult ingest(
      SparkSession spark,
      WarehouseConfig config,
      InputOptions input,
      java.util.function.Consumer<String> progress) {
    return new IngestExportsJob(
            Warehouse.open(spark, config),
            input.ingestOptions(RunIds.next("ingest")),
            input.pseudonymizer(),
            ReferenceData.load(),
            progress)
        .run();
  }

  static void print(PrintStream out, IngestResult r, WarehouseConfig config, double seconds) {
    out.printf("ingest run %s finished in %.1f s%n", r.runId(), seconds);
    out.printf("  files: %s%n", r.filesByStatus());
    out.printf(
        "  rows read %,d = loaded %,d + quarantined %,d%n",
        r.rowsRead(), r.rowsLoaded(), r.rowsQuarantined());
    for (String rejected : r.rejectedFiles()) {
      out.println("  rejected: " + rejected);
    }
    out.println("  warehouse: " + config.warehouseRoot());
  }
}
