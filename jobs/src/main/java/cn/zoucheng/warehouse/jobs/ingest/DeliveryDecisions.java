package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each file's fate in a run. Files are in delivery order; for each town, month and record
 * type the newest readable file is the delivery: loaded if its content differs from the warehouse's
 * current delivery, unchanged if not. Earlier files of the same run are superseded; unreadable ones
 * rejected and never replace anything.
 */
final class DeliveryDecisions {
  private final Map<String, FileStatus> status = new LinkedHashMap<>();
  private final List<ParsedFile> loaded = new ArrayList<>();

  DeliveryDecisions(List<ParsedFile> filesInDeliveryOrder, Map<String, String> currentSha) {
    Map<String, ParsedFile> newest = new LinkedHashMap<>();
    for (ParsedFile f : filesInDeliveryOrder) {
      if (!f.isRead()) {
        status.put(f.file(), FileStatus.REJECTED);
        continue;
      }
      ParsedFile before = newest.put(f.name().deliveryKey(), f);
      if (before != null) {
        status.put(before.file(), FileStatus.SUPERSEDED);
      }
      status.put(f.file(), null);
    }
    for (ParsedFile f : newest.values()) {
      if (f.sha256().equals(currentSha.get(f.name().deliveryKey()))) {
        status.put(f.file(), FileStatus.UNCHANGED);
      } else {
        status.put(f.file(), FileStatus.LOADED);
        loaded.add(f);
      }
    }
  }

  /** The status of a file. */
  FileStatus status(String file) {
    return status.get(file);
  }

  /** The files whose rows become the current delivery of their town, month and record type. */
  List<ParsedFile> loaded() {
    return loaded;
  }
}
