package cn.zoucheng.warehouse.samples;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes a town's XLSX file as Excel or WPS would lay it out: title rows above the header, the
 * data, a {@code 合计} row. The SpreadsheetML is streamed straight into the zip (shared strings, cell
 * references, date and amount number formats), with fixed document and entry times, so that equal
 * rows give equal bytes; POI's per-workbook set-up cost about 40 ms a file, which over the ~1,300
 * workbooks of a sample dominated the run.
 */
final class XlsxExportWriter {
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 11, 1, 0, 0);
  private static final LocalDate EXCEL_EPOCH = LocalDate.of(1899, 12, 30);
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";

  private XlsxExportWriter() {}

  /** What goes above and below the data. */
  record Frame(List<String> titleRows, boolean totalsRow, LocalDate created) {}

  /** Writes the rows and returns the spreadsheet row number (1-based) of the first data row. */
  static int write(
      Path file, Frame frame, ColumnLayout layout, List<ExportRow> rows, TownStyle style)
      throws IOException {
    Map<String, Integer> strings = new LinkedHashMap<>();
    int first;
    try (ZipOutputStream zip =
        new ZipOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
      zip.setLevel(Deflater.BEST_COMPRESSION);
      Writer w = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
      entry(zip, w, "[Content_Types].xml", contentTypes());
      entry(
          zip,
          w,
          "_rels/.rels",
          "<Relationships xmlns=\""
              + PKG_REL
              + "\">"
              + rel("rId1", REL + "/officeDocument", "xl/workbook.xml")
              + rel(
                  "rId2",
                  "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties",
                  "docProps/core.xml")
              + rel("rId3", REL + "/extended-properties", "docProps/app.xml")
              + "</Relationships>");
      entry(zip, w, "docProps/core.xml", core(frame.created()));
      entry(
          zip,
          w,
          "docProps/app.xml",
          "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
              + "extended-properties\"><Application>Microsoft Excel</Application></Properties>");
      entry(
          zip,
          w,
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + MAIN
              + "\" xmlns:r=\""
              + REL
              + "\"><sheets>"
              + "<sheet name=\"Sheet1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
      entry(
          zip,
          w,
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\""
              + PKG_REL
              + "\">"
              + rel("rId1", REL + "/worksheet", "worksheets/sheet1.xml")
              + rel("rId2", REL + "/styles", "styles.xml")
              + rel("rId3", REL + "/sharedStrings", "sharedStrings.xml")
              + "</Relationships>");
      entry(zip, w, "xl/styles.xml", styles(style));
      start(zip, "xl/worksheets/sheet1.xml");
      w.write(header());
      w.write("<sheetData>");
      SheetRows sheet = new SheetRows(w, strings, style);
      for (String title : frame.titleRows()) {
        sheet.textRow(List.of(title));
      }
      if (layout.headers() != null) {
        sheet.textRow(layout.headers());
      }
      first = sheet.next();
      for (ExportRow data : rows) {
        sheet.dataRow(data, layout.fieldIndexes());
      }
      if (frame.totalsRow()) {
        sheet.textRow(List.of("合计", "共" + rows.size() + "条"));
      }
      w.write("</sheetData></worksheet>");
      w.flush();
      zip.closeEntry();
      start(zip, "xl/sharedStrings.xml");
      w.write(
          "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<sst xmlns=\""
              + MAIN
              + "\" count=\""
              + strings.size()
              + "\" uniqueCount=\""
              + strings.size()
              + "\">");
      for (String s : strings.keySet()) {
        w.write("<si><t xml:space=\"preserve\">");
        w.write(escape(s));
        w.write("</t></si>");
      }
      w.write("</sst>");
      w.flush();
      zip.closeEntry();
    }
    return first;
  }

  /** Writes rows of cells with their references, collecting the shared strings. */
  private static final class SheetRows {
    private final Writer w;
    private final Map<String, Integer> strings;
    private final TownStyle style;
    private int row;

    SheetRows(Writer w, Map<String, Integer> strings, TownStyle style) {
      this.w = w;
      this.strings = strings;
      this.style = style;
    }

    int next() {
      return row + 1;
    }

    void textRow(List<String> cells) throws IOException {
      row++;
      w.write("<row r=\"" + row + "\">");
      for (int k = 0; k < cells.size(); k++) {
        string(k, cells.get(k));
      }
      w.write("</row>");
    }

    void dataRow(ExportRow data, List<Integer> fieldIndexes) throws IOException {
      row++;
      w.write("<row r=\"" + row + "\">");
      for (int k = 0; k < fieldIndexes.size(); k++) {
        Object v = data.get(fieldIndexes.get(k));
        if (v == null) {
          // cells carry no reference (the format makes it optional and it is most of a sheet's
          // size), so an empty cell is written to keep the next cells in their columns
          w.write("<c/>");
          continue;
        }
        if (v instanceof LocalDate d && style.excelDateCells()) {
          number(k, 1, Long.toString(ChronoUnit.DAYS.between(EXCEL_EPOCH, d)));
        } else if (v instanceof Long n) {
          number(k, 0, n.toString());
        } else if (v instanceof BigDecimal a) {
          number(k, 2, a.toPlainString());
        } else {
          string(k, CellText.of(v, style));
        }
      }
      w.write("</row>");
    }

    private void string(int col, String text) throws IOException {
      Integer i = strings.computeIfAbsent(text, t -> strings.size());
      w.write("<c t=\"s\"><v>" + i + "</v></c>");
    }

    private void number(int col, int styleIndex, String value) throws IOException {
      w.write(
          "<c"
              + (styleIndex == 0 ? "" : " s=\"" + styleIndex + "\"")
              + "><v>"
              + value
              + "</v></c>");
    }
  }

  private static void start(ZipOutputStream zip, String name) throws IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    zip.putNextEntry(e);
  }

  private static void entry(ZipOutputStream zip, Writer w, String name, String xml)
      throws IOException {
    start(zip, name);
    w.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
    w.write(xml);
    w.flush();
    zip.closeEntry();
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"" + type + "\" Target=\"" + target + "\"/>";
  }

  private static String contentTypes() {
    String ct = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    return "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default"
        + " Extension=\"rels\""
        + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default"
        + " Extension=\"xml\" ContentType=\"application/xml\"/><Override"
        + " PartName=\"/xl/workbook.xml\" ContentType=\""
        + ct
        + "sheet.main+xml\"/>"
        + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\""
        + ct
        + "worksheet+xml\"/>"
        + "<Override PartName=\"/xl/styles.xml\" ContentType=\""
        + ct
        + "styles+xml\"/>"
        + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\""
        + ct
        + "sharedStrings+xml\"/>"
        + "<Override PartName=\"/docProps/core.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-package.core-properties+xml\"/>"
        + "<Override PartName=\"/docProps/app.xml\" "
        + "ContentType=\"application/vnd.openxmlformats-officedocument.extended-properties+xml\"/>"
        + "</Types>";
  }

  private static String core(LocalDate created) {
    String when = (created == null ? ENTRY_TIME.toLocalDate() : created) + "T00:00:00Z";
    return "<cp:coreProperties"
        + " xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\""
        + " xmlns:dc=\"http://purl.org/dc/elements/1.1/\""
        + " xmlns:dcterms=\"http://purl.org/dc/terms/\""
        + " xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:creator>村级台账</dc:creator><dcterms:created"
        + " xsi:type=\"dcterms:W3CDTF\">"
        + when
        + "</dcterms:created>"
        + "<dcterms:modified xsi:type=\"dcterms:W3CDTF\">"
        + when
        + "</dcterms:modified></cp:coreProperties>";
  }

  /** Style 0 general, 1 the town's date format, 2 amounts with two decimals. */
  private static String styles(TownStyle style) {
    return "<styleSheet xmlns=\""
        + MAIN
        + "\"><numFmts count=\"2\">"
        + "<numFmt numFmtId=\"164\" formatCode=\""
        + escape(style.dates().excelFormat())
        + "\"/><numFmt numFmtId=\"165\" formatCode=\"0.00\"/></numFmts><fonts count=\"1\"><font><sz"
        + " val=\"11\"/><name val=\"宋体\"/></font></fonts><fills count=\"2\"><fill><patternFill"
        + " patternType=\"none\"/></fill><fill><patternFill"
        + " patternType=\"gray125\"/></fill></fills><borders"
        + " count=\"1\"><border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\"/></cellStyleXfs><cellXfs count=\"3\"><xf numFmtId=\"0\" fontId=\"0\""
        + " fillId=\"0\" borderId=\"0\" xfId=\"0\"/><xf numFmtId=\"164\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/><xf numFmtId=\"165\" fontId=\"0\""
        + " fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\"/></cellXfs><cellStyles"
        + " count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/></cellStyles>"
        + "</styleSheet>";
  }

  private static String header() {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\">";
  }

  static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
