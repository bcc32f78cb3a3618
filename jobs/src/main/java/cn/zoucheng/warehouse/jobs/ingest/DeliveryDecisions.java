package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides each file's fate in a run. Files are in delivery order; for each town, month and record
 * type the newest readable file is the delivery: loaded if its content differs from the warehouse's
 * current delivery, unchanged if not. Earlier files of the same run are superseded; unreadable ones
 * rejected (backups and hidden files skipped) and never replace anything.
 *
 * <p>Nothing is emptied by accident: a file with a header and no data row is no delivery ({@link
 * Reason#EMPTY_FILE}), and a file none of whose rows can be loaded does not replace a delivery that
 * has rows ({@link Reason#EMPTY_REDELIVERY}); both are rejected unless the run was told, with
 * {@link IngestOptions.EmptyRedelivery#ALLOW}, that withdrawing every record is meant.
 */
final class DeliveryDecisions {
  /** The warehouse's current delivery of a town, month and record type. */
  record Current(String sha256, String file, int rowsLoaded) {}

  private final Map<String, FileStatus> status = new LinkedHashMap<>();
  private final Map<String, ParsedFile> decided = new LinkedHashMap<>();
  private final List<ParsedFile> loaded = new ArrayList<>();

  DeliveryDecisions(
      List<ParsedFile> filesInDeliveryOrder,
      Map<String, Current> current,
      IngestOptions.EmptyRedelivery emptyRedelivery) {
    Map<String, ParsedFile> newest = new LinkedHashMap<>();
    for (ParsedFile f : filesInDeliveryOrder) {
      decided.put(f.file(), f);
      if (!f.isRead()) {
        status.put(
            f.file(),
            f.rejectReason() == Reason.SKIPPED_NAME ? FileStatus.SKIPPED : FileStatus.REJECTED);
        continue;
      }
      String key = f.name().deliveryKey();
      ParsedFile before = newest.get(key);
      ParsedFile.Replaced replaces =
          before != null
              ? new ParsedFile.Replaced(before.file(), before.rowsLoaded())
              : current.containsKey(key)
                  ? new ParsedFile.Replaced(current.get(key).file(), current.get(key).rowsLoaded())
                  : null;
      boolean empties = f.rowsLoaded() == 0 && replaces != null && replaces.rowsLoaded() > 0;
      boolean allowed = empties && emptyRedelivery == IngestOptions.EmptyRedelivery.ALLOW;
      if (f.rowsRead() == 0 && !allowed) {
        reject(f, IngestErrors.headerOnly(f.file(), empties ? replaces : null));
        continue;
      }
      if (empties && !allowed) {
        reject(f, IngestErrors.emptyRedelivery(f.file(), f.rowsRead(), replaces));
        continue;
      }
      if (before != null) {
        status.put(before.file(), FileStatus.SUPERSEDED);
      }
      newest.put(key, f);
      status.put(f.file(), null);
    }
    for (Map.Entry<String, ParsedFile> e : newest.entrySet()) {
      ParsedFile f = e.getValue();
      Current now = current.get(e.getKey());
      if (now != null && f.sha256().equals(now.sha256())) {
        status.put(f.file(), FileStatus.UNCHANGED);
      } else {
        ParsedFile d =
            now == null ? f : f.replacing(new ParsedFile.Replaced(now.file(), now.rowsLoaded()));
        decided.put(f.file(), d);
        status.put(f.file(), FileStatus.LOADED);
        loaded.add(d);
      }
    }
  }

  private void reject(ParsedFile f, ExportFileException why) {
    decided.put(f.file(), f.rejectedAs(why));
    status.put(f.file(), FileStatus.REJECTED);
  }

  /** The status of a file. */
  FileStatus status(String file) {
    return status.get(file);
  }

  /**
   * Every file as decided, in delivery order: rejected ones with their reason, loaded ones with
   * what they replaced.
   */
  List<ParsedFile> files() {
    return List.copyOf(decided.values());
  }

  /** The files whose rows become the current delivery of their town, month and record type. */
  List<ParsedFile> loaded() {
    return loaded;
  }
}
