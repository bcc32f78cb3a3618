package cn.zoucheng.warehouse.samples;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a generator run wrote.
 *
 * @param filesWritten export files written, rejected ones included
 * @param rowsByRecordType data rows written per record type, bad rows included
 * @param badRowsInjected rows listed in {@code expected/quarantine.csv}
 * @param badFilesInjected files listed in {@code expected/rejected_files.csv}
 */
public record GeneratorResult(
    int filesWritten,
    Map<String, Long> rowsByRecordType,
    int badRowsInjected,
    int badFilesInjected) {

  public GeneratorResult {
    rowsByRecordType = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByRecordType));
  }

  /** All data rows written, over every record type. */
  public long totalRows() {
    return rowsByRecordType.values().stream().mapToLong(Long::longValue).sum();
  }
}
