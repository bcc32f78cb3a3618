package cn.zoucheng.warehouse.samples;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a town's CSV file: RFC 4180 quoting, CRLF line ends, the town's encoding. */
final class CsvExportWriter {
  private CsvExportWriter() {}

  /**
   * Writes the rows and returns the record number (1-based, header counted) of the first data row.
   */
  static int write(
      Path file, FileFormat format, ColumnLayout layout, List<ExportRow> rows, TownStyle style)
      throws IOException {
    try (OutputStream out = Files.newOutputStream(file);
        Writer w = new BufferedWriter(new OutputStreamWriter(out, format.charset()), 1 << 16)) {
      if (format.bom()) {
        w.write('\uFEFF');
      }
      int first = 1;
      if (layout.headers() != null) {
        writeLine(w, layout.headers());
        first = 2;
      }
      String[] cells = new String[layout.fieldIndexes().size()];
      for (ExportRow r : rows) {
        for (int k = 0; k < cells.length; k++) {
          cells[k] = CellText.of(r.get(layout.fieldIndexes().get(k)), style);
        }
        writeLine(w, List.of(cells));
      }
      return first;
    }
  }

  static void writeLine(Writer w, List<String> cells) throws IOException {
    for (int k = 0; k < cells.size(); k++) {
      if (k > 0) {
        w.write(',');
      }
      w.write(quote(cells.get(k)));
    }
    w.write("\r\n");
  }

  static String quote(String cell) {
    boolean needs =
        cell.indexOf(',') >= 0
            || cell.indexOf('"') >= 0
            || cell.indexOf('\n') >= 0
            || cell.indexOf('\r') >= 0;
    return needs ? '"' + cell.replace("\"", "\"\"") + '"' : cell;
  }
}
