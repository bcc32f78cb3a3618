package cn.zoucheng.warehouse.samples;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.values.IdNumbers;
import cn.zoucheng.warehouse.schemas.values.Values;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final YearMonth FROM = YearMonth.of(2025, 6);
  private static final YearMonth TO = YearMonth.of(2025, 8);
  private static final double SCALE = 0.2;

  @TempDir static Path shared;
  private static Path sample;
  private static GeneratorResult result;

  @BeforeAll
  static void generate() {
    sample = shared.resolve("sample");
    result = new SampleGenerator(new GeneratorOptions(7, SCALE, FROM, TO, sample)).run();
  }

  @Test
  void sameOptionsGiveByteIdenticalFiles(@TempDir Path other) throws Exception {
    new SampleGenerator(new GeneratorOptions(7, SCALE, FROM, TO, other)).run();

    Map<String, String> first = digests(sample);
    assertThat(first).isNotEmpty().containsKey("expected/quarantine.csv");
    assertThat(first.keySet()).anyMatch(f -> f.endsWith(".xlsx"));
    assertThat(digests(other)).isEqualTo(first);
  }

  @Test
  void idNumbersAreValidExceptTheInjectedBadOnes() throws IOException {
    Set<String> bad = Samples.badRows(sample, "BAD_ID_NUMBER");
    int checked = 0;
    for (var e : Samples.readableExports(sample).entrySet()) {
      for (ExportReading.DataRow row : ExportReading.read(e.getValue())) {
        for (String field : List.of("applicant_id_number", "petitioner_id_number")) {
          String id = row.get(field);
          if (!id.isEmpty()) {
            checked++;
            assertThat(IdNumbers.isValid(id))
                .as("%s row %d %s=%s", e.getKey(), row.row(), field, id)
                .isEqualTo(!bad.contains(e.getKey() + "|" + row.row()));
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(1000);
  }

  @Test
  void volumesAreRoughlyAsConfigured() {
    Map<String, Long> rows = result.rowsByRecordType();
    int months = 3;
    // proxy cases: new ones plus the few reappearing from the month before
    assertThat(rows.get("proxy_cases"))
        .isBetween((long) (2500 * SCALE * months * 0.85), (long) (2500 * SCALE * months * 1.4));
    assertThat(rows.get("disputes"))
        .isBetween((long) (300 * SCALE * months * 0.8), (long) (300 * SCALE * months * 1.5));
    assertThat(rows.get("suggestions"))
        .isBetween((long) (800 * SCALE * months * 0.8), (long) (800 * SCALE * months * 1.6));
    // vouchers appear twice: unreviewed in their month, reviewed in the next
    assertThat(rows.get("expense_vouchers"))
        .isBetween(
            (long) (3 * 743 * SCALE * (2 * months - 1) * 0.8),
            (long) (3 * 743 * SCALE * (2 * months - 1) * 1.2));
    // per-village types do not scale; July is a review month
    assertThat(rows.get("disclosures"))
        .isBetween(743L * 25 * months * 95 / 100, 743L * 25 * months);
    assertThat(rows.get("democratic_reviews")).isBetween(743L * 4 * 9 / 10, 743L * 6);
    assertThat(rows.get("deliberations"))
        .isBetween(743L * months * 70 / 100, 743L * months * 110 / 100);
    assertThat(result.badRowsInjected()).isPositive();
  }

  @Test
  void reappearingProxyCasesKeepTheirAcceptedOn() throws IOException {
    Set<String> bad = Samples.badRows(sample);
    Map<String, String> firstAccepted = new HashMap<>();
    int reappearing = 0;
    for (var e : new TreeMap<>(Samples.readableExports(sample)).entrySet()) {
      if (!e.getKey().contains("_proxy_cases.")) {
        continue;
      }
      for (ExportReading.DataRow row : ExportReading.read(e.getValue())) {
        if (bad.contains(e.getKey() + "|" + row.row())) {
          continue;
        }
        LocalDate accepted = Values.date(row.get("accepted_on")).orElseThrow();
        String town = e.getKey().substring(e.getKey().indexOf('/') + 1, e.getKey().indexOf('_'));
        String previous = firstAccepted.putIfAbsent(town + row.get("case_id"), accepted.toString());
        if (previous != null) {
          reappearing++;
          assertThat(accepted.toString())
              .as("%s %s", e.getKey(), row.get("case_id"))
              .isEqualTo(previous);
        }
      }
    }
    assertThat(reappearing).isGreaterThan(50);
  }

  @Test
  void noDateIsAfterTheFilesMonthExceptTheLaterOnesByNature() throws IOException {
    Set<String> bad = Samples.badRows(sample);
    Set<String> later = Set.of("promised_on", "posted_on|disclosures");
    int dates = 0;
    for (var e : Samples.readableExports(sample).entrySet()) {
      YearMonth month = YearMonth.parse(e.getKey().replaceAll(".*_(\\d{4}-\\d{2})_.*", "$1"));
      String type = ExportReading.schemaOf(e.getValue()).name();
      for (ExportReading.DataRow row : ExportReading.read(e.getValue())) {
        if (bad.contains(e.getKey() + "|" + row.row())) {
          continue;
        }
        for (var v : row.values().entrySet()) {
          var date = Values.date(v.getValue());
          if (date.isEmpty()
              || later.contains(v.getKey())
              || later.contains(v.getKey() + "|" + type)) {
            continue;
          }
          dates++;
          assertThat(date.get())
              .as("%s row %d %s", e.getKey(), row.row(), v.getKey())
              .isBeforeOrEqualTo(month.atEndOfMonth());
        }
      }
    }
    assertThat(dates).isGreaterThan(10_000);
  }

  private static Map<String, String> digests(Path root)
      throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p));
        out.put(root.relativize(p).toString().replace('\\', '/'), HexFormat.of().formatHex(hash));
      }
    }
    return out;
  }
}
