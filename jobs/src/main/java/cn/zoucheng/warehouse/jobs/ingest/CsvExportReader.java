package cn.zoucheng.warehouse.jobs.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the records of a CSV export (RFC 4180: quoted fields may hold commas, quotes and line
 * breaks). Row numbers count records from 1, title and header rows included, as a spreadsheet shows
 * them.
 */
final class CsvExportReader {
  private CsvExportReader() {}

  static List<RawRow> read(String text) {
    List<RawRow> rows = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean any = false;
    int n = text.length();
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < n && text.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          cell.append(c);
        }
        continue;
      }
      switch (c) {
        case '"' -> {
          quoted = true;
          any = true;
        }
        case ',' -> {
          cells.add(cell.toString());
          cell.setLength(0);
          any = true;
        }
        case '\r' -> {
          // a CRLF or a lone CR ends the record
          if (i + 1 < n && text.charAt(i + 1) == '\n') {
            i++;
          }
          any = endRecord(rows, cells, cell);
        }
        case '\n' -> any = endRecord(rows, cells, cell);
        default -> {
          cell.append(c);
          any = true;
        }
      }
    }
    if (any || cell.length() > 0 || !cells.isEmpty()) {
      endRecord(rows, cells, cell);
    }
    return rows;
  }

  private static boolean endRecord(List<RawRow> rows, List<String> cells, StringBuilder cell) {
    cells.add(cell.toString());
    cell.setLength(0);
    rows.add(new RawRow(rows.size() + 1, List.copyOf(cells)));
    cells.clear();
    return false;
  }
}
