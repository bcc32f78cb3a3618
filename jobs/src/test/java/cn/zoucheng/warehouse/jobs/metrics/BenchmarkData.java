package cn.zoucheng.warehouse.jobs.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.spark.ReferenceRows;
import cn.zoucheng.warehouse.jobs.spark.SparkSchemas;
import cn.zoucheng.warehouse.jobs.spark.TestWarehouses;
import cn.zoucheng.warehouse.jobs.storage.TableWriter;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.jobs.storage.WarehouseRun;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.types.Column;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Generates a warehouse of facts, manifest and reference data for benchmarks, deterministically:
 * the real 16 towns and their villages, {@code months} months from {@code first}, and per village
 * and month about 3.4 proxy cases, 4 vouchers, 1 meeting, 0.4 disputes, 2 suggestions and 0.3
 * petitions times {@code scale}; disclosures (25 items, 95% posted) and democratic reviews (5
 * cadres, January and July) are per village and do not scale.
 */
final class BenchmarkData {
  private final SparkSession spark;
  private final Path root;
  private final YearMonth first;
  private final int months;
  private final int scale;

  BenchmarkData(SparkSession spark, Path root, YearMonth first, int months, int scale) {
    this.spark = spark;
    this.root = root;
    this.first = first;
    this.months = months;
    this.scale = scale;
  }

  private TableWriter writer;

  /** Writes everything as one committed run of the warehouse; returns fact rows per type. */
  Map<String, Long> write() {
    Warehouse w = TestWarehouses.at(root);
    return WarehouseRun.execute(
            w,
            "benchmark-data",
            RunIds.next("bench"),
            Optional.empty(),
            tw -> {
              writer = tw;
              return generate();
            })
        .result();
  }

