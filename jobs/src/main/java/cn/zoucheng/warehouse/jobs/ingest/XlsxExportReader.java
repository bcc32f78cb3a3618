package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads every sheet of an XLSX export as Excel or WPS writes it, streaming its XML (no workbook
 * model is built, so a sheet of thousands of rows reads in milliseconds). Date cells become {@code
 * YYYY-MM-DD}, whole numbers lose Excel's {@code .0}, formulas give their saved result. A formula
 * without a saved result, or an error value such as {@code #DIV/0!}, is a defect of its cell, never
 * a 0; a date cell holding no valid Excel date gives its number, which no date rule accepts. The
 * XML is read without DTDs or external entities, and a part that inflates beyond reason (a zip
 * bomb) makes the file unreadable.
 */
final class XlsxExportReader {
  /** A part may inflate to at most this many times its compressed size (as Apache POI allows). */
  private static final int MAX_INFLATE_RATIO = 100;

  /** Below this size a part's ratio is not checked (tiny parts compress very well). */
  private static final long RATIO_GRACE_BYTES = 1 << 20;

  /** No part of an export grows beyond this. */
  private static final long MAX_PART_BYTES = 256L << 20;

  private static final XMLInputFactory XML = xmlFactory();

  private XlsxExportReader() {}

  /**
   * Every sheet's rows, in the workbook's order. A file that does not open as a workbook is {@code
   * UNREADABLE_XLSX}; a failure while reading an opened one propagates, and the parser rejects the
   * file for it.
   */
  static List<Sheet> read(String file, byte[] bytes) {
    Map<String, byte[]> parts = unzip(file, bytes);
    try {
      Workbook wb = Workbook.of(file, parts);
      if (wb.sheets().isEmpty()) {
        throw IngestErrors.emptyFile(file);
      }
      List<String> shared = sharedStrings(parts.get("xl/sharedStrings.xml"));
      Styles styles = Styles.of(parts.get("xl/styles.xml"));
      List<Sheet> out = new ArrayList<>();
      for (int s = 0; s < wb.sheets().size(); s++) {
        Workbook.SheetRef ref = wb.sheets().get(s);
        byte[] xml = parts.get(ref.part());
        if (xml == null) {
          throw IngestErrors.unreadableXlsx(file, "MissingSheetPart");
        }
        out.add(
            new Sheet(ref.name(), s, rows(xml, shared, styles, wb.date1904()), Sheet.Layout.GRID));
      }
      return out;
    } catch (XMLStreamException e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    }
  }

  /** The parts of the workbook this reader needs, inflated within the limits. */
  private static Map<String, byte[]> unzip(String file, byte[] bytes) {
    Map<String, byte[]> parts = new HashMap<>();
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
      for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
        String name = e.getName();
        if (!name.startsWith("xl/") || !name.endsWith(".xml") && !name.endsWith(".rels")) {
          continue;
        }
        parts.put(name, inflate(file, zip, e));
      }
    } catch (ZipException | IllegalArgumentException e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    } catch (IOException e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    }
    if (!parts.containsKey("xl/workbook.xml")) {
      throw IngestErrors.unreadableXlsx(file, "NotAWorkbook");
    }
    return parts;
  }

  private static byte[] inflate(String file, InputStream in, ZipEntry e) throws IOException {
    long compressed = e.getCompressedSize();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[64 << 10];
    long total = 0;
    for (int n; (n = in.read(buf)) > 0; ) {
      total += n;
      boolean bomb =
          total > MAX_PART_BYTES
              || compressed > 0
                  && total > RATIO_GRACE_BYTES
                  && total > compressed * MAX_INFLATE_RATIO;
      if (bomb) {
        throw IngestErrors.unreadableXlsx(file, "ZipBomb");
      }
      out.write(buf, 0, n);
    }
    return out.toByteArray();
  }

  /** The rows of one sheet's XML. */
  private static List<RawRow> rows(byte[] xml, List<String> shared, Styles styles, boolean date1904)
      throws XMLStreamException {
    List<RawRow> rows = new ArrayList<>();
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      int rowNumber = 0;
      List<String> cells = null;
      RawRow.Defect defect = null;
      Cell cell = null;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          switch (r.getLocalName()) {
            case "row" -> {
              String at = r.getAttributeValue(null, "r");
              rowNumber = at == null ? rowNumber + 1 : Integer.parseInt(at);
              cells = new ArrayList<>();
              defect = null;
            }
            case "c" -> {
              cell =
                  new Cell(
                      r.getAttributeValue(null, "r"),
                      r.getAttributeValue(null, "t"),
                      r.getAttributeValue(null, "s"));
              if (cell.ref != null && cells != null) {
                int column = column(cell.ref);
                while (cells.size() < column) {
                  cells.add("");
                }
              }
            }
            case "v" -> {
              if (cell != null) {
                cell.value = r.getElementText();
              }
            }
            case "f" -> {
              if (cell != null) {
                cell.formula = r.getElementText();
              }
            }
            case "is" -> {
              if (cell != null) {
                cell.inline = text(r, "is");
              }
            }
            default -> {
              // other elements (sheet data attributes, merges, …) say nothing about values
            }
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          if (r.getLocalName().equals("c") && cell != null && cells != null) {
            String problem = cell.problem();
            if (problem != null) {
              defect =
                  defect == null
                      ? new RawRow.Defect(cells.size(), Reason.FORMULA_WITHOUT_VALUE, problem)
                      : defect;
              cells.add(cell.formula != null ? "=" + cell.formula : cell.value);
            } else {
              cells.add(cell.text(shared, styles, date1904));
            }
            cell = null;
          } else if (r.getLocalName().equals("row") && cells != null) {
            rows.add(new RawRow(rowNumber, cells, defect));
            cells = null;
          }
        }
      }
    } finally {
      r.close();
    }
    return rows;
  }

  /** The zero-based column of a cell reference such as {@code AB12}. */
  static int column(String ref) {
    int c = 0;
    for (int i = 0; i < ref.length(); i++) {
      char ch = ref.charAt(i);
      if (ch < 'A' || ch > 'Z') {
        break;
      }
      c = c * 26 + (ch - 'A' + 1);
    }
    return c - 1;
  }

  /** One {@code <c>} element: what it holds, as the sheet's XML says it. */
  private static final class Cell {
    final String ref;
    final String type;
    final String style;
    String value;
    String formula;
    String inline;

    Cell(String ref, String type, String style) {
      this.ref = ref;
      this.type = type;
      this.style = style;
    }

    /** What is wrong with a cell that has no value to give, or null when it has one. */
    String problem() {
      if (formula != null) {
        if (value == null) {
          return "the formula has no saved result (the workbook was never calculated)";
        }
        if ("e".equals(type)) {
          return "the formula's result is the error " + value;
        }
      } else if ("e".equals(type)) {
        return "the cell holds the error " + value;
      }
      return null;
    }

    String text(List<String> shared, Styles styles, boolean date1904) {
      if (type == null || type.equals("n")) {
        if (value == null || value.isEmpty()) {
          return "";
        }
        double v = Double.parseDouble(value);
        if (styles.isDate(style) && DateUtil.isValidExcelDate(v)) {
          LocalDateTime dt = DateUtil.getLocalDateTime(v, date1904);
          return dt == null ? number(v) : dt.toLocalDate().toString();
        }
        return number(v);
      }
      return switch (type) {
        case "s" -> value == null ? "" : shared.get(Integer.parseInt(value.trim()));
        case "inlineStr" -> inline == null ? "" : inline;
        case "str" -> value == null ? "" : value;
        case "b" -> "1".equals(value) ? "true" : "false";
        default -> value == null ? "" : value;
      };
    }
  }

  /** A number as text; NaN and infinities (which Excel never writes) as Java spells them. */
  private static String number(double v) {
    return Double.isFinite(v)
        ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
        : Double.toString(v);
  }

  /** The shared strings, each the text of its runs (phonetic guides left out). */
  private static List<String> sharedStrings(byte[] xml) throws XMLStreamException {
    List<String> out = new ArrayList<>();
    if (xml == null) {
      return out;
    }
    XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
    try {
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("si")) {
          out.add(text(r, "si"));
        }
      }
    } finally {
      r.close();
    }
    return out;
  }

  /** The text of the {@code <t>} elements up to the end of {@code element}, not in {@code rPh}. */
  private static String text(XMLStreamReader r, String element) throws XMLStreamException {
    StringBuilder sb = new StringBuilder();
    int phonetic = 0;
    while (r.hasNext()) {
      int ev = r.next();
      if (ev == XMLStreamConstants.START_ELEMENT) {
        if (r.getLocalName().equals("rPh")) {
          phonetic++;
        } else if (r.getLocalName().equals("t") && phonetic == 0) {
          sb.append(r.getElementText());
        }
      } else if (ev == XMLStreamConstants.END_ELEMENT) {
        if (r.getLocalName().equals("rPh")) {
          phonetic--;
        } else if (r.getLocalName().equals(element)) {
          break;
        }
      }
    }
    return sb.toString();
  }

  /** Which cell styles show a date, from {@code xl/styles.xml}. */
  private record Styles(List<Boolean> dateStyles) {
    static Styles of(byte[] xml) throws XMLStreamException {
      List<Boolean> dates = new ArrayList<>();
      if (xml == null) {
        return new Styles(dates);
      }
      Map<Integer, String> formats = new HashMap<>();
      XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(xml));
      try {
        boolean inCellXfs = false;
        while (r.hasNext()) {
          int ev = r.next();
          if (ev == XMLStreamConstants.START_ELEMENT) {
            switch (r.getLocalName()) {
              case "numFmt" ->
                  formats.put(
                      Integer.parseInt(r.getAttributeValue(null, "numFmtId")),
                      r.getAttributeValue(null, "formatCode"));
              case "cellXfs" -> inCellXfs = true;
              case "xf" -> {
                if (inCellXfs) {
                  String id = r.getAttributeValue(null, "numFmtId");
                  int fmt = id == null ? 0 : Integer.parseInt(id);
                  String code = formats.getOrDefault(fmt, BuiltinFormats.getBuiltinFormat(fmt));
                  dates.add(code != null && DateUtil.isADateFormat(fmt, code));
                }
              }
              default -> {
                // fonts, fills, borders: nothing about dates
              }
            }
          } else if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("cellXfs")) {
            inCellXfs = false;
          }
        }
      } finally {
        r.close();
      }
      return new Styles(dates);
    }

    boolean isDate(String style) {
      int s = style == null ? 0 : Integer.parseInt(style);
      return s < dateStyles.size() && dateStyles.get(s);
    }
  }

  /** The workbook's sheets, in order, with their parts, and its date system. */
  private record Workbook(List<SheetRef> sheets, boolean date1904) {
    record SheetRef(String name, String part) {}

    static Workbook of(String file, Map<String, byte[]> parts) throws XMLStreamException {
      Map<String, String> targets = new HashMap<>();
      byte[] rels = parts.get("xl/_rels/workbook.xml.rels");
      if (rels != null) {
        XMLStreamReader r = XML.createXMLStreamReader(new ByteArrayInputStream(rels));
        try {
          while (r.hasNext()) {
            if (r.next() == XMLStreamConstants.START_ELEMENT
                && r.getLocalName().equals("Relationship")) {
              String target = r.getAttributeValue(null, "Target");
              targets.put(
                  r.getAttributeValue(null, "Id"),
                  target.startsWith("/") ? target.substring(1) : "xl/" + target);
            }
          }
        } finally {
          r.close();
        }
      }
      List<SheetRef> sheets = new ArrayList<>();
      boolean date1904 = false;
      XMLStreamReader r =
          XML.createXMLStreamReader(new ByteArrayInputStream(parts.get("xl/workbook.xml")));
      try {
        while (r.hasNext()) {
          if (r.next() != XMLStreamConstants.START_ELEMENT) {
            continue;
          }
          if (r.getLocalName().equals("workbookPr")) {
            String d = r.getAttributeValue(null, "date1904");
            date1904 = "1".equals(d) || "true".equals(d);
          } else if (r.getLocalName().equals("sheet")) {
            String id = null;
            for (int i = 0; i < r.getAttributeCount(); i++) {
              if (r.getAttributeLocalName(i).equals("id")) {
                id = r.getAttributeValue(i);
              }
            }
            String part = targets.get(id);
            if (part == null) {
              throw IngestErrors.unreadableXlsx(file, "MissingSheetPart");
            }
            sheets.add(new SheetRef(r.getAttributeValue(null, "name"), part));
          }
        }
      } finally {
        r.close();
      }
      return new Workbook(sheets, date1904);
    }
  }

  private static XMLInputFactory xmlFactory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    return f;
  }
}
