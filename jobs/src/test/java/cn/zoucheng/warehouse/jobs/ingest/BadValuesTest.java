package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.FILE;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.GOOD;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.PARSER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.csv;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.goodWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Values no column can hold are reasons of their row, never a failure of the run: amounts beyond
 * DECIMAL(16,2), whole numbers beyond INTEGER, dates before the experiment zone, bytes in no
 * encoding (with the offset of the first bad one).
 */
class BadValuesTest {
  static final String VOUCHERS = "x/凫山街道_2026-10_expense_vouchers.csv";
  static final String VOUCHER_HEADER = "单据编号,镇街,村(社区),发生日期,金额(元)";

  static ParsedFile vouchers(String amount) {
    return csv(
        VOUCHERS,
        StandardCharsets.UTF_8,
        VOUCHER_HEADER,
        "V1,凫山街道,凫山社区,2026-10-03,1.00",
        "V2,凫山街道,凫山社区,2026-10-03,\"" + amount + "\"");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "12345678901234567.00",
    "100000000000000",
    "999999999999999999999999999999",
    "'123,456,789,012,345.00'"
  })
  void anAmountBeyondDecimal16_2IsOutOfRangeInItsRow(String amount) {
    ParsedFile f = vouchers(amount);
    CsvQuotesTest.reconciles(f, 2);
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(VOUCHERS + "|3|amount|OUT_OF_RANGE");
    assertThat((String) f.quarantinedRows().get(0)[5]).contains("more than 14 digits");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"99999999999999.99", "0.00", "'1,234.50'"})
  void theLargestAmountsStillLoad(String amount) {
    ParsedFile f = vouchers(amount);
    CsvQuotesTest.reconciles(f, 2);
    assertThat(f.rowsQuarantined()).isZero();
    assertThat(f.validRows().get(1)[5]).isEqualTo(new BigDecimal(amount.replace(",", "")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"99999999999", "-3000000000", "18446744073709551617", "6"})
  void aWholeNumberBeyondItsRangeOrIntegerIsOutOfRange(String satisfaction) {
    ParsedFile f = csv(FILE, StandardCharsets.UTF_8, HEADER, goodWith(13, satisfaction));
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(FILE + "|2|satisfaction|OUT_OF_RANGE");
  }

  @ParameterizedTest(name = "{1} {0}")
  @CsvSource({
    "9,  1900-01-01, accepted_on",
    "9,  0001-01-01, accepted_on",
    "9,  1999-12-31, accepted_on",
    "11, 1899-12-31, closed_on",
    "10, 0001-01-01, promised_on",
  })
  void aDateBefore2000IsABadDate(int column, String date, String field) {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            GOOD,
            goodWith(column, date).replace("FS-1", "FS-2"));
    CsvQuotesTest.reconciles(f, 2);
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(FILE + "|3|" + field + "|BAD_DATE");
    assertThat((String) f.quarantinedRows().get(0)[5]).contains("before 2000-01-01");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"1999-12", "0001-01"})
  void aMonthBefore2000IsABadDate(String period) {
    String file = "x/凫山街道_2026-10_disclosures.csv";
    ParsedFile f =
        csv(
            file,
            StandardCharsets.UTF_8,
            "镇街,村(社区),公开期间,公开类别,事项代码,公开日期",
            "凫山街道,凫山社区," + period + ",党务,D01,2026-11-05");
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(file + "|2|period|BAD_DATE");
  }

  @ParameterizedTest(name = "{0} at {1}")
  @CsvSource({
    // UTF-8 text, then a byte no encoding takes
    "E4BBA3E58A9EE7BC96E58FB72CFF41, 13",
    // UTF-8 text with a NUL among it
    "E4BBA3E58A9E2C00412C42, 7",
    // GB18030 text (代办编号), then a lone 0x80
    "B4FAB0ECB1E0BAC52C80412C42, 9",
    // with a byte-order mark: offsets count it
    "EFBBBFE4BBA3E58A9EFF, 9",
  })
  void undecodableBytesAreReportedAtTheirOffset(String hex, int offset) {
    byte[] bytes = java.util.HexFormat.of().parseHex(hex);
    ParsedFile f = PARSER.parse(FILE, LocalDate.of(2026, 11, 3), bytes);
    assertThat(f.rejectReason()).hasToString("UNDECODABLE");
    assertThat(f.message()).contains("near offset " + offset + ")");
  }
}