  private Map<String, Long> generate() {
    for (ReferenceTable t :
        List.of(ReferenceTable.TOWNS, ReferenceTable.VILLAGES, ReferenceTable.TARGETS)) {
      writer.replaceAll(
          TableCatalog.reference(t),
          ReferenceRows.of(spark, ReferenceData.load(), t).coalesce(1),
          "benchmark",
          "true");
    }
    ReferenceRows.of(spark, ReferenceData.load(), ReferenceTable.VILLAGES)
        .selectExpr(
            "village_code",
            "town_code",
            "CAST(row_number() OVER (ORDER BY village_code) - 1 AS BIGINT) AS vi")
        .createOrReplaceTempView("bench_villages");
    long villages = spark.table("bench_villages").count();
    spark
        .sql(
            String.format(
                "SELECT id AS mi, add_months(DATE '%s-01', CAST(id AS INT)) AS start,"
                    + " date_format(add_months(DATE '%s-01', CAST(id AS INT)), 'yyyy-MM') AS month"
                    + " FROM range(%d)",
                first, first, months))
        .createOrReplaceTempView("bench_months");
    Map<String, Long> rows = new LinkedHashMap<>();
    rows.put(
        "proxy_cases",
        facts(
            ExportCatalog.PROXY_CASES,
            perVillage(3.4, villages),
            """
            concat('P', id) AS case_id, 'S01' AS service_item_code, '集中办公日' AS channel,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT)) AS accepted_on,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT) + 10) AS promised_on,
            CASE WHEN pmod(hash(id, 2), 100) < 85
                 THEN date_add(start,
                               CAST(pmod(hash(id, 1), 28) + pmod(hash(id, 3), 15) AS INT)) END
                 AS closed_on,
            CASE WHEN pmod(hash(id, 2), 100) < 85 THEN '已办结' WHEN pmod(hash(id, 2), 100) < 92
                 THEN '办理中' WHEN pmod(hash(id, 2), 100) < 96 THEN '已退回' ELSE '不予受理' END AS status,
            CAST(nullif(pmod(hash(id, 4), 6), 0) AS INT) AS satisfaction\
            """));
    rows.put(
        "expense_vouchers",
        facts(
            ExportCatalog.EXPENSE_VOUCHERS,
            perVillage(4, villages),
            """
            concat('V', id) AS voucher_id,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT)) AS incurred_on,
            CAST(pmod(hash(id, 2), 500000) / 100.0 AS DECIMAL(16,2)) AS amount,
            pmod(hash(id, 3), 100) < 97 AS sign_party_secretary,
            pmod(hash(id, 4), 100) < 97 AS sign_committee_director,
            pmod(hash(id, 5), 100) < 98 AS sign_supervision_director, true AS sign_bookkeeper,
            true AS sign_handler,
            date_add(add_months(start, 1), CAST(pmod(hash(id, 6), 12) AS INT)) AS reviewed_on,
            CASE WHEN pmod(hash(id, 7), 100) < 92 THEN '通过' ELSE '拒审' END AS review_result,
            CASE WHEN pmod(hash(id, 8), 100) < 95
                 THEN date_add(add_months(start, 1), CAST(pmod(hash(id, 6), 12) + 2 AS INT)) END
                 AS center_audited_on,
            date_add(add_months(start, 1),
                     CAST(pmod(hash(id, 6), 12) + pmod(hash(id, 9), 6) AS INT)) AS posted_on\
            """));
    rows.put(
        "deliberations",
        facts(
            ExportCatalog.DELIBERATIONS,
            perVillage(1, villages),
            """
            concat('M', id) AS meeting_id,
            date_add(start, CASE WHEN pmod(hash(id, 1), 100) < 85 THEN 14
                                 ELSE CAST(pmod(hash(id, 2), 28) AS INT) END) AS held_on,
            date_add(start, 14 - CAST(pmod(hash(id, 3), 5) AS INT)) AS notice_posted_on,
            'C01' AS topic_category_code,
            CASE WHEN pmod(hash(id, 4), 100) < 90 THEN date_add(start, 17) END
              AS resolution_posted_on,
            CASE pmod(hash(id, 5), 3) WHEN 0 THEN '已落实' WHEN 1 THEN '落实中' ELSE '未落实' END
              AS implementation\
            """));
    rows.put(
        "disputes",
        facts(
            ExportCatalog.DISPUTES,
            perVillage(0.4, villages),
            """
            concat('D', id) AS dispute_id,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT)) AS registered_on,
            CASE pmod(hash(id, 2), 10) WHEN 0 THEN '未成功' WHEN 1 THEN '调处中' ELSE '调处成功' END
              AS outcome\
            """));
    rows.put(
        "suggestions",
        facts(
            ExportCatalog.SUGGESTIONS,
            perVillage(2, villages),
            """
            concat('S', id) AS suggestion_id,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT)) AS submitted_on,
            CASE pmod(hash(id, 2), 4) WHEN 0 THEN '否' WHEN 1 THEN '待定' ELSE '是' END AS adopted\
            """));
    rows.put(
        "petitions",
        facts(
            ExportCatalog.PETITIONS,
            perVillage(0.3, villages),
            """
            concat('T', id) AS petition_id,
            date_add(start, CAST(pmod(hash(id, 1), 28) AS INT)) AS registered_on,
            CASE pmod(hash(id, 2), 4) WHEN 0 THEN '土地类' WHEN 1 THEN '其他' ELSE '民生类' END AS category,
            '办理中' AS status\
            """));
    rows.put(
        "disclosures",
        facts(
            ExportCatalog.DISCLOSURES,
            "(SELECT m, v, i FROM range("
                + months
                + ") r1(m) CROSS JOIN (SELECT vi AS v FROM bench_villages) CROSS JOIN range(1, 26)"
                + " r3(i) WHERE pmod(hash(m, v, i), 100) < 95)",
            """
            month AS period, '党务' AS category,
            concat('D', lpad(CAST(i AS STRING), 2, '0')) AS item_code,
            date_add(add_months(start, 1), CAST(pmod(hash(m, v, i, 1), 14) AS INT)) AS posted_on\
            """));
    rows.put(
        "democratic_reviews",
        facts(
            ExportCatalog.DEMOCRATIC_REVIEWS,
            "(SELECT m, v, i FROM range("
                + months
                + ") r1(m) CROSS JOIN (SELECT vi AS v FROM bench_villages) CROSS JOIN range(5)"
                + " r3(i) WHERE month(add_months(DATE '"
                + first
                + "-01', CAST(m AS INT))) IN (1, 7))",
            """
            concat('R', m, '-', v, '-', i) AS review_id,
            date_add(start, CASE WHEN pmod(hash(v, m), 10) = 0 THEN 5 ELSE 4 END) AS meeting_on,
            CAST(pmod(hash(m, v, i, 1), 20) AS INT) AS votes_excellent,
            CAST(pmod(hash(m, v, i, 2), 20) AS INT) AS votes_competent,
            CAST(pmod(hash(m, v, i, 3), 5) AS INT) AS votes_basic,
            CAST(pmod(hash(m, v, i, 4), 12) AS INT) AS votes_incompetent\
            """));
    manifest();
    return rows;
  }

