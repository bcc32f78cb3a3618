package cn.zoucheng.warehouse.jobs.ingest;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;

import cn.zoucheng.warehouse.jobs.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.jobs.commit.Replacement;
import cn.zoucheng.warehouse.jobs.commit.StagedCommit;
import cn.zoucheng.warehouse.jobs.commit.WarehouseLock;
import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.spark.Tables;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.SerializableConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ingests folders of town exports into the warehouse: every file parsed and validated on the
 * executors, the newest delivery of each town-month-type kept, rejected rows quarantined, the
 * latest version of every record rebuilt where something changed, and every file recorded in the
 * manifest — all staged, then published in one commit under the warehouse lock.
 */
public final class IngestExportsJob {
  private static final Logger LOG = LoggerFactory.getLogger(IngestExportsJob.class);

  private final SparkSession spark;
  private final WarehouseLayout layout;
  private final IngestOptions options;
  private final Pseudonymizer pseudonymizer;
  private final ReferenceData reference;
  private final Consumer<String> progress;

  /** A job over the given session and warehouse; {@code progress} hears each step as it starts. */
  public IngestExportsJob(
      SparkSession spark,
      WarehouseLayout layout,
      IngestOptions options,
      Pseudonymizer pseudonymizer,
      ReferenceData reference,
      Consumer<String> progress) {
    this.spark = spark;
    this.layout = layout;
    this.options = options;
    this.pseudonymizer = pseudonymizer;
    this.reference = reference;
    this.progress = progress;
  }

  /** Runs the ingest; the warehouse shows all of it or, on any failure, none of it. */
  public IngestResult run() {
    FileSystem fs = fileSystem();
    Path root = new Path(layout.root());
    StagedCommit commit = new StagedCommit(fs, root);
    try (WarehouseLock lock = WarehouseLock.acquire(fs, root)) {
      commit.recover();
      PiiKeyFingerprint.check(fs, root, pseudonymizer);
      try {
        return ingest(commit);
      } catch (RuntimeException e) {
        commit.abandon(options.runId());
        throw e;
      }
    }
  }

  private IngestResult ingest(StagedCommit commit) {
    String runId = options.runId();
    spark.sparkContext().setJobGroup(runId, "ingest " + options.inputs(), false);
    List<InputFile> files =
        InputFile.discover(spark.sparkContext().hadoopConfiguration(), options.inputs());
    progress.accept("found " + files.size() + " files");
    Map<String, DeliveryDecisions.Current> current = currentDeliveries();
    Path staging = commit.staging(runId);
    List<Replacement> replacements = new ArrayList<>();
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
          parse(group.getValue()).persist(StorageLevel.MEMORY_AND_DISK_SER());
      try {
        List<ParsedFile> mine = parsed.map(ParsedFile::withoutRows).collect();
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
        touched.addAll(writeRecordType(schema, decisions.loaded(), winning, staging, replacements));
        quarantined.addAll(
            winning
                .flatMap(p -> p.quarantinedRows().stream().map(RowFactory::create).iterator())
                .collect());
        loaded.addAll(decisions.loaded());
      } finally {
        parsed.unpersist(false);
      }
    }
    if (!loaded.isEmpty()) {
      writeQuarantine(loaded, quarantined, staging, replacements);
    }
    progress.accept("recording " + summaries.size() + " files in the manifest");
    writeManifest(summaries, status, staging, replacements);
    replacements.addAll(ReferenceTables.stage(spark, layout, reference, staging));
    progress.accept("committing " + replacements.size() + " folders");
    commit.commit(runId, replacements);
    if ("file".equals(layout.root().getScheme())) {
      progress.accept("refreshing the DuckDB catalogue");
      DuckDbCatalog.write(java.nio.file.Path.of(layout.root()));
    }
    return result(summaries, status, touched);
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

  private JavaRDD<ParsedFile> parse(List<InputFile> files) {
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Broadcast<SerializableConfiguration> conf =
        jsc.broadcast(new SerializableConfiguration(jsc.hadoopConfiguration()));
    ExportFileParser parser =
        new ExportFileParser(reference, pseudonymizer, options.runId(), options.limits());
    int slices = Math.max(1, Math.min(files.size(), jsc.defaultParallelism() * 4));
    return jsc.parallelize(files, slices).map(f -> parser.parse(f, conf.value().value()));
  }

