package cn.zoucheng.warehouse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.values.IdNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportFileParserTest {
  static final ReferenceData REF = ReferenceData.load();
  static final Pseudonymizer KEY =
      new Pseudonymizer("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
  static final ExportFileParser PARSER = new ExportFileParser(REF, KEY, "run-1");
  static final String FILE = "2026-11-03/凫山街道_2026-10_proxy_cases.csv";
  static final String HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";
  static final String ID = id("37088319900101123");
  static final String GOOD =
      "FS-1,凫山街道,凫山社区,A01,S01,张三,"
          + ID
          + ",13812345678,集中办公日,2026-10-13,2026-10-20,2026-10-15,已办结,5";

  static String id(String first17) {
    return first17 + IdNumbers.checkCharacter(first17);
  }

  static ParsedFile csv(String file, Charset cs, String... lines) {
    return PARSER.parse(
        file, LocalDate.of(2026, 11, 3), (String.join("\r\n", lines) + "\r\n").getBytes(cs));
  }

  /** The good row with one column (by header index) replaced. */
  static String goodWith(int column, String value) {
    String[] cells = GOOD.split(",", -1);
    cells[column] = value;
    return String.join(",", cells);
  }

  @Test
  void loadsAValidRowWithCodesPseudonymsAndMasks() {
    ParsedFile f = csv(FILE, StandardCharsets.UTF_8, HEADER, GOOD);
    assertThat(f.isRead()).isTrue();
    assertThat(f.encoding()).isEqualTo("UTF-8");
    assertThat(f.rowsRead()).isEqualTo(1);
    assertThat(f.rowsLoaded()).isEqualTo(1);
    List<Object> row = Arrays.asList(f.validRows().get(0));
    assertThat(row.get(0)).isEqualTo("FS-1");
    assertThat(row.get(1)).isEqualTo("370883003");
    assertThat(row.get(2)).isEqualTo("370883003001");
    assertThat(row.get(4)).isEqualTo("S01");
    assertThat(row.get(6)).isEqualTo("张*");
    assertThat(row.get(8)).isEqualTo("370883********" + ID.substring(14));
    assertThat(row.get(10)).isEqualTo("138****5678");
    assertThat(row).doesNotContain("张三", ID, "13812345678");
    assertThat((String) row.get(5)).hasSize(64);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "MISSING_KEY       | 0  | ''",
        "MISSING_VALUE     | 9  | ''",
        "UNKNOWN_TOWN      | 1  | 北京街道",
        "TOWN_MISMATCH     | 1  | 钢山街道",
        "UNKNOWN_VILLAGE   | 2  | 不存在村",
        "UNKNOWN_ITEM      | 4  | S99",
        "BAD_DATE          | 9  | 2026-02-30",
        "BAD_NUMBER        | 13 | 五",
        "OUT_OF_RANGE      | 13 | 6",
        "BAD_VALUE         | 12 | 已完成",
        "BAD_ID_NUMBER     | 6  | 370883199001011230",
        "BAD_PHONE         | 7  | 12345",
        "DATE_AFTER_MONTH  | 9  | 2026-11-01",
      })
  void quarantinesEachKindOfBadRowWithItsReason(Reason reason, int column, String value) {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            GOOD.replace("FS-1", "FS-0"),
            goodWith(column, value));
    assertThat(f.rowsRead()).isEqualTo(2);
    assertThat(f.rowsLoaded()).isEqualTo(1);
    assertThat(f.rowsQuarantined()).isEqualTo(1);
    Object[] q = f.quarantinedRows().get(0);
    assertThat(q[0]).isEqualTo(FILE);
    assertThat(q[1]).isEqualTo(3);
    assertThat(q[3]).isEqualTo(reason.name());
    assertThat((String) q[5]).contains(FILE, "row 3");
    assertThat(String.valueOf(q[7])).doesNotContain("张三", ID, "13812345678");
  }

  @Test
  void quarantinesTheSecondOccurrenceOfADuplicateKey() {
    ParsedFile f = csv(FILE, StandardCharsets.UTF_8, HEADER, GOOD, goodWith(5, "李四"));
    assertThat(f.rowsLoaded()).isEqualTo(1);
    assertThat(f.quarantinedRows().get(0)[3]).isEqualTo("DUPLICATE_KEY");
    assertThat((String) f.quarantinedRows().get(0)[5]).contains("row 2");
  }

  @Test
  void acceptsAnEarlierPlacingDateOnlyForTypesThatReappear() {
    assertThat(csv(FILE, StandardCharsets.UTF_8, HEADER, goodWith(9, "2026-09-28")).rowsLoaded())
        .isEqualTo(1);
    ParsedFile d =
        csv(
            "x/凫山街道_2026-10_disclosures.csv",
            StandardCharsets.UTF_8,
            "镇街,村(社区),公开期间,公开类别,事项代码,公开日期",
            "凫山街道,凫山社区,2026-10,党务,D01,2026-11-05",
            "凫山街道,凫山社区,2026-09,党务,D02,2026-10-05",
            "凫山街道,凫山社区,2026-10,财务,D03,2026-11-05");
    assertThat(d.rowsLoaded()).isEqualTo(1);
    assertThat(d.quarantinedRows())
        .extracting(q -> q[3])
        .containsExactly("DATE_BEFORE_MONTH", "BAD_VALUE");
  }

  @Test
  void readsEveryDateSpellingYesNoSynonymAndEnglishHeadersInAnyOrder() {
    ParsedFile f =
        csv(
            "x/370883003_2026-10_expense_vouchers.csv",
            StandardCharsets.UTF_8,
            "amount,voucher_id,town,village,incurred_on,sign_party_secretary,"
                + "sign_committee_director,sign_supervision_director,sign_bookkeeper,sign_handler,"
                + "reviewed_on,posted_on",
            "\"1,234.50\",V1,370883003,370883003001,2026年10月3日,Y,1,true,是,N,"
                + "2026.10.05,2026/10/06");
    assertThat(f.rowsQuarantined()).isZero();
    List<Object> row = Arrays.asList(f.validRows().get(0));
    assertThat(row)
        .contains(
            new java.math.BigDecimal("1234.50"),
            java.sql.Date.valueOf("2026-10-03"),
            java.sql.Date.valueOf("2026-10-05"),
            java.sql.Date.valueOf("2026-10-06"),
            Boolean.FALSE);
  }

  @Test
  void decodesGb18030AndUtf8WithBomToTheSameRows() {
    ParsedFile gb = csv(FILE, Charset.forName("GB18030"), HEADER, GOOD);
    ParsedFile bom =
        PARSER.parse(
            FILE,
            LocalDate.of(2026, 11, 3),
            ("\uFEFF" + HEADER + "\n" + GOOD + "\n").getBytes(StandardCharsets.UTF_8));
    assertThat(gb.encoding()).isEqualTo("GB18030");
    assertThat(bom.encoding()).isEqualTo("UTF-8-BOM");
    assertThat(gb.validRows().get(0)).containsExactly(bom.validRows().get(0));
    assertThat(gb.validRows().get(0)[2]).isEqualTo("370883003001");
  }

  @Test
  void keepsQuotedCommasQuotesAndLineBreaksInOneRow() {
    ParsedFile f =
        csv(
            "x/凫山街道_2026-10_deliberations.csv",
            StandardCharsets.UTF_8,
            "议事编号,镇街,村(社区),议事日期,议题,议题类别",
            "M1,凫山街道,凫山社区,2026-10-15,\"修路,\"\"东西\"\"\n两条\",C02",
            "M2,凫山街道,凫山社区,2026-10-15,x,C03");
    assertThat(f.rowsLoaded()).isEqualTo(2);
    assertThat(Arrays.asList(f.validRows().get(0))).contains("修路,\"东西\"\n两条");
    assertThat(f.validRows().get(1)[f.validRows().get(1).length - 4]).isEqualTo(3);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "x/凫山街道10月台账.csv                 | BAD_FILE_NAME",
        "x/凫山街道_2026-13_proxy_cases.csv   | BAD_FILE_NAME",
        "x/凫山街道_2026-10_meetings.csv      | UNKNOWN_RECORD_TYPE",
        "x/北京街道_2026-10_proxy_cases.csv   | UNKNOWN_TOWN",
      })
  void rejectsFilesWithBadNames(String file, Reason reason) {
    ParsedFile f = csv(file, StandardCharsets.UTF_8, HEADER, GOOD);
    assertThat(f.rejectReason()).isEqualTo(reason);
    assertThat(f.message()).contains(file);
    assertThat(f.rowsRead()).isZero();
  }

  @Test
  void rejectsUnreadableFilesWholeWithTheirReason() {
    LocalDate d = LocalDate.of(2026, 11, 3);
    assertThat(PARSER.parse(FILE, d, new byte[0]).rejectReason()).isEqualTo(Reason.EMPTY_FILE);
    assertThat(
            PARSER
                .parse(FILE, d, new byte[] {(byte) 0x81, 0x20, (byte) 0xFF, 0x00, 0x01})
                .rejectReason())
        .isEqualTo(Reason.UNDECODABLE);
    assertThat(csv(FILE, StandardCharsets.UTF_8, "a,b,c", "1,2,3").rejectReason())
        .isEqualTo(Reason.NO_HEADER);
    ParsedFile missing =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER.replace(",受理日期", ""),
            GOOD.replace(",2026-10-13", ""));
    assertThat(missing.rejectReason()).isEqualTo(Reason.MISSING_COLUMN);
    assertThat(missing.message()).contains("受理日期");
    byte[] xlsx = xlsx();
    assertThat(
            PARSER
                .parse("x/凫山街道_2026-10_proxy_cases.xlsx", d, Arrays.copyOf(xlsx, xlsx.length / 2))
                .rejectReason())
        .isEqualTo(Reason.UNREADABLE_XLSX);
  }

  @Test
  void aHeaderOnlyFileReportsZeroRecords() {
    ParsedFile f = csv(FILE, StandardCharsets.UTF_8, HEADER);
    assertThat(f.isRead()).isTrue();
    assertThat(f.rowsRead()).isZero();
  }

  @Test
  void readsXlsxUnderTitleRowsWithDateCellsAndSkipsTheTotalsRow() {
    ParsedFile f =
        PARSER.parse("x/凫山街道_2026-10_proxy_cases.xlsx", LocalDate.of(2026, 11, 3), xlsx());
    assertThat(f.rejectReason()).isNull();
    assertThat(f.encoding()).isEqualTo("xlsx");
    assertThat(f.rowsRead()).isEqualTo(2);
    assertThat(f.rowsLoaded()).isEqualTo(1);
    assertThat(f.validRows().get(0)[12]).isEqualTo(java.sql.Date.valueOf("2026-10-13"));
    assertThat(f.validRows().get(0)[16]).isEqualTo(5);
    Object[] q = f.quarantinedRows().get(0);
    assertThat(q[1]).isEqualTo(5);
    assertThat(q[3]).isEqualTo("UNKNOWN_VILLAGE");
  }

  /** Title row, blank row, header, two data rows (the second bad), a 合计 row. */
  static byte[] xlsx() {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = wb.createSheet("台账");
      s.createRow(0).createCell(0).setCellValue("凫山街道2026年10月民生代办台账");
      String[] header = HEADER.split(",");
      Row h = s.createRow(2);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (int r = 0; r < 2; r++) {
        String[] cells = (r == 0 ? GOOD : goodWith(2, "无此村").replace("FS-1", "FS-2")).split(",");
        Row row = s.createRow(3 + r);
        for (int i = 0; i < cells.length; i++) {
          if (i == 9) {
            row.createCell(i).setCellValue(LocalDate.parse(cells[i]));
            row.getCell(i).setCellStyle(date);
          } else if (i == 13) {
            row.createCell(i).setCellValue(Double.parseDouble(cells[i]));
          } else {
            row.createCell(i).setCellValue(cells[i]);
          }
        }
      }
      Row total = s.createRow(5);
      total.createCell(0).setCellValue("合计");
      total.createCell(1).setCellValue("2件");
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
