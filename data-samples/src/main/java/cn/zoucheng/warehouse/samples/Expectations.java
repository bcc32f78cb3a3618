package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What the ingest must find: every injected bad row and file, the rows of each file, and the
 * special deliveries; written as UTF-8 CSVs under {@code expected/}.
 */
final class Expectations {
  /** One expected quarantine row. */
  record BadRow(String file, int row, String column, Reason reason) {}

  /** One file's rows. */
  record FileSummary(
      String file, String townCode, String month, String recordType, int rows, int badRows) {}

  private final List<BadRow> badRows = new ArrayList<>();
  private final List<String[]> rejected = new ArrayList<>();
  private final List<FileSummary> summaries = new ArrayList<>();
  private final List<String[]> specials = new ArrayList<>();

  void badRow(String file, int row, String column, Reason reason) {
    badRows.add(new BadRow(file, row, column, reason));
  }

  void rejectedFile(String file, Reason reason) {
    rejected.add(new String[] {file, reason.name()});
  }

  /** A written file's rows; one without a data row (a header alone) is an EMPTY_FILE reject. */
  void summary(FileSummary s) {
    if (s.rows() == 0) {
      rejectedFile(s.file(), Reason.EMPTY_FILE);
    } else {
      summaries.add(s);
    }
  }

  void special(String kind, String file, String detail) {
    specials.add(new String[] {kind, file, detail});
  }

  List<BadRow> badRows() {
    return List.copyOf(badRows);
  }

  int rejectedCount() {
    return rejected.size();
  }

  /** Writes quarantine.csv, rejected_files.csv, summary.csv and special_deliveries.csv. */
  void write(Path dir) throws IOException {
    Files.createDirectories(dir);
    List<String[]> q = new ArrayList<>();
    badRows.stream()
        .sorted(Comparator.comparing(BadRow::file).thenComparingInt(BadRow::row))
        .forEach(
            b ->
                q.add(
                    new String[] {
                      b.file(), Integer.toString(b.row()), b.column(), b.reason().name()
                    }));
    csv(dir.resolve("quarantine.csv"), new String[] {"file", "row", "column", "reason"}, q);
    List<String[]> r = new ArrayList<>(rejected);
    r.sort(Comparator.comparing((String[] a) -> a[0]));
    csv(dir.resolve("rejected_files.csv"), new String[] {"file", "reason"}, r);
    List<String[]> s = new ArrayList<>();
    summaries.stream()
        .sorted(Comparator.comparing(FileSummary::file))
        .forEach(
            f ->
                s.add(
                    new String[] {
                      f.file(),
                      f.townCode(),
                      f.month(),
                      f.recordType(),
                      Integer.toString(f.rows()),
                      Integer.toString(f.badRows())
                    }));
    csv(
        dir.resolve("summary.csv"),
        new String[] {"file", "town_code", "month", "record_type", "rows", "bad_rows"},
        s);
    csv(dir.resolve("special_deliveries.csv"), new String[] {"kind", "file", "detail"}, specials);
  }

  private static void csv(Path file, String[] header, List<String[]> rows) throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      CsvExportWriter.writeLine(w, List.of(header));
      for (String[] row : rows) {
        CsvExportWriter.writeLine(w, List.of(row));
      }
    }
  }
}
