package cn.zoucheng.warehouse.jobs.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an ingest run did: files by status, rows read, loaded and quarantined, and the record-type
 * months it touched (what the metrics job must recompute).
 */
public record IngestResult(
    String runId,
    Map<String, Integer> filesByStatus,
    long rowsRead,
    long rowsLoaded,
    long rowsQuarantined,
    Set<String> touchedTypeMonths,
    List<String> rejectedFiles) {

  /** Files of a status, zero if none. */
  public int files(String status) {
    return filesByStatus.getOrDefault(status, 0);
  }
}
