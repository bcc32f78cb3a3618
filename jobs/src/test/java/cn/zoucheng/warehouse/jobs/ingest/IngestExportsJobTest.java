package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.Inbox.PROXY_HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.Inbox.csv;
import static cn.zoucheng.warehouse.jobs.ingest.Inbox.proxy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.jobs.storage.WarehouseLock;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

@ExtendWith(SharedSpark.class)
class IngestExportsJobTest {
  static final ReferenceData REF = ReferenceData.load();
  static final Pseudonymizer KEY =
      new Pseudonymizer("test-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));

  @TempDir Path tmp;

  IngestResult ingest(SparkSession spark, Path warehouse, Path... inputs) {
    return ingest(spark, warehouse, o -> o, inputs);
  }

  IngestResult ingest(
      SparkSession spark,
      Path warehouse,
      java.util.function.UnaryOperator<IngestOptions> options,
      Path... inputs) {
    return new IngestExportsJob(
            TestWarehouses.at(warehouse),
            options.apply(
                new IngestOptions(
                    java.util.Arrays.stream(inputs).map(Path::toUri).toList(),
                    RunIds.next("test"))),
            KEY,
            REF,
            step -> {})
        .run();
  }

  /** September: A open, B closed, C open; October: A closed (reappears), D new. */
  Path septemberAndOctober() {
    Path in = tmp.resolve("inbox");
    csv(
        in,
        "2026-10-03",
        "凫山街道_2026-09_proxy_cases.csv",
        PROXY_HEADER,
        proxy("A", "2026-09-10", "办理中", ""),
        proxy("B", "2026-09-11", "已办结", "2026-09-12"),
        proxy("C", "2026-09-12", "办理中", ""),
        proxy("C", "2026-09-13", "办理中", ""));
    csv(
        in,
        "2026-11-03",
        "370883003_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("A", "2026-09-10", "已办结", "2026-10-02"),
        proxy("D", "2026-10-05", "办理中", ""));
    return in;
  }

  static List<String> facts(SparkSession spark, Path warehouse) {
    return TestWarehouses.at(warehouse)
        .read(TableCatalog.facts(ExportCatalog.PROXY_CASES))
        .selectExpr("concat_ws('|', month, case_id, status, file_month)")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .sorted()
        .toList();
  }

  static List<Row> manifest(SparkSession spark, Path warehouse) {
    return TestWarehouses.at(warehouse)
        .read(TableCatalog.MANIFEST)
        .orderBy("ingested_at", "file")
        .collectAsList();
  }

  @Test
  void keepsTheLatestVersionOfEachRecordInTheMonthOfItsPlacingDate(SparkSession spark) {
    Path wh = tmp.resolve("wh");
    IngestResult r = ingest(spark, wh, septemberAndOctober());
    assertThat(facts(spark, wh))
        .containsExactly(
            "2026-09|A|已办结|2026-10",
            "2026-09|B|已办结|2026-09",
            "2026-09|C|办理中|2026-09",
            "2026-10|D|办理中|2026-10");
    assertThat(r.rowsRead()).isEqualTo(6);
    assertThat(r.rowsLoaded()).isEqualTo(5);
    assertThat(r.rowsQuarantined()).isEqualTo(1);
    assertThat(r.touchedTypeMonths()).containsExactly("proxy_cases/2026-09", "proxy_cases/2026-10");
  }

  @Test
  void ingestingTheSameFilesAgainChangesNothing(SparkSession spark) {
    Path wh = tmp.resolve("wh");
    Path in = septemberAndOctober();
    ingest(spark, wh, in);
    List<String> before = facts(spark, wh);
    List<String> quarantineBefore = quarantine(spark, wh);
    IngestResult again = ingest(spark, wh, in);
    assertThat(again.filesByStatus()).containsExactly(java.util.Map.entry("UNCHANGED", 2));
    assertThat(again.touchedTypeMonths()).isEmpty();
    assertThat(facts(spark, wh)).isEqualTo(before);
    assertThat(quarantine(spark, wh)).isEqualTo(quarantineBefore).hasSize(1);
  }

  static List<String> quarantine(SparkSession spark, Path warehouse) {
    return TestWarehouses.at(warehouse)
        .read(TableCatalog.QUARANTINE)
        .selectExpr("concat_ws('|', file, source_row, reason, ingest_run_id)")
        .collectAsList()
        .stream()
        .map(r -> r.getString(0))
        .sorted()
        .toList();
  }

  @Test
  void aCorrectedRedeliveryReplacesExactlyWhatItCorrects(SparkSession spark) {
    Path wh = tmp.resolve("wh");
    ingest(spark, wh, septemberAndOctober());
    Path fix = tmp.resolve("fix");
    // October again: A no longer in it (its September version comes back), D closed, E new.
    csv(
        fix,
        "2026-11-20",
        "凫山街道_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("D", "2026-10-05", "已办结", "2026-10-09"),
        proxy("E", "2026-10-20", "已受理", ""));
    IngestResult r = ingest(spark, wh, fix);
    assertThat(r.filesByStatus()).containsExactly(java.util.Map.entry("LOADED", 1));
    assertThat(facts(spark, wh))
        .containsExactly(
            "2026-09|A|办理中|2026-09",
            "2026-09|B|已办结|2026-09",
            "2026-09|C|办理中|2026-09",
            "2026-10|D|已办结|2026-10",
            "2026-10|E|已受理|2026-10");
    // September's quarantine belongs to September's delivery and stays.
    assertThat(quarantine(spark, wh)).hasSize(1).first().asString().contains("2026-09");
    List<Row> m = manifest(spark, wh);
    assertThat(m)
        .extracting(x -> x.getAs("status").toString())
        .containsExactly("LOADED", "LOADED", "LOADED");
  }

  @Test
  void aLaterFileInTheSameRunSupersedesAnEarlierOne(SparkSession spark) {
    Path in = tmp.resolve("inbox");
    csv(
        in,
        "2026-11-03",
        "凫山街道_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("D", "2026-10-05", "办理中", ""));
    csv(
        in,
        "2026-11-04",
        "370883003_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("D", "2026-10-05", "已办结", "2026-10-06"));
    Path wh = tmp.resolve("wh");
    IngestResult r = ingest(spark, wh, in);
    assertThat(r.files("SUPERSEDED")).isEqualTo(1);
    assertThat(facts(spark, wh)).containsExactly("2026-10|D|已办结|2026-10");
  }

  @Test
  void aHeaderOnlyRedeliveryDeletesNothingUnlessAllowedAndTheManifestSaysWhatWasReplaced(
      SparkSession spark) {
    Path wh = tmp.resolve("wh");
    ingest(spark, wh, septemberAndOctober());
    Path empty = tmp.resolve("empty");
    csv(empty, "2026-11-20", "凫山街道_2026-10_proxy_cases.csv", PROXY_HEADER);
    IngestResult refused = ingest(spark, wh, empty);
    assertThat(refused.filesByStatus()).containsExactly(java.util.Map.entry("REJECTED", 1));
    assertThat(refused.rejectedFiles())
        .singleElement()
        .asString()
        .contains("would replace the 2 rows of 2026-11-03/370883003_2026-10_proxy_cases.csv");
    assertThat(facts(spark, wh)).contains("2026-09|A|已办结|2026-10", "2026-10|D|办理中|2026-10");

    IngestResult allowed = ingest(spark, wh, IngestOptions::allowingEmptyRedelivery, empty);
    assertThat(allowed.filesByStatus()).containsExactly(java.util.Map.entry("LOADED", 1));
    // October withdrawn: A's September version is its latest again, D is gone
    assertThat(facts(spark, wh))
        .containsExactly("2026-09|A|办理中|2026-09", "2026-09|B|已办结|2026-09", "2026-09|C|办理中|2026-09");
    List<Row> m = manifest(spark, wh);
    Row last = m.get(m.size() - 1);
    assertThat(last.<String>getAs("file")).isEqualTo("2026-11-20/凫山街道_2026-10_proxy_cases.csv");
    assertThat(last.<String>getAs("replaced_file"))
        .isEqualTo("2026-11-03/370883003_2026-10_proxy_cases.csv");
    assertThat(last.<Integer>getAs("replaced_rows")).isEqualTo(2);
    assertThat(m.get(m.size() - 2).<String>getAs("reason")).isEqualTo("EMPTY_FILE");
  }

  @Test
  void duckDbAndSparkCountTheSameRows(SparkSession spark) throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(spark, wh, septemberAndOctober());
    Warehouse w = TestWarehouses.at(wh);
    try (Connection c = DuckDbCatalog.open(wh);
        Statement st = c.createStatement()) {
      for (WarehouseTable t : TableCatalog.viewed()) {
        long spark_ = w.read(t).count();
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t.view().orElseThrow())) {
          rs.next();
          assertThat(rs.getLong(1)).as(t.qualifiedName()).isEqualTo(spark_);
        }
      }
      try (ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM proxy_cases WHERE town_code = '370883003' AND month ="
                  + " '2026-09'")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(3);
      }
    }
  }

  @Test
  void refusesASecondWriterWithAClearMessage(SparkSession spark) throws Exception {
    Path wh = tmp.resolve("wh");
    try (WarehouseLock held = WarehouseLock.acquire(TestWarehouses.at(wh))) {
      assertThatThrownBy(() -> ingest(spark, wh, septemberAndOctober()))
          .hasMessageContaining("another run is writing this warehouse")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    assertThat(ingest(spark, wh, septemberAndOctober()).rowsLoaded()).isEqualTo(5);
  }

  @Test
  void refusesAnotherPseudonymisationKey(SparkSession spark) {
    Path wh = tmp.resolve("wh");
    ingest(spark, wh, septemberAndOctober());
    Pseudonymizer other =
        new Pseudonymizer("another-key-0123456789".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(
            () ->
                new IngestExportsJob(
                        TestWarehouses.at(wh),
                        new IngestOptions(List.of(septemberAndOctober().toUri()), "x"),
                        other,
                        REF,
                        s -> {})
                    .run())
        .hasMessageContaining("pseudonymisation key differs");
  }
}
