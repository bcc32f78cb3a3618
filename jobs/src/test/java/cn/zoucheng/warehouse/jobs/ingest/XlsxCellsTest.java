package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.GOOD;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.PARSER;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * XLSX as towns really send it: formulas with and without saved results, error values, several
 * sheets, date cells holding Excel's day 0, cells a corrupt workbook cannot give.
 */
class XlsxCellsTest {
  static final String FILE = "x/凫山街道_2026-10_proxy_cases.xlsx";
  static final LocalDate RECEIVED = LocalDate.of(2026, 11, 3);

  /** A sheet with the header in row 1 and the rows (GOOD's cells, by id) below it. */
  static void proxySheet(XSSFWorkbook wb, String name, String... ids) {
    Sheet s = wb.createSheet(name);
    String[] header = HEADER.split(",");
    Row h = s.createRow(0);
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    for (int r = 0; r < ids.length; r++) {
      String[] cells = GOOD.replace("FS-1", ids[r]).split(",");
      Row row = s.createRow(r + 1);
      for (int i = 0; i < cells.length; i++) {
        row.createCell(i).setCellValue(cells[i]);
      }
    }
  }

  /** A workbook of one proxy sheet with rows FS-1 and FS-2, changed before it is written. */
  static byte[] workbook(BiConsumer<XSSFWorkbook, Sheet> change) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      proxySheet(wb, "台账", "FS-1", "FS-2");
      change.accept(wb, wb.getSheetAt(0));
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The workbook with its first sheet's XML rewritten, as a hand-edited or corrupt file is. */
  static byte[] withSheetXml(byte[] xlsx, UnaryOperator<String> edit) {
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(xlsx));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ZipOutputStream out = new ZipOutputStream(bytes)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        byte[] content = in.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              edit.apply(new String(content, StandardCharsets.UTF_8))
                  .getBytes(StandardCharsets.UTF_8);
        }
        out.putNextEntry(new ZipEntry(e.getName()));
        out.write(content);
        out.closeEntry();
      }
      out.finish();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParsedFile parse(byte[] xlsx) {
    return PARSER.parse(FILE, RECEIVED, xlsx);
  }

  static List<String> quarantine(ParsedFile f) {
    return CsvQuotesTest.quarantine(f);
  }

  @Test
  void aFormulaGivesItsSavedResult() {
    ParsedFile f =
        parse(
            workbook(
                (wb, s) -> {
                  Cell c = s.getRow(1).getCell(13);
                  c.setCellFormula("2+3");
                  wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(c);
                }));
    CsvQuotesTest.reconciles(f, 2);
    assertThat(f.validRows().get(0)[16]).isEqualTo(5);
  }

  @Test
  void aFormulaWithoutSavedResultOrWithAnErrorIsQuarantinedNotZero() {
    ParsedFile f =
        parse(
            workbook(
                (wb, s) -> {
                  s.getRow(1).createCell(13).setCellFormula("2+3");
                  Cell div = s.getRow(2).getCell(13);
                  div.setCellFormula("1/0");
                  wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(div);
                }));
    CsvQuotesTest.reconciles(f, 2);
    assertThat(quarantine(f))
        .containsExactly(
            FILE + "|2|satisfaction|FORMULA_WITHOUT_VALUE",
            FILE + "|3|satisfaction|FORMULA_WITHOUT_VALUE");
    assertThat((String) f.quarantinedRows().get(0)[5])
        .contains("satisfaction '=2+3'", "no saved result", "calculate");
    assertThat((String) f.quarantinedRows().get(1)[5]).contains("#DIV/0!");
  }

  @Test
  void readsEverySheetWithTheHeaderAndSaysWhichItDidNotRead() {
    byte[] xlsx;
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      proxySheet(wb, "台账", "FS-1", "FS-2");
      wb.createSheet("说明").createRow(0).createCell(0).setCellValue("本表由村(社区)填报");
      proxySheet(wb, "台账(2)", "FS-3", "FS-1");
      wb.createSheet("Sheet4");
      wb.write(out);
      xlsx = out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ParsedFile f = parse(xlsx);
    CsvQuotesTest.reconciles(f, 4);
    assertThat(f.validRows()).extracting(v -> v[0]).containsExactly("FS-1", "FS-2", "FS-3");
    assertThat(quarantine(f)).containsExactly(FILE + "|3|case_id|DUPLICATE_KEY");
    assertThat((String) f.quarantinedRows().get(0)[5])
        .isEqualTo(
            FILE
                + " row 3 (sheet 3 '台账(2)'): business key FS-1 already appeared in row 2 of"
                + " this file");
    assertThat(f.message())
        .isEqualTo("read 2 sheet(s): 台账, 台账(2); not read, no header of proxy_cases in them: 说明");
  }

  @Test
  void excelsDayZeroAndDatesBefore2000AreBadDates() {
    ParsedFile f =
        parse(
            workbook(
                (wb, s) -> {
                  CellStyle date = wb.createCellStyle();
                  date.setDataFormat(
                      wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
                  Cell zero = s.getRow(1).getCell(9);
                  zero.setCellValue(0);
                  zero.setCellStyle(date);
                  Cell negative = s.getRow(2).getCell(11);
                  negative.setCellValue(-5);
                  negative.setCellStyle(date);
                }));
    CsvQuotesTest.reconciles(f, 2);
    assertThat(quarantine(f))
        .containsExactly(FILE + "|2|accepted_on|BAD_DATE", FILE + "|3|closed_on|BAD_DATE");
    assertThat((String) f.quarantinedRows().get(0)[5])
        .contains("'1899-12-31'", "before 2000-01-01");
  }

  @Test
  void aNumberExcelCannotHoldIsABadNumberOfItsCell() {
    byte[] xlsx =
        withSheetXml(
            workbook((wb, s) -> s.getRow(1).getCell(13).setCellValue(4)),
            xml -> xml.replace("<v>4.0</v>", "<v>NaN</v>"));
    ParsedFile f = parse(xlsx);
    CsvQuotesTest.reconciles(f, 2);
    assertThat(quarantine(f)).containsExactly(FILE + "|2|satisfaction|BAD_NUMBER");
  }

  @Test
  void aCellTheWorkbookCannotGiveRejectsTheFileNotTheRun() {
    // a numeric cell whose saved value is no number: POI refuses to give it
    byte[] xlsx =
        withSheetXml(
            workbook((wb, s) -> s.getRow(1).getCell(13).setCellValue(4)),
            xml -> xml.replace("<v>4.0</v>", "<v>四</v>"));
    ParsedFile f = parse(xlsx);
    assertThat(f.rejectReason()).isEqualTo(Reason.PARSE_FAILED);
    assertThat(f.rowsRead()).isZero();
    assertThat(f.message())
        .startsWith(FILE + ": the file could not be parsed (")
        .containsPattern("\\((\\w+Exception|\\w+Error) at \\w+\\.\\w+:\\d+\\)")
        .contains("the run went on")
        .doesNotContain("四");
  }
}
