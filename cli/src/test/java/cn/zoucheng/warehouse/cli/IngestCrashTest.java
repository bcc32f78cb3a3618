package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.catalog.DuckDbCatalog;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real ingest or metrics process with SIGKILL at its most delicate moments and checks what
 * the warehouse shows afterwards: before the commit point, exactly the previous state; after it,
 * once the next run has recovered, exactly the state of a run that finished.
 */
class IngestCrashTest {
  static final String HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";

  @TempDir Path tmp;

  static void write(Path dir, String name, String... rows) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve(name), HEADER + "\n" + String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
  }

  static String row(String id, String accepted, String status) {
    return id + ",凫山街道,凫山社区,A01,S01,张三,,13812345678,集中办公日," + accepted + ",,," + status + ",";
  }

  Path first() throws IOException {
    Path in = tmp.resolve("first/2026-10-03");
    write(
        in,
        "凫山街道_2026-09_proxy_cases.csv",
        row("A", "2026-09-10", "办理中"),
        row("B", "2026-09-11", "办理中"));
    return in.getParent();
  }

  Path second() throws IOException {
    Path in = tmp.resolve("second/2026-11-03");
    write(
        in,
        "凫山街道_2026-10_proxy_cases.csv",
        row("A", "2026-09-10", "已办结"),
        row("C", "2026-10-11", "办理中"));
    write(in, "钢山街道_2026-10_proxy_cases.csv", "G1,钢山街道,钢山社区,A01,S02,李四,,,上门代办,2026-10-12,,,已受理,");
    return in.getParent();
  }

  /** Runs {@code warehouse ingest} in a new JVM; with a pause point, kills it -9 there. */
  static int ingest(Path warehouse, Path input, String pauseAt) throws Exception {
    return warehouse(
        pauseAt,
        "ingest",
        "--warehouse",
        warehouse.toString(),
        "--master",
        "local[2]",
        "--input",
        input.toString());
  }

  /** Runs {@code warehouse metrics --period 2026-10} in a new JVM, killed -9 at a pause point. */
  static int metrics(Path warehouse, String pauseAt) throws Exception {
    return warehouse(
        pauseAt,
        "metrics",
        "--warehouse",
        warehouse.toString(),
        "--master",
        "local[2]",
        "--period",
        "2026-10");
  }

  /** Runs {@code warehouse <args>} in a new JVM; with a pause point, kills it -9 there. */
  static int warehouse(String pauseAt, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-Xmx1g");
    try (var in = IngestCrashTest.class.getResourceAsStream("/warehouse-jvm.options")) {
      for (String o : new String(in.readAllBytes(), StandardCharsets.UTF_8).trim().split("\\s+")) {
        cmd.add(o);
      }
    }
    if (pauseAt != null) {
      cmd.add("-D" + PauseAtPhase.PROPERTY + "=" + pauseAt);
    }
    cmd.addAll(List.of("-cp", System.getProperty("java.class.path"), WarehouseCli.class.getName()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("WAREHOUSE_PII_KEY", "crash-test-key-0123456789");
    Process p = pb.start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        log.append(line).append('\n');
        if (pauseAt != null && line.startsWith("PAUSED-AT " + pauseAt)) {
          p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
          p.waitFor(30, TimeUnit.SECONDS);
          return -9;
        }
      }
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log.toString()).isZero();
    return 0;
  }

  /** Path and content hash of every file readers can see (not the _-prefixed work folders). */
  static Map<String, String> visible(Path warehouse) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(warehouse)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String rel = warehouse.relativize(p).toString();
        if (rel.startsWith("_") || rel.contains("/.") || rel.startsWith(".")) {
          continue;
        }
        out.put(
            rel,
            HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(p))));
      }
    }
    return out;
  }

  static List<String> factRows(Path warehouse) throws Exception {
    return strings(
        warehouse,
        "SELECT concat_ws('|', town_code, month, case_id, status,"
            + " file_month) FROM proxy_cases ORDER BY 1");
  }

  /** The first column of a query against the warehouse's DuckDB catalogue. */
  static List<String> strings(Path warehouse, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Connection c = DuckDbCatalog.open(warehouse);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
    }
    return rows;
  }

  @Test
  void aRunKilledAtAnyPointLeavesEitherThePreviousOrTheFinishedState() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, first(), null);
    Map<String, String> before = visible(wh);
    List<String> beforeRows = factRows(wh);
    assertThat(beforeRows).hasSize(2);

    // Killed just before the commit point: nothing of the run is visible, now or after recovery.
    assertThat(ingest(wh, second(), "before-commit-point")).isEqualTo(-9);
    assertThat(visible(wh)).isEqualTo(before);
    assertThat(Files.exists(wh.resolve("_lock"))).as("the dead run's lock is left behind").isTrue();

    // Killed just after it: the next run (which also takes over the stale lock) completes it.
    assertThat(ingest(wh, second(), "after-commit-point")).isEqualTo(-9);
    ingest(wh, first(), null);
    assertThat(factRows(wh))
        .containsExactly(
            "370883001|2026-10|G1|已受理|2026-10",
            "370883003|2026-09|A|已办结|2026-10",
            "370883003|2026-09|B|办理中|2026-09",
            "370883003|2026-10|C|办理中|2026-10");
    assertNoWorkLeft(wh);
  }

  static List<String> townFigures(Path warehouse) throws Exception {
    return strings(
        warehouse,
        "SELECT concat_ws('|', town_code, metric, value) FROM metrics"
            + " WHERE period = '2026-10' AND scope = 'town' AND metric IN ('proxy_accepted',"
            + " 'proxy_closed') ORDER BY 1");
  }

  @Test
  void aMetricsRunKilledAtAnyPointLeavesEitherThePreviousOrTheFinishedFigures() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, first(), null);
    metrics(wh, null);
    // October, before the second delivery: nothing accepted in October yet.
    assertThat(townFigures(wh)).isEmpty();
    ingest(wh, second(), null);
    Map<String, String> before = visible(wh);

    // Killed just before the commit point: the figures and the catalogue are exactly as before.
    assertThat(metrics(wh, "before-commit-point")).isEqualTo(-9);
    assertThat(visible(wh)).isEqualTo(before);

    // Killed just after it: the next writer completes it, and the figures are the new ones, once.
    assertThat(metrics(wh, "after-commit-point")).isEqualTo(-9);
    metrics(wh, null);
    assertThat(townFigures(wh))
        .containsExactly(
            "370883001|proxy_accepted|1.0",
            "370883001|proxy_closed|0.0",
            "370883003|proxy_accepted|1.0",
            "370883003|proxy_closed|0.0");
    assertNoWorkLeft(wh);
  }

  /** No lock, and the staging, trash and journal folders empty. */
  private static void assertNoWorkLeft(Path wh) {
    assertThat(wh.resolve("_lock")).doesNotExist();
    for (String work : List.of("_staging", "_trash", "_journal")) {
      assertThat(isEmpty(wh.resolve(work))).as(work + " is empty").isTrue();
    }
  }

  private static boolean isEmpty(Path dir) {
    if (!Files.exists(dir)) {
      return true;
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.findAny().isEmpty();
    } catch (IOException e) {
      return false;
    }
  }
}
