package cn.zoucheng.warehouse.samples;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Later versions of records, waiting for the month whose file they reappear in. */
final class Reappearances {
  private final Map<String, List<ExportRow>> waiting = new HashMap<>();

  /** Schedules a later version of a record for the given town's file of the given month. */
  void schedule(String townCode, YearMonth month, ExportRow laterVersion) {
    waiting
        .computeIfAbsent(key(townCode, laterVersion.schema().name(), month), k -> new ArrayList<>())
        .add(laterVersion);
  }

  /** Takes the versions due in the given file, in scheduling order. */
  List<ExportRow> take(String townCode, String recordType, YearMonth month) {
    List<ExportRow> due = waiting.remove(key(townCode, recordType, month));
    return due == null ? List.of() : due;
  }

  private static String key(String townCode, String recordType, YearMonth month) {
    return townCode + '|' + recordType + '|' + month;
  }
}
