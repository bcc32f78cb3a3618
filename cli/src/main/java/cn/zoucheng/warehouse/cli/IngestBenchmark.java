package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.ExportFileName;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.ingest.RawExport;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;

/**
 * The paired ingest benchmark: the warehouse's ingest of a folder of exports, and DuckDB's {@code
 * read_csv} → {@code COPY … (FORMAT parquet, PARTITION_BY (month))} of the same rows, normalised
 * beforehand (untimed) to one UTF-8 CSV per record type. Both on this machine, one after the other,
 * with the ratio.
 */
final class IngestBenchmark {
  private IngestBenchmark() {}

  /** The figures of one paired run. */
  record Result(long rows, double ingestSeconds, double duckdbSeconds, double sessionSeconds) {
    double rowsPerSecond() {
      return rows / ingestSeconds;
    }

    double ratio() {
      return ingestSeconds / duckdbSeconds;
    }
  }

  /** Runs both over {@code exports} (working files under {@code work}) and prints the figures. */
  static Result run(Path exports, Path work, String master, PrintStream out) throws Exception {
    Path csv = work.resolve("normalised");
    long rows = normalise(exports, csv);
    WarehouseConfig base = WarehouseConfig.of(work.resolve("warehouse").toUri());
    WarehouseConfig config =
        new WarehouseConfig(
            base.warehouseRoot(),
            base.catalog(),
            java.util.Optional.of(master),
            java.util.Optional.empty());
    long t0 = System.nanoTime();
    SparkSession spark = Sessions.open(config, "warehouse benchmark");
    double session = (System.nanoTime() - t0) / 1e9;
    long t1 = System.nanoTime();
    IngestResult r =
        IngestCommand.ingest(
            spark,
            config,
            InputOptions.ofSample(exports.toString()),
            step -> System.err.println("  " + step));
    double ingest = (System.nanoTime() - t1) / 1e9;
    String peak = peakRss();
    double duck = duckdb(csv, work.resolve("duckdb-parquet"));
    Result result = new Result(r.rowsRead(), ingest, duck, session);
    out.printf("  peak RSS of the JVM after the ingest (generator included): %s%n", peak);
    out.printf(
        "  ingest (Spark %s): %.1f s for %,d rows read (%,d loaded, %,d quarantined): %,.0f rows/s;"
            + " session start %.1f s before it%n",
        master,
        ingest,
        r.rowsRead(),
        r.rowsLoaded(),
        r.rowsQuarantined(),
        result.rowsPerSecond(),
        session);
    out.printf(
        "  DuckDB read_csv → COPY … PARTITION_BY (month) of the same %,d rows: %.1f s%n",
        rows, duck);
    out.printf("  ratio ingest / DuckDB: %.1f×%n", result.ratio());
    return result;
  }

  /** Every readable export's rows as sent, one CSV per record type with its file month. */
  private static long normalise(Path exports, Path out) throws IOException {
    Files.createDirectories(out);
    ReferenceData ref = ReferenceData.load();
    Map<String, BufferedWriter> writers = new LinkedHashMap<>();
    long rows = 0;
    try (Stream<Path> s = Files.walk(exports)) {
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        String rel = exports.relativize(p).toString();
        ExportFileName name;
        List<Map<String, String>> data;
        try {
          name = ExportFileName.parse(rel, ref);
          data = RawExport.rows(rel, Files.readAllBytes(p), ref);
        } catch (RuntimeException e) {
          continue; // a file the ingest rejects: nothing to copy either
        }
        RecordSchema schema = name.schema();
        BufferedWriter w = writers.get(schema.name());
        if (w == null) {
          w = Files.newBufferedWriter(out.resolve(schema.name() + ".csv"), StandardCharsets.UTF_8);
          writers.put(schema.name(), w);
          StringBuilder header = new StringBuilder();
          for (Field f : schema.fields()) {
            header.append(quote(f.name())).append(',');
          }
          w.write(header.append("month\n").toString());
        }
        for (Map<String, String> r : data) {
          StringBuilder line = new StringBuilder();
          for (Field f : schema.fields()) {
            line.append(quote(r.getOrDefault(f.name(), ""))).append(',');
          }
          w.write(line.append(name.month()).append('\n').toString());
          rows++;
        }
      }
    } finally {
      for (BufferedWriter w : writers.values()) {
        w.close();
      }
    }
    return rows;
  }

  /** The process's peak resident set (VmHWM), as Linux accounts it. */
  static String peakRss() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmHWM:")) {
        long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
        return String.format("%.2f GiB", kb / 1024.0 / 1024.0);
      }
    }
    return "unknown";
  }

  private static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }

  /**
   * Seconds DuckDB takes to read every normalised CSV and write it as month-partitioned Parquet.
   */
  private static double duckdb(Path csv, Path out) throws Exception {
    Files.createDirectories(out);
    long t0 = System.nanoTime();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (RecordSchema s : ExportCatalog.ALL) {
        Path f = csv.resolve(s.name() + ".csv");
        if (!Files.exists(f)) {
          continue;
        }
        st.execute(
            "COPY (SELECT * FROM read_csv('"
                + f
                + "', header = true, all_varchar = true)) TO '"
                + out.resolve(s.name())
                + "' (FORMAT parquet, COMPRESSION zstd, PARTITION_BY (month),"
                + " OVERWRITE_OR_IGNORE)");
      }
    }
    return (System.nanoTime() - t0) / 1e9;
  }
}
