package cn.zoucheng.warehouse.jobs.storage;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.catalog.RunRecords;
import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.catalog.WarehouseState.TableState;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileContext;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Options;
import org.apache.hadoop.fs.Path;
import org.apache.iceberg.FileScanTask;
import org.apache.iceberg.Snapshot;
import org.apache.iceberg.Table;
import org.apache.iceberg.expressions.Expressions;
import org.apache.iceberg.io.CloseableIterable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The record of committed runs ({@link RunRecords}): reads the last committed state, brings every
 * table back to it after a run that did not commit, and commits a run by writing its state and then
 * pointing {@code _runs/LATEST} at it.
 */
final class RunLog {
  private static final Logger LOG = LoggerFactory.getLogger(RunLog.class);

  /** Names the run whose state the DuckDB catalogue shows. */
  static final String CATALOGUED = "CATALOGUED";

  private final Warehouse warehouse;
  private final FileSystem fs;

  RunLog(Warehouse warehouse) {
    this.warehouse = warehouse;
    this.fs = warehouse.fileSystem();
  }

  /** The state the last committed run left; empty for a warehouse no run has committed to. */
  Optional<WarehouseState> latest() {
    Optional<String> id = readText(RunRecords.FOLDER + "/" + RunRecords.LATEST);
    if (id.isEmpty()) {
      return Optional.empty();
    }
    String rel = RunRecords.path(id.get());
    try (var in = fs.open(path(rel))) {
      return Optional.of(WarehouseState.fromJson(in.readAllBytes(), rel));
    } catch (IOException | RuntimeException e) {
      throw StorageErrors.unreadableRecord(warehouse.layout().resolve(rel).toString(), e);
    }
  }

