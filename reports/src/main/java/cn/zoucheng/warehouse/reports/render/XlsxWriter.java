package cn.zoucheng.warehouse.reports.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the tables of a {@link Document} as a workbook people can work with: one sheet per table,
 * named by its caption, the header row frozen and filterable, figures as numbers with their number
 * format (rates as 0.0%, changes in 个百分点, amounts in 元), marks as cell colours.
 */
final class XlsxWriter {
  private XlsxWriter() {}

  static void write(Document doc, Path file) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      wb.getProperties().getCoreProperties().setTitle(doc.front().fullTitle());
      wb.getProperties().getCoreProperties().setCreator(doc.back().signature());
      Styles styles = new Styles(wb);
      Set<String> names = new HashSet<>();
      for (Document.Block b : doc.blocks()) {
        if (b.table() != null) {
          sheet(wb, styles, sheetName(b.text(), names), b.table());
        }
      }
      wb.write(out);
    }
  }

  private static void sheet(XSSFWorkbook wb, Styles styles, String name, Table t) {
    XSSFSheet sheet = wb.createSheet(name);
    XSSFRow header = sheet.createRow(0);
    header.createCell(0).setCellValue(t.nameHeader());
    header.getCell(0).setCellStyle(styles.header);
    for (int i = 0; i < t.headers().size(); i++) {
      header.createCell(i + 1).setCellValue(t.headers().get(i));
      header.getCell(i + 1).setCellStyle(styles.header);
    }
    int r = 1;
    for (Table.Row row : t.rows()) {
      XSSFRow x = sheet.createRow(r++);
      x.createCell(0).setCellValue(row.name());
      for (int i = 0; i < row.cells().size(); i++) {
        Cell c = row.cells().get(i);
        org.apache.poi.xssf.usermodel.XSSFCell cell = x.createCell(i + 1);
        if (c.number() != null) {
          cell.setCellValue(c.number());
        } else if (c.text() != null && !c.text().isEmpty()) {
          cell.setCellValue(c.text());
        }
        cell.setCellStyle(styles.of(c.number() != null ? c.format() : null, c.colour()));
      }
    }
    sheet.createFreezePane(1, 1);
    sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, t.headers().size()));
    sheet.setColumnWidth(0, width(t.nameHeader(), t.rows().stream().map(Table.Row::name)));
    for (int i = 0; i < t.headers().size(); i++) {
      int col = i;
      sheet.setColumnWidth(
          i + 1, width(t.headers().get(i), t.rows().stream().map(x -> x.cells().get(col).text())));
    }
  }

  /** A column wide enough for its header and texts, in POI's 1/256 of a character. */
  private static int width(String header, java.util.stream.Stream<String> texts) {
    double ems =
        Math.max(TableLayout.ems(header) + 2, texts.mapToDouble(TableLayout::ems).max().orElse(0));
    return (int) Math.min(255 * 256, Math.ceil(Math.min(ems, 40) * 2 + 2) * 256);
  }

  /** 表3 各镇街民生代办情况 → a unique sheet name of at most 31 characters. */
  static String sheetName(String caption, Set<String> taken) {
    String base = WorkbookUtil.createSafeSheetName(caption == null ? "表" : caption.strip(), '_');
    String name = base;
    for (int n = 2; taken.contains(name); n++) {
      String suffix = "(" + n + ")";
      name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
    }
    taken.add(name);
    return name;
  }

  /** The workbook's cell styles, one per format and colour. */
  private static final class Styles {
    private final XSSFWorkbook wb;
    private final CellStyle header;
    private final Map<String, CellStyle> byKey = new HashMap<>();

    Styles(XSSFWorkbook wb) {
      this.wb = wb;
      Font bold = wb.createFont();
      bold.setBold(true);
      header = wb.createCellStyle();
      header.setFont(bold);
      header.setWrapText(false);
    }

    CellStyle of(String format, String colour) {
      return byKey.computeIfAbsent(
          format + "|" + colour,
          k -> {
            XSSFCellStyle s = wb.createCellStyle();
            if (format != null) {
              s.setDataFormat(wb.createDataFormat().getFormat(format));
            }
            if (colour != null) {
              s.setFillForegroundColor(
                  new XSSFColor(
                      java.awt.Color.decode(colour), wb.getStylesSource().getIndexedColors()));
              s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
            }
            return s;
          });
    }
  }
}
