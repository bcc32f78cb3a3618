package cn.zoucheng.warehouse.jobs.storage;

/** The errors of the warehouse's storage a person reads: what happened, why, and what to do. */
final class StorageErrors {
  private StorageErrors() {}

  /** Another run holds the lock. */
  static IllegalStateException locked(String where, String holder) {
    return new IllegalStateException(
        "another run is writing this warehouse: "
            + holder
            + " holds "
            + where
            + ". Wait for it to finish; a writer that died releases the lock by itself"
            + " (a lock file left on HDFS by a process of another host must be removed by hand"
            + " once that process is known to be gone).");
  }

  /** The pseudonymisation key differs from the one the warehouse's pseudonyms were made with. */
  static IllegalStateException piiKeyChanged(String runId) {
    return new IllegalStateException(
        "the pseudonymisation key differs from the one this warehouse was built with (recorded by"
            + " run "
            + runId
            + "); pseudonyms would no longer match. Use the original key, or a new warehouse"
            + " root.");
  }

  /** The record of the last committed run cannot be read. */
  static IllegalStateException unreadableRecord(String where, Exception cause) {
    return new IllegalStateException(
        "cannot read the record of the last committed run ("
            + where
            + "): "
            + cause.getMessage()
            + ". Nothing was changed; restore the file from a backup, or point "
            + "_runs/LATEST at the record of an earlier run.",
        cause);
  }
}
