package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.catalog.RunRecords;
import cn.zoucheng.warehouse.catalog.WarehouseState;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.ExportFileException;
import cn.zoucheng.warehouse.jobs.ingest.IngestResult;
import cn.zoucheng.warehouse.jobs.ingest.RawExport;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * End to end over the committed sample: every file of {@code data-samples/exports} ingested once
 * ({@link SampleWarehouse}, shared with the other sample ITs), then compared with what the
 * generator says it put there ({@code data-samples/expected}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SampleWarehouse.Resolver.class)
class SampleIngestIT {
  static final Path SAMPLES = SampleWarehouse.SAMPLES;

  Path warehouse;
  SparkSession spark;
  IngestResult result;

  @BeforeAll
  void openTheSample(SampleWarehouse sample) {
    warehouse = sample.warehouse;
    spark = sample.spark;
    result = sample.ingest;
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

  static List<List<String>> expected(String name) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    List<String> lines = Files.readAllLines(SAMPLES.resolve("expected").resolve(name));
    for (String line : lines.subList(1, lines.size())) {
      rows.add(List.of(line.split(",", -1)));
    }
    return rows;
  }

  @Test
  void quarantinesExactlyTheInjectedBadRowsWithTheirColumnAndReason() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (List<String> r : expected("quarantine.csv")) {
      expected.add(String.join("|", r));
    }
    Set<String> actual = new TreeSet<>();
    for (List<String> r : query("SELECT file, source_row, bad_column, reason FROM quarantine")) {
      actual.add(String.join("|", r));
    }
    assertThat(actual).hasSizeGreaterThan(300).isEqualTo(expected);
    assertThat(query("SELECT count(*) FROM quarantine WHERE message NOT LIKE file || ' row %'"))
        .containsExactly(List.of("0"));
  }

  @Test
  void rejectsExactlyTheBadFilesWithTheirReason() throws Exception {
    Set<String> expected = new TreeSet<>();
    for (List<String> r : expected("rejected_files.csv")) {
      expected.add(String.join("|", r));
    }
    assertThat(
            new TreeSet<>(
                query("SELECT file || '|' || reason FROM manifest" + " WHERE status = 'REJECTED'")
                    .stream()
                    .map(r -> r.get(0))
                    .toList()))
        .isEqualTo(expected);
  }

  @Test
  void everyFileReconcilesAndReadsTheRowsTheGeneratorWrote() throws Exception {
    assertThat(
            query(
                "SELECT count(*) FROM manifest WHERE rows_read <> rows_loaded"
                    + " + rows_quarantined"))
        .containsExactly(List.of("0"));
    Set<String> expected = new TreeSet<>();
    for (List<String> r : expected("summary.csv")) {
      expected.add(r.get(0) + "|" + r.get(4) + "|" + r.get(5));
    }
    Set<String> actual = new TreeSet<>();
    for (List<String> r :
        query(
            "SELECT file, rows_read, rows_quarantined FROM manifest"
                + " WHERE status <> 'REJECTED'")) {
      actual.add(String.join("|", r));
    }
    assertThat(actual).isEqualTo(expected);
    assertThat(result.rowsRead()).isEqualTo(result.rowsLoaded() + result.rowsQuarantined());
  }

  @Test
  void theCorrectedRedeliveryWinsAndTheMissingTownMonthHasNoFiles() throws Exception {
    List<List<String>> special = expected("special_deliveries.csv");
    String redelivered =
        special.stream()
            .filter(r -> r.get(0).equals("redelivery"))
            .findFirst()
            .orElseThrow()
            .get(1);
    assertThat(query("SELECT status FROM manifest WHERE file = '" + redelivered + "'"))
        .containsExactly(List.of("LOADED"));
    assertThat(query("SELECT count(*) FROM manifest WHERE status = 'SUPERSEDED'"))
        .containsExactly(List.of("1"));
    assertThat(
            query(
                "SELECT count(*) FROM manifest m JOIN towns t USING (town_code)"
                    + " WHERE t.town_name = '看庄镇' AND m.file_month = '2026-10'"))
        .containsExactly(List.of("0"));
  }

  @Test
  void everyTownHasRowsOfEveryRecordTypeAndDuckDbCountsWhatSparkCounts() throws Exception {
    Warehouse w = Warehouse.open(spark, WarehouseConfig.of(warehouse.toUri()));
    for (WarehouseTable t : TableCatalog.viewed()) {
      long sparkCount = w.read(t).count();
      assertThat(query("SELECT count(*) FROM " + t.view().orElseThrow()))
          .as(t.qualifiedName())
          .containsExactly(List.of(Long.toString(sparkCount)));
    }
    for (RecordSchema s : ExportCatalog.ALL) {
      assertThat(query("SELECT count(DISTINCT town_code) FROM " + s.name()))
          .as(s.name())
          .containsExactly(List.of("16"));
    }
  }

  @Test
  void noClearPersonalValueReachesAnyTable() throws Exception {
    ReferenceData ref = ReferenceData.load();
    Set<String> names = new HashSet<>();
    Set<String> numbers = new HashSet<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(SAMPLES.resolve("exports"))) {
      files =
          s.filter(Files::isRegularFile)
              .filter(p -> !p.getFileName().toString().startsWith("."))
              .toList();
    }
    for (Path p : files) {
      String rel = SAMPLES.resolve("exports").relativize(p).toString();
      List<Map<String, String>> rows;
      try {
        rows = RawExport.rows(rel, Files.readAllBytes(p), ref);
      } catch (ExportFileException e) {
        continue; // rejected whole: nothing of it is stored
      }
      RecordSchema schema =
          ExportCatalog.byName(cn.zoucheng.warehouse.jobs.ingest.ExportFileName.recordTypeOf(rel))
              .orElseThrow();
      for (Field f : schema.fields()) {
        if (f.piiKind().isEmpty()) {
          continue;
        }
        for (Map<String, String> row : rows) {
          String v = row.getOrDefault(f.name(), "").trim();
          if (v.length() >= 2) {
            (f.piiKind().get() == Pii.NAME ? names : numbers).add(v);
          }
        }
      }
    }
    assertThat(names).hasSizeGreaterThan(1000);
    assertThat(numbers).hasSizeGreaterThan(1000);
    List<String> leaks = new ArrayList<>();
    List<String> tables = new ArrayList<>();
    for (WarehouseTable t : TableCatalog.viewed()) {
      tables.add(t.view().orElseThrow());
    }
    WarehouseState state = RunRecords.latest(warehouse).orElseThrow();
    for (RecordSchema s : ExportCatalog.ALL) {
      List<String> raw = state.table(TableCatalog.deliveries(s).qualifiedName()).files();
      tables.add(
          "read_parquet(["
              + String.join(", ", raw.stream().map(f -> "'" + f + "'").toList())
              + "])");
    }
    try (Connection c = DuckDbCatalog.open(warehouse);
        Statement st = c.createStatement()) {
      for (String table : tables) {
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + table)) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            for (int i = 1; i <= n; i++) {
              String v = rs.getString(i);
              if (v == null) {
                continue;
              }
              if (names.contains(v) || numbers.contains(v)) {
                leaks.add(table + ": " + v);
              } else if (v.startsWith("{")) {
                // the raw-row JSON of quarantined rows: every value inside it too
                for (String part : v.split("\"")) {
                  if (names.contains(part) || numbers.contains(part)) {
                    leaks.add(table + " (JSON): " + part);
                  }
                }
              }
            }
          }
        }
      }
    }
    assertThat(leaks).isEmpty();
    assertThat(state.piiKeyFingerprint()).hasValueSatisfying(f -> assertThat(f).hasSize(16));
  }
}
