package cn.zoucheng.warehouse.jobs.storage;

import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.iceberg.Table;
import org.apache.iceberg.spark.actions.SparkActions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the warehouse small and its history bounded, as a run of its own: compacts each table's
 * small files, keeps the snapshots of the runs that published bulletins (tagged {@code run-<id>},
 * so that {@code sql --as-of} can reproduce them), expires the other snapshots older than the
 * retention and removes files no snapshot references (what killed runs left) older than it.
 */
public final class Maintenance {
  private static final Logger LOG = LoggerFactory.getLogger(Maintenance.class);

  private Maintenance() {}

  /**
   * What maintenance did.
   *
   * @param rewrittenFiles small data files compacted into fewer
   * @param expiredSnapshots snapshots expired
   * @param deletedFiles data, manifest and orphan files deleted
   * @param keptRuns runs whose snapshots were tagged and kept
   */
  public record Result(
      long rewrittenFiles, long expiredSnapshots, long deletedFiles, List<String> keptRuns) {}

  /**
   * Maintains the warehouse: {@code keep} are the runs whose snapshots must stay (the bulletins'),
   * {@code retention} how long other history is kept.
   */
  public static Result run(Warehouse w, String runId, Set<String> keep, Duration retention) {
    return WarehouseRun.execute(
            w, "maintain", runId, Optional.empty(), writer -> maintain(w, runId, keep, retention))
        .result();
  }

  private static Result maintain(Warehouse w, String runId, Set<String> keep, Duration retention) {
    SparkActions actions = SparkActions.get(w.spark());
    RunLog log = new RunLog(w);
    List<WarehouseState> kept = new ArrayList<>();
    for (String id : keep) {
      log.record(id)
          .ifPresentOrElse(kept::add, () -> LOG.warn("no record of run {}: not kept", id));
    }
    // the last committed state stays too, so that a maintenance killed midway can be rolled back
    Optional<WarehouseState> last = log.latest();
    long cutoff = System.currentTimeMillis() - retention.toMillis();
    long rewritten = 0;
    long expired = 0;
    long deleted = 0;
    for (WarehouseTable t : TableCatalog.ALL) {
      Table table = w.table(t);
      if (table.currentSnapshot() == null) {
        continue;
      }
      var compacted =
          actions
              .rewriteDataFiles(table)
              .option("min-input-files", "2")
              .snapshotProperty(TableWriter.RUN_ID, runId)
              .execute();
      rewritten += compacted.rewrittenDataFilesCount();
      table.refresh();
      for (WarehouseState s : kept) {
        tag(table, "run-" + s.runId(), s.table(t.qualifiedName()).snapshotId());
      }
      tag(table, COMMITTED, last.flatMap(s -> s.table(t.qualifiedName()).snapshotId()));
      int before = count(table.snapshots());
      var expiry = actions.expireSnapshots(table).expireOlderThan(cutoff).retainLast(1).execute();
      table.refresh();
      expired += before - count(table.snapshots());
      deleted += expiry.deletedDataFilesCount() + expiry.deletedManifestsCount();
      deleted +=
          count(actions.deleteOrphanFiles(table).olderThan(cutoff).execute().orphanFileLocations());
    }
    // a run whose snapshots expired can no longer be read as of: its record goes
    java.util.Map<String, Set<Long>> alive = new java.util.HashMap<>();
    for (WarehouseTable t : TableCatalog.ALL) {
      Set<Long> ids = new java.util.HashSet<>();
      w.table(t).snapshots().forEach(x -> ids.add(x.snapshotId()));
      alive.put(t.qualifiedName(), ids);
    }
    int forgotten = 0;
    for (String id : log.recordedRuns()) {
      if (keep.contains(id) || last.map(WarehouseState::runId).filter(id::equals).isPresent()) {
        continue;
      }
      WarehouseState s = log.record(id).orElseThrow();
      boolean whole =
          TableCatalog.ALL.stream()
              .allMatch(
                  t ->
                      s.table(t.qualifiedName())
                          .snapshotId()
                          .map(alive.get(t.qualifiedName())::contains)
                          .orElse(true));
      if (!whole) {
        log.forget(id);
        forgotten++;
      }
    }
    LOG.info("maintenance: {} run records of expired snapshots removed", forgotten);
    LOG.info(
        "maintenance: {} files compacted, {} snapshots expired, {} files deleted, runs kept {}",
        rewritten,
        expired,
        deleted,
        keep);
    return new Result(rewritten, expired, deleted, List.copyOf(keep));
  }

  /** The tag that keeps the last committed run's snapshots while maintenance runs. */
  static final String COMMITTED = "committed";

  private static void tag(Table table, String tag, Optional<Long> snapshot) {
    if (snapshot.isEmpty() || table.snapshot(snapshot.get()) == null) {
      return;
    }
    if (table.refs().containsKey(tag)) {
      table.manageSnapshots().replaceTag(tag, snapshot.get()).commit();
    } else {
      table.manageSnapshots().createTag(tag, snapshot.get()).commit();
    }
  }

  private static int count(Iterable<?> items) {
    int n = 0;
    for (Object ignored : items) {
      n++;
    }
    return n;
  }
}