  /** Rows (m, v, id) with {@code perVillage × scale} rows per village and month on average. */
  private String perVillage(double perVillage, long villages) {
    long n = Math.round(perVillage * scale * villages * months);
    return "(SELECT id, id % "
        + months
        + " AS m, (id DIV "
        + months
        + ") % "
        + villages
        + " AS v FROM range("
        + n
        + "))";
  }

  private long facts(RecordSchema type, String source, String columns) {
    Dataset<Row> generated =
        spark.sql(
            "SELECT g.*, b.village_code, b.town_code, ms.start, ms.month, "
                + columns
                + " FROM "
                + source
                + " g JOIN bench_villages b ON b.vi = g.v JOIN bench_months ms ON ms.mi = g.m");
    List<String> present = List.of(generated.columns());
    org.apache.spark.sql.Column[] cols =
        type.columns().stream()
            .map(c -> conform(c, present))
            .toArray(org.apache.spark.sql.Column[]::new);
    Dataset<Row> facts = generated.select(cols).cache();
    long n = facts.count();
    writer.replaceAll(TableCatalog.facts(type), facts, "benchmark", "true");
    facts.unpersist();
    return n;
  }

  private static org.apache.spark.sql.Column conform(Column c, List<String> present) {
    org.apache.spark.sql.Column source =
        switch (c.name()) {
          case "file_month" -> col("month");
          case "source_file" -> lit("bench.csv");
          case "source_row" -> lit(2);
          case "ingest_run_id" -> lit("bench");
          default -> present.contains(c.name()) ? col(c.name()) : lit(null);
        };
    return source.cast(SparkSchemas.type(c.type())).as(c.name());
  }

  private void manifest() {
    StringBuilder types = new StringBuilder();
    for (RecordSchema s : ExportCatalog.ALL) {
      types.append(types.length() == 0 ? "" : ", ").append("('").append(s.name()).append("')");
    }
    Dataset<Row> m =
        spark.sql(
            "SELECT concat(t.town_code, '_', ms.month, '_', r.record_type, '.csv') AS file,"
                + " concat(t.town_code, '_', ms.month, '_', r.record_type, '.csv') AS file_name,"
                + " r.record_type, t.town_code, ms.month AS file_month,"
                + " date_add(add_months(ms.start, 1), 3) AS received_on, sha2(concat(t.town_code,"
                + " ms.month, r.record_type), 256) AS content_sha256, 'csv' AS format, 'UTF-8' AS"
                + " encoding, 100 AS rows_read, 100 AS rows_loaded, 0 AS rows_quarantined, 'LOADED'"
                + " AS status, CAST(NULL AS STRING) AS reason, CAST(NULL AS STRING) AS message,"
                + " localtimestamp() AS ingested_at, 'bench' AS run_id FROM (SELECT DISTINCT"
                + " town_code FROM bench_villages) t CROSS JOIN bench_months ms CROSS JOIN (VALUES "
                + types
                + ") AS r(record_type)"
                + " WHERE r.record_type <> 'democratic_reviews' OR month(ms.start) IN (1, 7)");
    Dataset<Row> manifest =
        m.select(
                WarehouseTables.MANIFEST.stream()
                    .map(c -> col(c.name()).cast(SparkSchemas.type(c.type())).as(c.name()))
                    .toArray(org.apache.spark.sql.Column[]::new))
            .coalesce(1);
    writer.replaceAll(TableCatalog.MANIFEST, manifest, "benchmark", "true");
  }
}
