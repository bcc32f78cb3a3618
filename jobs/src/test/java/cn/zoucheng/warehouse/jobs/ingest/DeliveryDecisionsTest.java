package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.GOOD;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.csv;
import static cn.zoucheng.warehouse.jobs.ingest.ExportFileParserTest.goodWith;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.ingest.IngestOptions.EmptyRedelivery;
import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A file with a header alone is no delivery (EMPTY_FILE), and no file without one loadable row
 * replaces a delivery that has rows, unless the run allows it; a loaded re-delivery says what it
 * replaced.
 */
class DeliveryDecisionsTest {
  static final String EARLIER = "2026-11-03/凫山街道_2026-10_proxy_cases.csv";
  static final String LATER = "2026-11-20/凫山街道_2026-10_proxy_cases.csv";
  static final String KEY = "proxy_cases/2026-10/370883003";
  static final Map<String, DeliveryDecisions.Current> FOUR_ROWS =
      Map.of(KEY, new DeliveryDecisions.Current("sha-of-earlier", EARLIER, 4));

  static ParsedFile headerOnly() {
    return csv(LATER, StandardCharsets.UTF_8, HEADER).withoutRows();
  }

  static ParsedFile allBad() {
    return csv(LATER, StandardCharsets.UTF_8, HEADER, goodWith(2, "无此村")).withoutRows();
  }

  static ParsedFile good(String file) {
    return csv(file, StandardCharsets.UTF_8, HEADER, GOOD).withoutRows();
  }

  @Test
  void aHeaderAloneIsAnEmptyFileNotADelivery() {
    DeliveryDecisions d =
        new DeliveryDecisions(List.of(headerOnly()), Map.of(), EmptyRedelivery.ALLOW);
    assertThat(d.status(LATER)).isEqualTo(FileStatus.REJECTED);
    assertThat(d.loaded()).isEmpty();
    ParsedFile f = d.files().get(0);
    assertThat(f.rejectReason()).isEqualTo(Reason.EMPTY_FILE);
    assertThat(f.message())
        .isEqualTo(
            LATER
                + ": the file holds a header but no data row, and an empty file is no delivery;"
                + " send the month's records");
    assertThat(f.rowsRead()).isZero();
  }

  @Test
  void aHeaderOnlyRedeliveryDeletesNothingWithoutTheFlag() {
    DeliveryDecisions d =
        new DeliveryDecisions(List.of(headerOnly()), FOUR_ROWS, EmptyRedelivery.REFUSE);
    assertThat(d.status(LATER)).isEqualTo(FileStatus.REJECTED);
    assertThat(d.loaded()).isEmpty();
    assertThat(d.files().get(0).rejectReason()).isEqualTo(Reason.EMPTY_FILE);
    assertThat(d.files().get(0).message())
        .contains("would replace the 4 rows of " + EARLIER, "--allow-empty-redelivery");
  }

  @Test
  void aRedeliveryWithoutOneLoadableRowKeepsTheEarlierDelivery() {
    DeliveryDecisions d =
        new DeliveryDecisions(List.of(allBad()), FOUR_ROWS, EmptyRedelivery.REFUSE);
    assertThat(d.status(LATER)).isEqualTo(FileStatus.REJECTED);
    ParsedFile f = d.files().get(0);
    assertThat(f.rejectReason()).isEqualTo(Reason.EMPTY_REDELIVERY);
    assertThat(f.rowsRead()).isEqualTo(f.rowsLoaded() + f.rowsQuarantined()).isZero();
    assertThat(f.message())
        .isEqualTo(
            LATER
                + ": none of its 1 rows can be loaded, so it would delete all 4 rows of "
                + EARLIER
                + "; the earlier delivery stays. Correct the rows and send the file again, or, to"
                + " withdraw every record on purpose, ingest it with --allow-empty-redelivery");
  }

  @Test
  void withTheFlagAnEmptyRedeliveryReplacesAndSaysWhat() {
    for (ParsedFile empty : List.of(headerOnly(), allBad())) {
      DeliveryDecisions d = new DeliveryDecisions(List.of(empty), FOUR_ROWS, EmptyRedelivery.ALLOW);
      assertThat(d.status(LATER)).isEqualTo(FileStatus.LOADED);
      assertThat(d.loaded())
          .extracting(ParsedFile::replaced)
          .containsExactly(new ParsedFile.Replaced(EARLIER, 4));
    }
  }

  @Test
  void anEmptyFileOfTheSameRunDoesNotDisplaceTheRealDeliveryBeforeIt() {
    DeliveryDecisions d =
        new DeliveryDecisions(
            List.of(good(EARLIER), headerOnly()), Map.of(), EmptyRedelivery.REFUSE);
    assertThat(d.status(EARLIER)).isEqualTo(FileStatus.LOADED);
    assertThat(d.status(LATER)).isEqualTo(FileStatus.REJECTED);
    assertThat(d.files().get(1).message()).contains("would replace the 1 rows of " + EARLIER);
  }

  @Test
  void aLoadedRedeliveryNamesTheDeliveryItReplaced() {
    DeliveryDecisions d =
        new DeliveryDecisions(List.of(good(LATER)), FOUR_ROWS, EmptyRedelivery.REFUSE);
    assertThat(d.status(LATER)).isEqualTo(FileStatus.LOADED);
    assertThat(d.files().get(0).replaced()).isEqualTo(new ParsedFile.Replaced(EARLIER, 4));
    DeliveryDecisions first =
        new DeliveryDecisions(List.of(good(LATER)), Map.of(), EmptyRedelivery.REFUSE);
    assertThat(first.files().get(0).replaced()).isNull();
  }

  @Test
  void backupsAreSkippedAndOtherUnreadableFilesRejected() {
    ParsedFile skipped =
        ParsedFile.rejected(
            "_备份/x.csv",
            null,
            java.time.LocalDate.of(2026, 11, 3),
            null,
            null,
            IngestErrors.skippedName("_备份/x.csv", "_备份"));
    ParsedFile empty =
        ExportFileParserTest.PARSER.parse(
            EARLIER, java.time.LocalDate.of(2026, 11, 3), new byte[0]);
    DeliveryDecisions d =
        new DeliveryDecisions(List.of(skipped, empty), Map.of(), EmptyRedelivery.REFUSE);
    assertThat(d.status("_备份/x.csv")).isEqualTo(FileStatus.SKIPPED);
    assertThat(d.status(EARLIER)).isEqualTo(FileStatus.REJECTED);
  }
}