  /** The current delivery of each town-month-type (hash, file, rows), from the manifest. */
  private Map<String, DeliveryDecisions.Current> currentDeliveries() {
    StructType schema = SparkSchemas.struct(WarehouseTables.MANIFEST);
    Dataset<Row> manifest =
        Tables.read(spark, layout.resolve(WarehouseLayout.manifest()), schema)
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

  private Set<String> writeRecordType(
      RecordSchema schema,
      List<ParsedFile> mine,
      JavaRDD<ParsedFile> winning,
      Path staging,
      List<Replacement> replacements) {
    String type = schema.name();
    StructType deliverySchema = SparkSchemas.struct(schema.deliveryColumns());
    JavaRDD<Row> rows =
        winning.flatMap(p -> p.validRows().stream().map(RowFactory::create).iterator());
    String deliveriesRel = WarehouseLayout.deliveries(schema);
    Dataset<Row> fresh =
        spark
            .createDataFrame(rows, deliverySchema)
            .repartition(col("file_month"), col(RecordSchema.TOWN_CODE))
            .persist(StorageLevel.MEMORY_AND_DISK());
    fresh
        .write()
        .partitionBy("file_month", RecordSchema.TOWN_CODE)
        .parquet(new Path(staging, deliveriesRel).toString());
    Dataset<Row> replacedKeys =
        spark.createDataFrame(
            mine.stream()
                .map(f -> RowFactory.create(f.name().month().toString(), f.name().townCode()))
                .toList(),
            new StructType().add("file_month", "string").add(RecordSchema.TOWN_CODE, "string"));
    for (ParsedFile f : mine) {
      replacements.add(
          replaceOrDelete(
              staging,
              deliveriesRel
                  + "/file_month="
                  + f.name().month()
                  + "/"
                  + RecordSchema.TOWN_CODE
                  + "="
                  + f.name().townCode()));
    }
    Dataset<Row> existing = Tables.read(spark, layout.resolve(deliveriesRel), deliverySchema);
    List<String> partition = List.of("file_month", RecordSchema.TOWN_CODE);
    FactsRebuild.Inputs in =
        new FactsRebuild.Inputs(
            existing.join(broadcast(replacedKeys), FactsRebuild.scala(partition), "left_anti"),
            existing.join(broadcast(replacedKeys), FactsRebuild.scala(partition), "left_semi"),
            fresh);
    List<Row> affected = FactsRebuild.affectedPartitions(schema, in).collectAsList();
    Dataset<Row> affectedDf =
        spark.createDataFrame(
            affected,
            new StructType()
                .add(RecordSchema.TOWN_CODE, "string")
                .add(RecordSchema.MONTH, "string"));
    String factsRel = WarehouseLayout.facts(schema);
    FactsRebuild.latest(schema, in, affectedDf)
        .repartition(col(RecordSchema.MONTH), col(RecordSchema.TOWN_CODE))
        .write()
        .partitionBy(RecordSchema.MONTH, RecordSchema.TOWN_CODE)
        .parquet(new Path(staging, factsRel).toString());
    Set<String> touched = new TreeSet<>();
    for (Row r : affected) {
      replacements.add(
          replaceOrDelete(
              staging,
              factsRel
                  + "/"
                  + RecordSchema.MONTH
                  + "="
                  + r.getString(1)
                  + "/"
                  + RecordSchema.TOWN_CODE
                  + "="
                  + r.getString(0)));
      touched.add(type + "/" + r.getString(1));
    }
    fresh.unpersist(false);
    return touched;
  }

  private void writeQuarantine(
      List<ParsedFile> loaded, List<Row> rows, Path staging, List<Replacement> replacements) {
    StructType schema = SparkSchemas.struct(WarehouseTables.QUARANTINE);
    String rel = WarehouseLayout.quarantine();
    spark
        .createDataFrame(rows, schema)
        .coalesce(1)
        .write()
        .partitionBy("record_type", "file_month", RecordSchema.TOWN_CODE)
        .parquet(new Path(staging, rel).toString());
    for (ParsedFile f : loaded) {
      replacements.add(
          replaceOrDelete(
              staging,
              rel
                  + "/record_type="
                  + f.name().recordType()
                  + "/file_month="
                  + f.name().month()
                  + "/"
                  + RecordSchema.TOWN_CODE
                  + "="
                  + f.name().townCode()));
    }
  }

  private void writeManifest(
      List<ParsedFile> files,
      Map<String, FileStatus> statuses,
      Path staging,
      List<Replacement> replacements) {
    Timestamp now = Timestamp.valueOf(LocalDateTime.now().withNano(0));
    List<Row> rows = new ArrayList<>();
    for (ParsedFile f : files) {
      FileStatus status = statuses.get(f.file());
      rows.add(
          RowFactory.create(
              f.file(),
              f.fileName(),
              f.name() == null ? null : f.name().recordType(),
              f.name() == null ? null : f.name().townCode(),
              f.name() == null ? null : f.name().month().toString(),
              Date.valueOf(f.receivedOn()),
              f.sha256(),
              f.format(),
              f.encoding(),
              f.rowsRead(),
              f.rowsLoaded(),
              f.rowsQuarantined(),
              status.name(),
              f.rejectReason() == null ? null : f.rejectReason().name(),
              f.message(),
              f.replaced() == null ? null : f.replaced().file(),
              f.replaced() == null ? null : f.replaced().rowsLoaded(),
              now.toLocalDateTime(),
              options.runId()));
    }
    StructType schema = SparkSchemas.struct(WarehouseTables.MANIFEST);
    String rel = WarehouseLayout.manifest() + "/run_id=" + options.runId();
    spark
        .createDataFrame(rows, schema)
        .drop("run_id")
        .coalesce(1)
        .write()
        .parquet(new Path(staging, rel).toString());
    replacements.add(Replacement.of(rel));
  }

  private Replacement replaceOrDelete(Path staging, String rel) {
    try {
      return fileSystem().exists(new Path(staging, rel))
          ? Replacement.of(rel)
          : Replacement.delete(rel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private IngestResult result(
      List<ParsedFile> files, Map<String, FileStatus> statuses, Set<String> touched) {
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
        options.runId(),
        byStatus,
        read,
        loaded,
        quarantined);
    return new IngestResult(
        options.runId(), byStatus, read, loaded, quarantined, touched, rejected);
  }

  private FileSystem fileSystem() {
    try {
      return new Path(layout.root()).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the warehouse at " + layout.root(), e);
    }
  }
}
