package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.FILE;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.GOOD;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.csv;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.goodWith;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An unbalanced quote is a reason of its row, with its line; it never merges lines into one. */
class CsvQuotesTest {
  static String row(String id) {
    return GOOD.replace("FS-1", id);
  }

  /** file, row, column and reason of each quarantined row. */
  static List<String> quarantine(ParsedFile f) {
    return f.quarantinedRows().stream()
        .map(q -> q[0] + "|" + q[1] + "|" + q[2] + "|" + q[3])
        .toList();
  }

  static void reconciles(ParsedFile f, int lines) {
    assertThat(f.isRead()).isTrue();
    assertThat(f.rowsRead()).isEqualTo(lines).isEqualTo(f.rowsLoaded() + f.rowsQuarantined());
  }

  @Test
  void aQuoteLeftOpenToTheEndOfTheFileIsOneRowsReasonAndTheLinesAfterItStayRows() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            row("FS-1"),
            goodWith(3, "\"A01").replace("FS-1", "FS-2"),
            row("FS-3"),
            row("FS-4"));
    reconciles(f, 4);
    assertThat(quarantine(f)).containsExactly(FILE + "|3|agent_id|UNTERMINATED_QUOTE");
    // the unclosed value runs to the line's end, over the personal columns: it is masked
    assertThat((String) f.quarantinedRows().get(0)[5])
        .startsWith(FILE + " row 3: agent_id 'A**")
        .contains("line 3", "never properly closed", "close the quote")
        .doesNotContain("张三", "13812345678");
    assertThat(f.validRows()).extracting(v -> v[0]).containsExactly("FS-1", "FS-3", "FS-4");
  }

  @Test
  void aQuoteClosedOnALaterLineDoesNotSwallowTheLinesBetween() {
    // six lines used to become two rows: the quote opened in row 3 closed at the end of row 4
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            row("FS-1"),
            goodWith(3, "\"A01").replace("FS-1", "FS-2"),
            row("FS-3") + "\"",
            row("FS-4"),
            row("FS-5"));
    reconciles(f, 5);
    assertThat(quarantine(f))
        .containsExactly(
            FILE + "|3|agent_id|UNTERMINATED_QUOTE", FILE + "|4|satisfaction|BAD_NUMBER");
    assertThat(f.validRows()).extracting(v -> v[0]).containsExactly("FS-1", "FS-4", "FS-5");
  }

  @Test
  void textAfterAClosingQuoteIsAnUnclosedQuoteToo() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            goodWith(3, "\"A01").replace("FS-1", "FS-2"),
            goodWith(4, "\"S01\"x").replace("FS-1", "FS-3"),
            row("FS-4"));
    reconciles(f, 3);
    assertThat(quarantine(f))
        .containsExactly(
            FILE + "|2|agent_id|UNTERMINATED_QUOTE", FILE + "|3|service_item|UNTERMINATED_QUOTE");
    assertThat((String) f.quarantinedRows().get(1)[5]).contains("line 3");
  }

  @Test
  void aQuotedValueWithLineBreaksStaysOneRowAndLaterRowsKeepTheirNumbers() {
    ParsedFile f =
        csv(
            FILE,
            StandardCharsets.UTF_8,
            HEADER,
            goodWith(3, "\"A0\r\n1\"").replace("FS-1", "FS-2"),
            goodWith(4, "S99").replace("FS-1", "FS-3"));
    reconciles(f, 2);
    assertThat(Arrays.asList(f.validRows().get(0))).contains("A0\r\n1");
    assertThat(quarantine(f)).containsExactly(FILE + "|3|service_item|UNKNOWN_ITEM");
  }
}
