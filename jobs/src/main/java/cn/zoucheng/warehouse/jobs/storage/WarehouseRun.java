package cn.zoucheng.warehouse.jobs.storage;

import cn.zoucheng.warehouse.catalog.WarehouseState;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One writing run of the warehouse, all or nothing for its readers. The order (docs/storage.md):
 *
 * <ol>
 *   <li>take the lock ({@link WarehouseLock}); a second writer is refused;
 *   <li>recover: every table back to the snapshot of the last committed run, where a run that did
 *       not commit left it elsewhere; the DuckDB catalogue rewritten if it shows an older run;
 *   <li>the run's writes, each one Iceberg commit stamped with the run id;
 *   <li>the run's record {@code _runs/<run id>.json}: every table's snapshot and data files;
 *   <li>the commit point: {@code _runs/LATEST} renamed to name the run;
 *   <li>the DuckDB catalogue of the new state, renamed into place.
 * </ol>
 *
 * <p>Killed before 5, the run never happened: the next run's step 2 rolls its snapshots back, and
 * readers (DuckDB, bulletins) saw the previous catalogue throughout. Killed after 5, the run is
 * done: the next run's step 2 writes the catalogue it did not. A failure inside the run rolls its
 * snapshots back at once.
 */
public final class WarehouseRun {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseRun.class);

  private WarehouseRun() {}

  /** A committed run's result and the state it left. */
  public record Committed<T>(T result, WarehouseState state) {}

  /**
   * Runs {@code body} as run {@code runId} of kind {@code kind}; {@code keyFingerprint} is the
   * fingerprint of the pseudonymisation key the run's pseudonyms use (empty for a run that makes
   * none), refused when it differs from the warehouse's.
   */
  public static <T> Committed<T> execute(
      Warehouse w,
      String kind,
      String runId,
      Optional<String> keyFingerprint,
      Function<TableWriter, T> body) {
    try (WarehouseLock lock = WarehouseLock.acquire(w)) {
      RunLog log = new RunLog(w);
      Optional<WarehouseState> last = log.recover();
      RunPhases.reached(runId, "recovered");
      Optional<String> theirs = last.flatMap(WarehouseState::piiKeyFingerprint);
      if (keyFingerprint.isPresent() && theirs.isPresent() && !theirs.equals(keyFingerprint)) {
        throw StorageErrors.piiKeyChanged(last.get().runId());
      }
      T result;
      try {
        result = body.apply(new TableWriter(w, runId));
      } catch (RuntimeException | Error e) {
        LOG.warn("run {} failed: rolling its writes back ({})", runId, e.toString());
        try {
          log.recover();
        } catch (RuntimeException r) {
          e.addSuppressed(r);
        }
        throw e;
      }
      RunPhases.reached(runId, "written");
      WarehouseState state = log.capture(runId, kind, last, keyFingerprint);
      log.record(state);
      RunPhases.reached(runId, "recorded");
      log.point(state);
      LOG.info("run {} committed", runId);
      RunPhases.reached(runId, "committed");
      log.catalogue(state);
      RunPhases.reached(runId, "catalogued");
      return new Committed<>(result, state);
    }
  }

  /** The state the last committed run left, if any run has committed (no lock taken). */
  public static Optional<WarehouseState> lastCommitted(Warehouse w) {
    return new RunLog(w).latest();
  }
}
