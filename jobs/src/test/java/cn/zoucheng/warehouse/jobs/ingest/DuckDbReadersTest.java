package cn.zoucheng.warehouse.jobs.ingest;

import static cn.zoucheng.warehouse.jobs.ingest.Inbox.PROXY_HEADER;
import static cn.zoucheng.warehouse.jobs.ingest.Inbox.csv;
import static cn.zoucheng.warehouse.jobs.ingest.Inbox.proxy;
import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The catalogue file opens in the DuckDB of the build (2.0) and in the oldest DuckDB it promises
 * (1.4, in a JVM of its own: {@link OldDuckDbProbe}), and after a re-delivery that drops records
 * both count exactly what Spark counts in every table's current snapshot.
 */
@ExtendWith(SharedSpark.class)
class DuckDbReadersTest {
  @TempDir Path tmp;

  @Test
  void duckDbOldAndNewAgreeWithSparkAfterARedeliveryThatDropsRecords() throws Exception {
    Path wh = tmp.resolve("wh");
    Path in = tmp.resolve("in");
    csv(
        in,
        "2026-11-03",
        "凫山街道_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("A", "2026-10-10", "办理中", ""),
        proxy("B", "2026-10-11", "已办结", "2026-10-12"),
        proxy("C", "2026-10-12", "办理中", ""));
    ingest(wh, in);
    Path fix = tmp.resolve("fix");
    csv(
        fix,
        "2026-11-20",
        "凫山街道_2026-10_proxy_cases.csv",
        PROXY_HEADER,
        proxy("A", "2026-10-10", "已办结", "2026-10-15"));
    ingest(wh, fix);

    Warehouse w = TestWarehouses.at(wh);
    Map<String, String> spark = new LinkedHashMap<>();
    List<String> queries = new ArrayList<>();
    for (WarehouseTable t : TableCatalog.viewed()) {
      spark.put(t.view().orElseThrow(), Long.toString(w.read(t).count()));
      queries.add("SELECT count(*) FROM " + t.view().orElseThrow());
    }
    assertThat(spark.get("proxy_cases")).isEqualTo("1");
    queries.add("SELECT string_agg(case_id || ':' || status, ',') FROM proxy_cases");

    Map<String, String> current = new LinkedHashMap<>();
    String cases;
    try (Connection c = DuckDbCatalog.open(wh);
        Statement st = c.createStatement()) {
      for (String view : spark.keySet()) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + view)) {
          rs.next();
          current.put(view, rs.getString(1));
        }
      }
      try (ResultSet rs = st.executeQuery(queries.get(queries.size() - 1))) {
        rs.next();
        cases = rs.getString(1);
      }
    }
    assertThat(current).isEqualTo(spark);
    assertThat(cases).isEqualTo("A:已办结");

    List<String> old = oldDuckDb(wh, queries);
    assertThat(old.get(0)).startsWith("version\tv1.4");
    Map<String, String> oldCounts = new LinkedHashMap<>();
    List<String> views = new ArrayList<>(spark.keySet());
    for (String line : old.subList(1, old.size())) {
      String[] parts = line.split("\t");
      int q = Integer.parseInt(parts[1]);
      if (q < views.size()) {
        oldCounts.put(views.get(q), parts[2]);
      } else {
        assertThat(parts[2]).isEqualTo("A:已办结");
      }
    }
    assertThat(oldCounts).isEqualTo(spark);
  }

  private static void ingest(Path wh, Path in) {
    new IngestExportsJob(
            TestWarehouses.at(wh),
            new IngestOptions(List.of(in.toUri()), RunIds.next("test")),
            IngestExportsJobTest.KEY,
            ReferenceData.load(),
            step -> {})
        .run();
  }

  /** The probe's output lines, run with DuckDB 1.4's driver in a JVM of its own. */
  private static List<String> oldDuckDb(Path wh, List<String> queries) throws Exception {
    Path jar = Path.of("target", "old-duckdb", "duckdb_jdbc-old.jar");
    assertThat(jar).as("copied by the build (maven-dependency-plugin)").exists();
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("-cp");
    cmd.add(jar.toAbsolutePath() + ":" + Path.of("target", "test-classes").toAbsolutePath());
    cmd.add(OldDuckDbProbe.class.getName());
    cmd.add(wh.resolve(DuckDbCatalog.FILE).toString());
    cmd.add(wh.toString());
    cmd.addAll(queries);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    List<String> lines = new ArrayList<>();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        lines.add(line);
      }
    }
    assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(String.join("\n", lines)).isZero();
    assertThat(Files.exists(wh.resolve(DuckDbCatalog.FILE))).isTrue();
    return lines;
  }
}
