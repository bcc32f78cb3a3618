package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** Writes one town file into its inbox folder and records what the ingest must find in it. */
final class ExportFiles {
  private final Path exportsDir;
  private final long seed;
  private final Expectations expectations;
  private int filesWritten;

  ExportFiles(Path exportsDir, long seed, Expectations expectations) {
    this.exportsDir = exportsDir;
    this.seed = seed;
    this.expectations = expectations;
  }

  int filesWritten() {
    return filesWritten;
  }

  /** Writes a month's file of a record type and returns its path relative to the exports folder. */
  String write(
      LocalDate receivedOn,
      TownStyle style,
      YearMonth month,
      RecordSchema schema,
      List<ExportRow> rows,
      List<InjectedRow> injected)
      throws IOException {
    FileFormat format = style.formatOf(schema.name());
    String relative =
        Deliveries.folder(receivedOn)
            + "/"
            + Deliveries.fileName(style, month, schema.name(), format);
    ColumnLayout layout = ColumnLayout.of(schema, style, seed);
    int first =
        writeRaw(
            relative,
            format,
            layout,
            rows,
            style,
            titles(style, month, schema, receivedOn),
            receivedOn);
    Map<ExportRow, Integer> position = new IdentityHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      position.put(rows.get(i), i);
    }
    for (InjectedRow b : injected) {
      expectations.badRow(relative, first + position.get(b.row()), b.column(), b.reason());
    }
    expectations.summary(
        new Expectations.FileSummary(
            relative,
            style.town().code(),
            month.toString(),
            schema.name(),
            rows.size(),
            injected.size()));
    return relative;
  }

  /** Writes rows in the given format and layout; returns the physical row of the first data row. */
  int writeRaw(
      String relative,
      FileFormat format,
      ColumnLayout layout,
      List<ExportRow> rows,
      TownStyle style,
      List<String> titles,
      LocalDate created)
      throws IOException {
    Path file = exportsDir.resolve(relative);
    Files.createDirectories(file.getParent());
    filesWritten++;
    if (format == FileFormat.XLSX) {
      return XlsxExportWriter.write(
          file, new XlsxExportWriter.Frame(titles, true, created), layout, rows, style);
    }
    return CsvExportWriter.write(file, format, layout, rows, style);
  }

  /** Writes bytes as a file (for the unreadable ones). */
  void writeBytes(String relative, byte[] bytes) throws IOException {
    Path file = exportsDir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.write(file, bytes);
    filesWritten++;
  }

  Path path(String relative) {
    return exportsDir.resolve(relative);
  }

  private static List<String> titles(
      TownStyle style, YearMonth month, RecordSchema schema, LocalDate receivedOn) {
    List<String> t = new ArrayList<>();
    t.add(
        style.town().name()
            + month.getYear()
            + "年"
            + month.getMonthValue()
            + "月"
            + schema.chineseName()
            + "台账");
    if (style.titleRows() > 1) {
      t.add(
          "填报单位："
              + style.town().name()
              + "　　报送日期："
              + receivedOn.getYear()
              + "年"
              + receivedOn.getMonthValue()
              + "月"
              + receivedOn.getDayOfMonth()
              + "日");
    }
    return t;
  }
}
