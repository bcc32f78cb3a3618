package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.FILE;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.GOOD;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.ID;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.csv;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.goodWith;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.id;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.types.Pii;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * No clear personal value leaves the parser: not in a quarantined row after its cells shifted, not
 * in an extra column whose header means a name, an ID number or a phone, not in free text, not in a
 * message.
 */
class PersonalDataTest {
  static final String NAME = "张三";
  static final String PHONE = "13812345678";
  static final String OTHER_ID = id("37088319851231000");

  /** Every text a reader of the warehouse could see of a parsed file. */
  static String everything(ParsedFile f) {
    StringBuilder sb = new StringBuilder(String.valueOf(f.message()));
    for (Object[] r : f.validRows()) {
      sb.append(Arrays.toString(r));
    }
    for (Object[] r : f.quarantinedRows()) {
      sb.append(Arrays.toString(r));
    }
    return sb.toString();
  }

  static void nothingClear(ParsedFile f, String... values) {
    assertThat(everything(f)).doesNotContain(values);
  }

  @Test
  void aRowShiftedRightByAnUnquotedCommaIsQuarantinedWithEveryPersonalValueMasked() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            goodWith(3, "A0,1"),
            GOOD.replace("FS-1", "FS-2"));
    CsvQuotesTest.reconciles(f, 2);
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(FILE + "|2|column 15|TOO_MANY_CELLS");
    Object[] q = f.quarantinedRows().get(0);
    assertThat((String) q[5]).contains("the header has 14 columns", "quote the value");
    assertThat((String) q[7])
        .contains("\"applicant_name\":\"S**\"", "\"applicant_id_number\":\"张*\"")
        .contains("\"applicant_phone\":\"370883********" + ID.substring(14) + "\"");
    nothingClear(f, NAME, ID, PHONE);
  }

  @Test
  void aRowShiftedLeftByAMissingCellShowsNoPersonalValueInItsReason() {
    // no 代办员 cell: the name moves into 代办事项, which is then not a catalogued service
    String shifted = GOOD.replace(",A01,", ",");
    ParsedFile f = csv(FILE, StandardCharsets.UTF_8, HEADER, shifted);
    CsvQuotesTest.reconciles(f, 1);
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(FILE + "|2|service_item|UNKNOWN_ITEM");
    Object[] q = f.quarantinedRows().get(0);
    assertThat(q[6]).isEqualTo("张*");
    assertThat((String) q[5]).contains("代办事项 '张*'");
    nothingClear(f, NAME, ID, PHONE);
  }

  @Test
  void idNumbersAndPhonesAreMaskedWhereverTheyStand() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            goodWith(3, "代办员电话139 1234 5678"),
            goodWith(8, OTHER_ID).replace("FS-1", "FS-2"),
            goodWith(12, "+86 138-1234-5678").replace("FS-1", "FS-3"));
    CsvQuotesTest.reconciles(f, 3);
    assertThat(f.validRows().get(0)[3]).isEqualTo("代办员电话139****5678");
    assertThat(CsvQuotesTest.quarantine(f))
        .containsExactly(FILE + "|3|channel|BAD_VALUE", FILE + "|4|status|BAD_VALUE");
    assertThat(f.quarantinedRows().get(0)[6]).isEqualTo("370883********" + OTHER_ID.substring(14));
    assertThat(f.quarantinedRows().get(1)[6]).isEqualTo("138****5678");
    nothingClear(f, "13912345678", "139 1234 5678", OTHER_ID, "138-1234-5678");
  }

  @Test
  void extraColumnsThatMeanPersonalDataArePseudonymisedAndMaskedNeverClear() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER + ",身份证号码,手机号码,户主姓名,联系电话,备注,备注",
            GOOD + "," + OTHER_ID + ",13912345678,李四,13712345678,请回电13612345678,无");
    CsvQuotesTest.reconciles(f, 1);
    String extra = (String) f.validRows().get(0)[22];
    assertThat(extra)
        .contains("\"身份证号码\":\"370883********" + OTHER_ID.substring(14) + "\"")
        .contains("\"手机号码\":\"139****5678\"", "\"户主姓名\":\"李*\"")
        .contains("\"联系电话 (2)\":\"137****5678\"", "\"备注\":\"请回电136****5678\"")
        .contains("\"备注 (2)\":\"无\"")
        .containsPattern("\"身份证号码（假名）\":\"[0-9a-f]{64}\"");
    nothingClear(f, OTHER_ID, "13912345678", "李四", "13712345678", "13612345678", NAME, ID);
  }

  @Test
  void anotherSpellingOfAPersonalHeaderFillsItsField() {
    String header = HEADER.replace("申请人", "姓名").replace("身份证号", "公民身份号码").replace("联系电话", "手机号码");
    ParsedFile f =
        csv(FILE, StandardCharsets.UTF_8, header, GOOD, goodWith(6, "123").replace("FS-1", "FS-2"));
    CsvQuotesTest.reconciles(f, 2);
    List<Object> row = Arrays.asList(f.validRows().get(0));
    Pseudonymizer key = ExportFileParserTest.KEY;
    assertThat(row.get(5)).isEqualTo(key.pseudonym(Pii.NAME, NAME));
    assertThat(row.get(7)).isEqualTo(key.pseudonym(Pii.ID_NUMBER, ID));
    assertThat(row.get(9)).isEqualTo(key.pseudonym(Pii.PHONE, PHONE));
    assertThat(row.get(22)).isNull();
    assertThat(CsvQuotesTest.quarantine(f))
        .containsExactly(FILE + "|3|applicant_id_number|BAD_ID_NUMBER");
    nothingClear(f, NAME, ID, PHONE);
  }

  @Test
  void phonesWrittenWithSpacesDashesBracketsOrTheCountryCodeAreOnePhone() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            goodWith(7, "+86 138 1234 5678"),
            goodWith(7, "138-1234-5678").replace("FS-1", "FS-2"),
            goodWith(7, "(0537)1234567").replace("FS-1", "FS-3"),
            goodWith(7, "0537-1234567").replace("FS-1", "FS-4"),
            goodWith(7, "12345").replace("FS-1", "FS-5"));
    CsvQuotesTest.reconciles(f, 5);
    Pseudonymizer key = ExportFileParserTest.KEY;
    assertThat(f.validRows())
        .extracting(v -> v[9], v -> v[10])
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(key.pseudonym(Pii.PHONE, PHONE), "138****5678"),
            org.assertj.core.groups.Tuple.tuple(key.pseudonym(Pii.PHONE, PHONE), "138****5678"),
            org.assertj.core.groups.Tuple.tuple(
                key.pseudonym(Pii.PHONE, "05371234567"), "053****4567"),
            org.assertj.core.groups.Tuple.tuple(
                key.pseudonym(Pii.PHONE, "05371234567"), "053****4567"));
    assertThat(CsvQuotesTest.quarantine(f)).containsExactly(FILE + "|6|applicant_phone|BAD_PHONE");
  }
}