  /** The ids of every run that has a record. */
  List<String> recordedRuns() {
    List<String> out = new ArrayList<>();
    try {
      Path dir = path(RunRecords.FOLDER);
      if (!fs.exists(dir)) {
        return out;
      }
      for (var f : fs.listStatus(dir)) {
        String name = f.getPath().getName();
        if (name.endsWith(".json") && !name.startsWith(".")) {
          out.add(name.substring(0, name.length() - ".json".length()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the run records", e);
    }
    out.sort(String::compareTo);
    return out;
  }

  /** Removes the record of a run whose snapshots are gone. */
  void forget(String runId) {
    try {
      fs.delete(path(RunRecords.path(runId)), false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove the record of run " + runId, e);
    }
  }

  /** The record of a committed run, if it is still there. */
  Optional<WarehouseState> record(String runId) {
    String rel = RunRecords.path(runId);
    try {
      if (!fs.exists(path(rel))) {
        return Optional.empty();
      }
      try (var in = fs.open(path(rel))) {
        return Optional.of(WarehouseState.fromJson(in.readAllBytes(), rel));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + rel, e);
    }
  }

  /**
   * Brings every table back to the snapshot the last committed run left it at, where a run that did
   * not commit moved it, and rewrites the DuckDB catalogue if it does not show that run. Returns
   * the last committed state.
   */
  Optional<WarehouseState> recover() {
    Optional<WarehouseState> last = latest();
    for (WarehouseTable t : TableCatalog.ALL) {
      restore(t, last.map(s -> s.table(t.qualifiedName())).orElse(TableState.empty()));
    }
    if (last.isPresent()
        && isLocal()
        && !last.get().runId().equals(readText(RunRecords.FOLDER + "/" + CATALOGUED).orElse(""))) {
      LOG.warn("the DuckDB catalogue does not show run {}: writing it", last.get().runId());
      catalogue(last.get());
    }
    return last;
  }

  /** Brings one table back to its committed snapshot, if a later one is current. */
  void restore(WarehouseTable t, TableState committed) {
    Table table = warehouse.table(t);
    Snapshot current = table.currentSnapshot();
    Long want = committed.snapshotId().orElse(null);
    if (current == null || Objects.equals(want, current.snapshotId())) {
      return;
    }
    String by = current.summary().getOrDefault(TableWriter.RUN_ID, "an unknown run");
    if (want == null) {
      if (dataFiles(current) == 0) {
        return;
      }
      LOG.warn("table {}: run {} did not commit; emptying it again", t, by);
      table.newDelete().deleteFromRowFilter(Expressions.alwaysTrue()).commit();
    } else {
      LOG.warn("table {}: run {} did not commit; back to snapshot {}", t, by, want);
      table.manageSnapshots().setCurrentSnapshot(want).commit();
    }
  }

  /**
   * The state of every table now, for run {@code runId}: tables whose snapshot did not change since
   * {@code previous} keep its file list; the others are listed from Iceberg.
   */
  WarehouseState capture(
      String runId, String kind, Optional<WarehouseState> previous, Optional<String> keyPrint) {
    Map<String, TableState> tables = new LinkedHashMap<>();
    for (WarehouseTable t : TableCatalog.ALL) {
      Snapshot s = warehouse.table(t).currentSnapshot();
      TableState before = previous.map(p -> p.table(t.qualifiedName())).orElse(TableState.empty());
      if (s == null) {
        tables.put(t.qualifiedName(), TableState.empty());
      } else if (before.snapshotId().filter(id -> id == s.snapshotId()).isPresent()) {
        tables.put(t.qualifiedName(), before);
      } else {
        tables.put(t.qualifiedName(), new TableState(Optional.of(s.snapshotId()), files(t, s)));
      }
    }
    return new WarehouseState(
        runId,
        kind,
        LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS),
        previous.map(WarehouseState::runId),
        keyPrint.or(() -> previous.flatMap(WarehouseState::piiKeyFingerprint)),
        tables);
  }

  /** Writes the run's record; the run is not committed until {@link #point} names it. */
  void record(WarehouseState state) {
    write(RunRecords.path(state.runId()), state.toJson());
  }

  /** The commit point: {@code _runs/LATEST} names the run. */
  void point(WarehouseState state) {
    write(
        RunRecords.FOLDER + "/" + RunRecords.LATEST,
        state.runId().getBytes(StandardCharsets.UTF_8));
  }

  /** Writes the DuckDB catalogue of the state (a local warehouse only) and notes that it did. */
  void catalogue(WarehouseState state) {
    if (!isLocal()) {
      return;
    }
    java.nio.file.Path root = java.nio.file.Path.of(warehouse.layout().root());
    java.nio.file.Path prepared = DuckDbCatalog.prepare(root, state);
    RunPhases.reached(state.runId(), "catalogue prepared");
    DuckDbCatalog.publish(root, prepared);
    write(RunRecords.FOLDER + "/" + CATALOGUED, state.runId().getBytes(StandardCharsets.UTF_8));
  }

  private boolean isLocal() {
    return "file".equals(warehouse.layout().root().getScheme());
  }

  private List<String> files(WarehouseTable t, Snapshot s) {
    List<String> out = new ArrayList<>();
    Table table = warehouse.table(t);
    try (CloseableIterable<FileScanTask> tasks =
        table.newScan().useSnapshot(s.snapshotId()).planFiles()) {
      for (FileScanTask task : tasks) {
        String location = task.file().location();
        out.add(
            warehouse
                .layout()
                .relativize(location)
                .orElseThrow(
                    () ->
                        new IllegalStateException(
                            t + " holds a file outside the warehouse: " + location)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the files of " + t, e);
    }
    out.sort(String::compareTo);
    return out;
  }

  private static long dataFiles(Snapshot s) {
    return Long.parseLong(s.summary().getOrDefault("total-data-files", "0"));
  }

  /**
   * Writes a small file whole, so that a reader (or a crash) sees the old content or the new, never
   * a part: on a local folder and on HDFS into a temporary name, then renamed over the target
   * atomically; on S3 by one PUT, which is atomic by itself.
   */
  private void write(String rel, byte[] bytes) {
    Path target = path(rel);
    try {
      String scheme = target.toUri().getScheme();
      if ("file".equals(scheme)) {
        java.nio.file.Path t = java.nio.file.Path.of(target.toUri());
        java.nio.file.Path tmp = t.resolveSibling("." + t.getFileName() + ".tmp");
        java.nio.file.Files.createDirectories(t.getParent());
        java.nio.file.Files.write(tmp, bytes);
        try (java.nio.channels.FileChannel ch =
            java.nio.channels.FileChannel.open(tmp, java.nio.file.StandardOpenOption.WRITE)) {
          ch.force(true);
        }
        java.nio.file.Files.move(
            tmp,
            t,
            java.nio.file.StandardCopyOption.ATOMIC_MOVE,
            java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      } else if (scheme != null && scheme.startsWith("s3")) {
        try (FSDataOutputStream out = fs.create(target, true)) {
          out.write(bytes);
        }
      } else {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
        fs.mkdirs(target.getParent());
        try (FSDataOutputStream out = fs.create(tmp, true)) {
          out.write(bytes);
          out.hsync();
        }
        FileContext.getFileContext(target.toUri(), fs.getConf())
            .rename(tmp, target, Options.Rename.OVERWRITE);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target, e);
    }
  }

  private Optional<String> readText(String rel) {
    Path p = path(rel);
    try {
      if (!fs.exists(p)) {
        return Optional.empty();
      }
      try (var in = fs.open(p)) {
        return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).trim());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + p, e);
    }
  }

  private Path path(String rel) {
    return new Path(warehouse.layout().resolve(rel));
  }
}
