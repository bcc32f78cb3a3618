package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.jobs.storage.WarehouseRun;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests folders of town exports into the warehouse: every file parsed and validated on the
 * executors, the newest delivery of each town-month-type kept, and then the writers: the raw
 * deliveries ({@link DeliveriesWriter}), the latest version of every record ({@link FactsWriter}),
 * the quarantine ({@link QuarantineWriter}), the manifest of every file ({@link ManifestWriter})
 * and the reference tables ({@link ReferenceWriter}). This class only orchestrates them.
 */
public final class IngestExportsJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestExportsJob.class);

  private final Warehouse warehouse;
  private final IngestOptions options;
  private final Pseudonymizer pseudonymizer;
  private final ReferenceData reference;
  private final Consumer<String> progress;

  /** A job over the given warehouse; {@code progress} hears each step as it starts. */
  public IngestExportsJob(
      Warehouse warehouse,
      IngestOptions options,
      Pseudonymizer pseudonymizer,
      ReferenceData reference,
      Consumer<String> progress) {
    this.warehouse = warehouse;
    this.options = options;
    this.pseudonymizer = pseudonymizer;
    this.reference = reference;
    this.progress = progress;
  }

  /** Runs the ingest as a run of its own: the warehouse shows all of it or, failing, none. */
  public IngestResult run() {
    return WarehouseRun.execute(
            warehouse,
            "ingest",
            options.runId(),
            Optional.of(pseudonymizer.fingerprint()),
            this::ingest)
        .result();
  }

  /** The ingest's writes, inside a run (the monthly pipeline's, or its own). */
  public IngestResult ingest(TableWriter writer) {
    SparkSession spark = warehouse.spark();
    String runId = writer.runId();
    spark.sparkContext().setJobGroup(runId, "ingest " + options.inputs(), false);
    List<InputFile> files =
        InputFile.discover(spark.sparkContext().hadoopConfiguration(), options.inputs());
    progress.accept("found " + files.size() + " files");
    Map<String, DeliveryDecisions.Current> current = currentDeliveries();
    Set<String> touched = new TreeSet<>();
    List<ParsedFile> summaries = new ArrayList<>();
    Map<String, FileStatus> status = new LinkedHashMap<>();
    List<ParsedFile> loaded = new ArrayList<>();
    List<Row> quarantined = new ArrayList<>();
    // One pass per record type: each type's files are parsed once, cached while they are
    // written, and dropped before the next type, so no pass reads another type's rows.
    for (Map.Entry<String, List<InputFile>> group : byRecordType(files).entrySet()) {
      RecordSchema schema = ExportCatalog.byName(group.getKey()).orElse(null);
      progress.accept(
          "reading and checking "
              + group.getValue().size()
              + " files of "
              + (schema == null ? "unknown type" : schema.name()));
      JavaRDD<ParsedFile> parsed =
          parse(group.getValue(), runId).persist(StorageLevel.MEMORY_AND_DISK_SER());
      try {
        // one pass brings the files' facts and their quarantined rows (few) to the driver
        List<ParsedFile> withQuarantine = parsed.map(ParsedFile::withoutValidRows).collect();
        List<ParsedFile> mine = withQuarantine.stream().map(ParsedFile::withoutRows).toList();
        DeliveryDecisions decisions =
            new DeliveryDecisions(mine, current, options.emptyRedelivery());
        summaries.addAll(decisions.files());
        mine.forEach(f -> status.put(f.file(), decisions.status(f.file())));
        if (schema == null || decisions.loaded().isEmpty()) {
          continue;
        }
        progress.accept(
            "loading " + schema.name() + " from " + decisions.loaded().size() + " files");
        Set<String> winners =
            decisions.loaded().stream()
                .map(ParsedFile::file)
                .collect(Collectors.toCollection(HashSet::new));
        JavaRDD<ParsedFile> winning = parsed.filter(p -> winners.contains(p.file()));
        for (String month : write(writer, schema, decisions.loaded(), winning)) {
          touched.add(schema.name() + "/" + month);
        }
        for (ParsedFile p : withQuarantine) {
          if (winners.contains(p.file())) {
            p.quarantinedRows().forEach(r -> quarantined.add(RowFactory.create(r)));
          }
        }
        loaded.addAll(decisions.loaded());
      } finally {
        parsed.unpersist(false);
      }
    }
    QuarantineWriter.replace(writer, loaded, quarantined);
    progress.accept("recording " + summaries.size() + " files in the manifest");
    ManifestWriter.append(writer, summaries, status, LocalDateTime.now().withNano(0));
    ReferenceWriter.update(writer, reference);
    return result(runId, summaries, status, touched);
  }

  /** Writes one record type's loaded files; returns the months whose facts can have changed. */
  private Set<String> write(
      TableWriter writer, RecordSchema schema, List<ParsedFile> mine, JavaRDD<ParsedFile> winning) {
    SparkSession spark = warehouse.spark();
    // the files were parsed in small tasks (up to four per core, for balance); their rows go on in
    // as many partitions as the session runs at once, so that each later stage has as few tasks
    int partitions =
        Math.min(winning.getNumPartitions(), spark.sparkContext().defaultParallelism());
    JavaRDD<Row> rows =
        winning
            .flatMap(p -> p.validRows().stream().map(RowFactory::create).iterator())
            .coalesce(partitions);
    Dataset<Row> fresh =
        spark
            .createDataFrame(rows, SparkSchemas.struct(schema.deliveryColumns()))
            .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      var deliveries = TableCatalog.deliveries(schema);
      Dataset<Row> before = warehouse.readAt(deliveries, warehouse.snapshot(deliveries));
      Dataset<Row> keys = DeliveriesWriter.keys(writer, mine);
      Dataset<Row> replaced = DeliveriesWriter.replaced(before, keys);
      DeliveriesWriter.replace(writer, schema, keys, mine, fresh, before);
      return FactsWriter.merge(writer, schema, before, replaced, fresh);
    } finally {
      fresh.unpersist(false);
    }
  }

  /** The files grouped by the record type their name gives ("" when it gives none), in order. */
  private static Map<String, List<InputFile>> byRecordType(List<InputFile> files) {
    Map<String, List<InputFile>> out = new LinkedHashMap<>();
    for (RecordSchema s : ExportCatalog.ALL) {
      out.put(s.name(), new ArrayList<>());
    }
    out.put("", new ArrayList<>());
    for (InputFile f : files) {
      String type = ExportFileName.recordTypeOf(f.relativePath());
      out.get(out.containsKey(type) ? type : "").add(f);
    }
    out.values().removeIf(List::isEmpty);
    return out;
  }

  private JavaRDD<ParsedFile> parse(List<InputFile> files, String runId) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(warehouse.spark().sparkContext());
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    ExportFileParser parser =
        new ExportFileParser(reference, pseudonymizer, runId, options.limits());
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    return jsc.parallelize(files, slices).map(f -> parser.parse(f, conf.value().value()));
  }

  /** The current delivery of each town-month-type (hash, file, rows), from the manifest. */
  private Map<String, DeliveryDecisions.Current> currentDeliveries() {
    Dataset<Row> manifest =
        warehouse
            .read(TableCatalog.MANIFEST)
            .filter(col("status").equalTo(FileStatus.LOADED.name()))
            .select(
                "record_type",
                "file_month",
                "town_code",
                "content_sha256",
                "ingested_at",
                "run_id",
                "file",
                "rows_loaded");
    Map<String, DeliveryDecisions.Current> out = new TreeMap<>();
    Map<String, String> when = new TreeMap<>();
    for (Row r : manifest.collectAsList()) {
      String key = r.getString(0) + "/" + r.getString(1) + "/" + r.getString(2);
      String order = r.get(4) + "|" + r.getString(5);
      if (!when.containsKey(key) || when.get(key).compareTo(order) < 0) {
        when.put(key, order);
        out.put(
            key,
            new DeliveryDecisions.Current(
                r.getString(3), r.getString(6), r.isNullAt(7) ? 0 : r.getInt(7)));
      }
    }
    return out;
  }

  private static IngestResult result(
      String runId, List<ParsedFile> files, Map<String, FileStatus> statuses, Set<String> touched) {
    Map<String, Integer> byStatus = new LinkedHashMap<>();
    long read = 0;
    long loaded = 0;
    long quarantined = 0;
    List<String> rejected = new ArrayList<>();
    for (ParsedFile f : files) {
      FileStatus s = statuses.get(f.file());
      byStatus.merge(s.name(), 1, Integer::sum);
      read += f.rowsRead();
      loaded += f.rowsLoaded();
      quarantined += f.rowsQuarantined();
      if (s == FileStatus.REJECTED) {
        rejected.add(f.message());
      }
    }
    LOG.info(
        "run {}: files {}, rows read {}, loaded {}, quarantined {}",
        runId,
        byStatus,
        read,
        loaded,
        quarantined);
    return new IngestResult(runId, byStatus, read, loaded, quarantined, touched, rejected);
  }
}
