package cn.zoucheng.warehouse.jobs.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestExportsJob;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import cn.zoucheng.warehouse.jobs.metrics.MetricsRun;
import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shared deployment's catalog, for real: Iceberg's JDBC catalog on a PostgreSQL server started
 * on loopback. The same ingest and metrics against it and against the embedded SQLite catalog give
 * equal figures, and its lock (an advisory lock) refuses a second writer naming the first.
 */
@ExtendWith(SharedSpark.class)
class PostgresCatalogTest {
  static final String HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";
  private static PostgresServer pg;

  @TempDir Path tmp;

  @BeforeAll
  static void start() throws Exception {
    pg = PostgresServer.start();
  }

  @AfterAll
  static void stop() throws Exception {
    if (pg != null) {
      pg.close();
    }
  }

  Warehouse postgres(SparkSession spark, Path root) {
    WarehouseConfig c = WarehouseConfig.of(root.toUri());
    return Warehouse.open(
        spark,
        c.withCatalog(
            WarehouseConfig.jdbcCatalog(root.toUri(), pg.url(), PostgresServer.USER, "")));
  }

  @Test
  void theSameRunsGiveTheSameFiguresInPostgresAsInSqlite(SparkSession spark) throws Exception {
    Path in = tmp.resolve("in/2026-11-03");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("凫山街道_2026-10_proxy_cases.csv"),
        HEADER
            + "\nA,凫山街道,凫山社区,A01,S01,张三,,13812345678,集中办公日,2026-10-13,2026-10-20,2026-10-14,已办结,5"
            + "\nB,凫山街道,凫山社区,A01,S01,李四,,,上门代办,2026-10-14,2026-10-20,,办理中,\n",
        StandardCharsets.UTF_8);
    Warehouse sqlite = Warehouse.open(spark, WarehouseConfig.of(tmp.resolve("sqlite").toUri()));
    Warehouse shared = postgres(spark, tmp.resolve("pg"));
    assertThat(shared.catalog().describe()).contains("jdbc:postgresql://127.0.0.1:");
    List<String> figures = null;
    for (Warehouse w : List.of(sqlite, shared)) {
      new IngestExportsJob(
              w,
              new IngestOptions(List.of(in.getParent().toUri()), RunIds.next("ingest")),
              new Pseudonymizer("pg-test-key-0123456789".getBytes(StandardCharsets.UTF_8)),
              ReferenceData.load(),
              s -> {})
          .run();
      MetricsRun.run(w, YearMonth.of(2026, 10), YearMonth.of(2026, 10), RunIds.next("metrics"));
      List<String> mine =
          w
              .read(TableCatalog.METRICS_TABLE)
              .selectExpr(
                  "concat_ws('|', period, scope, coalesce(town_code, ''),"
                      + " coalesce(village_code, ''), metric, numerator, denominator, value)")
              .collectAsList()
              .stream()
              .map(r -> r.getString(0))
              .sorted()
              .toList();
      if (figures == null) {
        figures = mine;
      } else {
        assertThat(mine).isEqualTo(figures);
      }
    }
    assertThat(figures).contains("2026-10|city|||proxy_completion_rate|1.0|2.0|0.5");
  }

  @Test
  void theSharedCatalogsLockRefusesASecondWriterNamingTheFirst(SparkSession spark) {
    Warehouse w = postgres(spark, tmp.resolve("pg-lock"));
    try (WarehouseLock held = WarehouseLock.acquire(w)) {
      assertThatThrownBy(() -> WarehouseLock.acquire(w))
          .hasMessageContaining("another run is writing this warehouse")
          .hasMessageContaining("pid " + ProcessHandle.current().pid());
    }
    try (WarehouseLock again = WarehouseLock.acquire(w)) {
      assertThat(again).isNotNull();
    }
  }
}
