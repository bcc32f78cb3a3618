package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the records of a CSV export with commons-csv (RFC 4180: quoted fields may hold commas,
 * quotes and line breaks). Row numbers count records from 1, title and header rows included.
 *
 * <p>A quote that is never closed where it should be would swallow the lines after it into one
 * record. Such a record (one that runs into the end of the file, has text after its closing quote,
 * or spans lines with another number of cells than the file's one-line records have) is cut back to
 * its first line, marked {@link Reason#UNTERMINATED_QUOTE}, and reading starts again on the next
 * line: every line stays a row of its own and nothing is merged.
 */
final class CsvExportReader {
  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).setTrailingData(false).get();

  private final String text;
  private final List<Integer> lineStarts = new ArrayList<>();
  private final int lineCount;

  /** Row number to the number of physical lines the record spans, filled while reading. */
  private final Map<Integer, Integer> spans = new HashMap<>();

  private CsvExportReader(String text) {
    this.text = text;
    lineStarts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n')) {
        lineStarts.add(i + 1);
      }
    }
    boolean endsWithBreak = lineStarts.get(lineStarts.size() - 1) == text.length();
    lineCount = endsWithBreak ? lineStarts.size() - 1 : lineStarts.size();
  }

  static Sheet read(String text) {
    CsvExportReader r = new CsvExportReader(text);
    List<RawRow> rows = r.rows(-1);
    int width = r.usualWidth(rows);
    if (rows.stream().anyMatch(row -> r.isRunaway(row, width))) {
      rows = r.rows(width);
    }
    return new Sheet("", 0, rows, Sheet.Layout.DELIMITED);
  }

  /**
   * Every record; with {@code width >= 0}, a record spanning lines with another number of cells is
   * taken for a runaway quote too.
   */
  private List<RawRow> rows(int width) {
    spans.clear();
    List<RawRow> rows = new ArrayList<>();
    int line = 1;
    while (line <= lineCount) {
      line = readFrom(line, width, rows);
    }
    return rows;
  }

  /** Reads records from a line on; returns the line to go on from, past the end when done. */
  private int readFrom(int firstLine, int width, List<RawRow> rows) {
    try (CSVParser p = CSVParser.parse(from(lineStarts.get(firstLine - 1)), FORMAT)) {
      Iterator<CSVRecord> it = p.iterator();
      int line = firstLine;
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            return lineCount + 1;
          }
          rec = it.next();
        } catch (UncheckedIOException e) {
          rows.add(runaway(rows.size() + 1, line));
          return line + 1;
        }
        List<String> cells = rec.toList();
        int span = span(cells);
        if (width >= 0 && span > 1 && cells.size() != width) {
          rows.add(runaway(rows.size() + 1, line));
          return line + 1;
        }
        rows.add(new RawRow(rows.size() + 1, cells));
        spans.put(rows.size(), span);
        line += span;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The text from an offset on, without copying it. */
  private StringReader from(int offset) throws IOException {
    StringReader in = new StringReader(text);
    long skipped = in.skip(offset);
    if (skipped != offset) {
      throw new IOException("could only skip " + skipped + " of " + offset + " characters");
    }
    return in;
  }

  /** The physical lines a record spans: one, and one more per line break inside its values. */
  private static int span(List<String> cells) {
    int n = 1;
    for (String c : cells) {
      for (int i = 0; i < c.length(); i++) {
        char ch = c.charAt(i);
        if (ch == '\n' || ch == '\r' && (i + 1 == c.length() || c.charAt(i + 1) != '\n')) {
          n++;
        }
      }
    }
    return n;
  }

  /** The number of cells most one-line records have (the header's, in a sane file). */
  private int usualWidth(List<RawRow> rows) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (RawRow row : rows) {
      if (spans.getOrDefault(row.rowNumber(), 0) == 1 && !row.isBlank()) {
        counts.merge(row.cells().size(), 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .max(
            Map.Entry.<Integer, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(-1);
  }

  private boolean isRunaway(RawRow row, int width) {
    return spans.getOrDefault(row.rowNumber(), 0) > 1 && row.cells().size() != width;
  }

  /**
   * The record starting on a line whose quote never closes properly, as that line alone: cells
   * split at the commas outside quotes, the unclosed value running to the line's end.
   */
  private RawRow runaway(int rowNumber, int line) {
    int from = lineStarts.get(line - 1);
    int to = line < lineStarts.size() ? lineStarts.get(line) : text.length();
    String s = text.substring(from, to).replaceFirst("(\r\n|\r|\n)$", "");
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    int opened = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (quoted && c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
        cell.append(c);
        i++;
      } else if (c == '"' && (quoted || cell.length() == 0)) {
        quoted = !quoted;
        opened = quoted ? cells.size() : opened;
      } else if (c == ',' && !quoted) {
        cells.add(cell.toString());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    cells.add(cell.toString());
    return new RawRow(
        rowNumber,
        cells,
        new RawRow.Defect(
            opened,
            Reason.UNTERMINATED_QUOTE,
            "line " + line + ": the quote opening this value is never properly closed"));
  }
}
