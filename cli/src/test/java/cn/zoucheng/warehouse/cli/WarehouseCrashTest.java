package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestExportsJob;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import cn.zoucheng.warehouse.jobs.metrics.MetricsOptions;
import cn.zoucheng.warehouse.jobs.metrics.MetricsRun;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills real ingest and metrics processes with SIGKILL at each phase of a run ({@code
 * docs/storage.md}) and checks what readers see: until the commit point, exactly the previous
 * warehouse (the DuckDB catalogue untouched, every view's content as before); after it, once the
 * next run has recovered, the finished run's. Then the run is done again and every table's content
 * must equal a clean run's. The reference runs happen in this JVM; only the killed ones are
 * processes of their own.
 */
class WarehouseCrashTest {
  static final String KEY = "crash-test-key-0123456789";
  static final String HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";

  /**
   * Where an ingest is killed, in the order it reaches them: with a table written but not the
   * others; with its run record written but before the commit point; just after the commit point;
   * with the new catalogue prepared but not yet in place. (Before the first write, the warehouse is
   * as it was by construction; the two-writers test pauses there.)
   */
  static final List<String> INGEST_PHASES =
      List.of("wrote facts.proxy_cases", "recorded", "committed", "catalogue prepared");

  /** Where a metrics run is killed: mid-way through its tables, and just after its commit point. */
  static final List<String> METRICS_PHASES = List.of("wrote metrics.metrics", "committed");

  /** Columns whose values name a run or its time: equal content ignores them. */
  static final Set<String> RUN_STAMPS =
      Set.of("run_id", "ingest_run_id", "old_run_id", "ingested_at", "computed_at", "changed_at");

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

  @Test
  void anIngestKilledAtAnyPhaseLeavesThePreviousWarehouseOrTheFinishedOne() throws Exception {
    Path clean = tmp.resolve("clean");
    ingest(clean, first());
    ingest(clean, second());
    ingest(clean, second());
    Map<String, String> finished = content(clean);

    Path wh = tmp.resolve("wh");
    ingest(wh, first());
    Map<String, String> before = content(wh);
    assertThat(before).isNotEqualTo(finished);
    for (String phase : INGEST_PHASES) {
      byte[] catalogue = Files.readAllBytes(wh.resolve(DuckDbCatalog.FILE));
      // a reader during the run sees the warehouse before it
      Runnable reader =
          () -> assertThat(uncheckedContent(wh)).as("during " + phase).isEqualTo(before);
      assertThat(killed("ingest", wh, phase, reader, "--input", second().toString())).isEqualTo(-9);
      // whatever the phase, readers still open the previous catalogue, whose views are as before
      assertThat(Files.readAllBytes(wh.resolve(DuckDbCatalog.FILE))).as(phase).isEqualTo(catalogue);
      assertThat(content(wh)).as(phase).isEqualTo(before);
    }
    // the run killed after its commit point is completed by the next one, which finds nothing new
    ingest(wh, second());
    assertThat(content(wh)).isEqualTo(finished);
  }

  @Test
  void aMetricsRunKilledAtAnyPhaseLeavesThePreviousFiguresOrTheFinishedOnes() throws Exception {
    Path clean = tmp.resolve("clean");
    ingest(clean, first());
    metrics(clean);
    ingest(clean, second());
    metrics(clean);
    // the finished warehouse ran the metrics of the same inputs twice (the killed run that passed
    // its commit point, then the last): a second run changes no figure, so it adds no content
    Map<String, String> finished = content(clean);

    Path wh = tmp.resolve("wh");
    ingest(wh, first());
    metrics(wh);
    ingest(wh, second());
    Map<String, String> before = content(wh);
    for (String phase : METRICS_PHASES) {
      byte[] catalogue = Files.readAllBytes(wh.resolve(DuckDbCatalog.FILE));
      Runnable reader =
          () -> assertThat(uncheckedContent(wh)).as("during " + phase).isEqualTo(before);
      assertThat(killed("metrics", wh, phase, reader, "--period", "2026-10")).isEqualTo(-9);
      assertThat(Files.readAllBytes(wh.resolve(DuckDbCatalog.FILE))).as(phase).isEqualTo(catalogue);
      assertThat(content(wh)).as(phase).isEqualTo(before);
    }
    metrics(wh);
    assertThat(content(wh)).isEqualTo(finished);
    assertThat(
            strings(
                wh,
                "SELECT concat_ws('|', town_code, metric, value) FROM metrics"
                    + " WHERE period = '2026-10' AND scope = 'town' AND metric IN"
                    + " ('proxy_accepted', 'proxy_closed') ORDER BY 1"))
        .containsExactly(
            "370883001|proxy_accepted|1.0",
            "370883001|proxy_closed|0.0",
            "370883003|proxy_accepted|1.0",
            "370883003|proxy_closed|0.0");
  }

  @Test
  void twoWritersStartedTogetherNeverBothRun() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, first());
    Path in = second();
    // both wait at "recovered" once they hold the lock: only one can get there
    List<Process> both = new ArrayList<>();
    List<Path> logs = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Path log = tmp.resolve("writer-" + i + ".log");
      logs.add(log);
      both.add(
          process("ingest", wh, "recovered", "--input", in.toString())
              .redirectOutput(log.toFile())
              .start());
    }
    try {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      int refused = -1;
      int holder = -1;
      while ((refused < 0 || holder < 0) && System.nanoTime() < deadline) {
        for (int i = 0; i < 2; i++) {
          String log = Files.readString(logs.get(i), StandardCharsets.UTF_8);
          if (log.contains("PAUSED-AT recovered")) {
            holder = i;
          } else if (!both.get(i).isAlive()) {
            refused = i;
          }
        }
        TimeUnit.MILLISECONDS.sleep(200);
      }
      assertThat(holder).as("one writer holds the lock").isNotNegative();
      assertThat(refused).as("the other was refused").isNotNegative().isNotEqualTo(holder);
      assertThat(both.get(refused).exitValue()).isEqualTo(1);
      assertThat(Files.readString(logs.get(refused), StandardCharsets.UTF_8))
          .contains("another run is writing this warehouse")
          .contains("pid " + both.get(holder).pid() + " on ");
    } finally {
      for (Process p : both) {
        p.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  /** An ingest in this JVM, as the killed processes run it (same key, same reference data). */
  static void ingest(Path warehouse, Path input) {
    new IngestExportsJob(
            warehouse(warehouse),
            new IngestOptions(List.of(input.toUri()), RunIds.next("ingest")),
            new Pseudonymizer(KEY.getBytes(StandardCharsets.UTF_8)),
            ReferenceData.load(),
            step -> {})
        .run();
  }

  /** The metrics of 2026-10 in this JVM. */
  static void metrics(Path warehouse) {
    MetricsRun.run(
        warehouse(warehouse),
        YearMonth.of(2026, 10),
        YearMonth.of(2026, 10),
        MetricsOptions.newRunId());
  }

  static Warehouse warehouse(Path root) {
    WarehouseConfig config = WarehouseConfig.of(root.toUri());
    SparkSession spark = Sessions.open(config, "crash test");
    return Warehouse.open(spark, config);
  }

  /**
   * Every viewed table's content as readers see it through the DuckDB catalogue, one hash per view,
   * the columns naming runs and times left out.
   */
  static Map<String, String> content(Path warehouse) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Connection c = DuckDbCatalog.open(warehouse);
        Statement st = c.createStatement()) {
      for (WarehouseTable t : TableCatalog.viewed()) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = st.executeQuery("SELECT * FROM " + t.view().orElseThrow())) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder sb = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              if (!RUN_STAMPS.contains(md.getColumnName(i))) {
                sb.append(rs.getString(i)).append('\u0001');
              }
            }
            rows.add(sb.toString());
          }
        }
        rows.sort(String::compareTo);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        rows.forEach(r -> md.update(r.getBytes(StandardCharsets.UTF_8)));
        out.put(t.qualifiedName(), rows.size() + " rows " + HexFormat.of().formatHex(md.digest()));
      }
    }
    return out;
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

  /** {@code warehouse <command>} as a new JVM, paused at the phase. */
  static ProcessBuilder process(String command, Path warehouse, String phase, String... args)
      throws IOException {
    List<String> cmd = new ArrayList<>();
    cmd.addAll(List.of(command, "--warehouse", warehouse.toString(), "--master", "local[2]"));
    cmd.addAll(List.of(args));
    return WarehouseProcess.builder(
        Map.of("WAREHOUSE_PII_KEY", KEY),
        List.of("-D" + PauseAtPhase.PROPERTY + "=" + phase),
        cmd.toArray(String[]::new));
  }

  static Map<String, String> uncheckedContent(Path warehouse) {
    try {
      return content(warehouse);
    } catch (Exception e) {
      throw new AssertionError("a reader during the run failed", e);
    }
  }

  /**
   * Runs {@code warehouse <command>} in a new JVM, lets {@code whilePaused} read the warehouse
   * while the run waits at the phase, then kills it -9 there.
   */
  static int killed(
      String command, Path warehouse, String phase, Runnable whilePaused, String... args)
      throws Exception {
    ProcessBuilder pb = process(command, warehouse, phase, args);
    Process p = pb.start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        log.append(line).append('\n');
        if (line.startsWith("PAUSED-AT " + phase)) {
          try {
            whilePaused.run();
          } finally {
            p.destroyForcibly(); // SIGKILL: no shutdown hooks, no finally blocks
          }
          p.waitFor(30, TimeUnit.SECONDS);
          return -9;
        }
      }
    }
    assertThat(p.waitFor(5, TimeUnit.MINUTES)).isTrue();
    throw new AssertionError("the run never reached " + phase + ":\n" + log);
  }
}
