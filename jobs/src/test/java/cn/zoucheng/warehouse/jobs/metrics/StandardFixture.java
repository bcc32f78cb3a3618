package cn.zoucheng.warehouse.jobs.metrics;

import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.DELIBERATIONS;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.DEMOCRATIC_REVIEWS;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.DISCLOSURES;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.DISPUTES;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.EXPENSE_VOUCHERS;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.PETITIONS;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.PROXY_CASES;
import static cn.zoucheng.warehouse.schemas.exports.ExportCatalog.SUGGESTIONS;

import cn.zoucheng.warehouse.jobs.spark.SharedSpark;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

/**
 * The hand-made warehouse the metric tests share, written and computed once per test JVM: three
 * towns (A reports everything, B reports some files empty, C sends nothing), a few rows per record
 * type, months 2025-10 and 2026-07..2026-10. Expected figures are worked out in the tests.
 */
final class StandardFixture {
  static final String A = "370883003";
  static final String A1 = "370883003001";
  static final String A2 = "370883003002";
  static final String A3 = "370883003003";
  static final String B = "370883100";
  static final String B1 = "370883100001";
  static final String B2 = "370883100002";
  static final String C = "370883001";
  static final String C1 = "370883001001";

  static final String RUN_ID = "metrics-fixture-1";
  static final YearMonth FROM = YearMonth.of(2026, 7);
  static final YearMonth TO = YearMonth.of(2026, 10);

  /** The fixture's warehouse after one metrics run over 2026-07..2026-10. */
  record Computed(Warehouse warehouse, Path root, MetricsResult result) {}

  private static Computed computed;

  private StandardFixture() {}

  static synchronized Computed computed() {
    if (computed == null) {
      try {
        Path root = Files.createTempDirectory("metrics-fixture");
        FixtureWarehouse w = new FixtureWarehouse(SharedSpark.session(), root);
        build(w);
        Warehouse warehouse = w.write();
        MetricsResult r = MetricsRun.run(warehouse, FROM, TO, RUN_ID);
        computed = new Computed(warehouse, root, r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return computed;
  }

  static void build(FixtureWarehouse w) {
    w.village(A1, "甲一村", A).village(A2, "甲二村", A).village(A3, "甲三村", A);
    w.village(B1, "乙一村", B).village(B2, "乙二村", B);
    w.village(C1, "丙一村", C).village("370883001002", "丙二村", C);

    // Manifest: A and B deliver every monthly type for 2026-10 (B late, A's vouchers twice);
    // C's only file was rejected; proxy cases for 2026-09; petitions for 2025-10; reviews 2026-07.
    for (String type :
        List.of(
            "proxy_cases",
            "petitions",
            "expense_vouchers",
            "deliberations",
            "disputes",
            "suggestions",
            "disclosures")) {
      w.delivered(type, A, "2026-10", "2026-11-03", "a-" + type, "ingest-1");
      w.delivered(type, B, "2026-10", "2026-11-07", "b-" + type, "ingest-1");
    }
    w.delivered("expense_vouchers", A, "2026-10", "2026-11-09", "a-expense_vouchers-2", "ingest-2");
    w.file(
        "proxy_cases",
        C,
        "2026-10",
        "2026-11-04",
        "c-bad",
        "ingest-1",
        "REJECTED",
        0,
        0,
        0,
        "UNDECODABLE");
    w.file(
        "proxy_cases",
        A,
        "2026-10",
        "2026-11-03",
        "a-proxy_cases",
        "ingest-2",
        "UNCHANGED",
        9,
        6,
        3,
        null);
    w.quarantined("proxy_cases", A, "2026-10", "2026-11-03", "BAD_DATE", "日期格式错误")
        .quarantined("proxy_cases", A, "2026-10", "2026-11-03", "BAD_DATE", "日期格式错误")
        .quarantined("proxy_cases", A, "2026-10", "2026-11-03", "UNKNOWN_VILLAGE", "未知村(社区)");
    w.delivered("proxy_cases", A, "2026-09", "2026-10-05", "a-p-09", "ingest-0");
    w.delivered("proxy_cases", B, "2026-09", "2026-10-06", "b-p-09", "ingest-0");
    w.delivered("petitions", A, "2025-10", "2025-11-02", "a-t-2510", "ingest-old");
    w.delivered("petitions", B, "2025-10", "2025-11-02", "b-t-2510", "ingest-old");
    w.delivered("democratic_reviews", A, "2026-07", "2026-08-01", "a-dm-07", "ingest-07");
    w.delivered("democratic_reviews", B, "2026-07", "2026-08-01", "b-dm-07", "ingest-07");

    proxyCases(w);
    vouchers(w);
    meetings(w);
    disputesAndSuggestions(w);
    petitions(w);
    disclosures(w);
    reviews(w);
  }

  private static void proxyCases(FixtureWarehouse w) {
    // 2026-10-06 Tue, 07 Wed, 09 Fri, 13 Tue, 15 Thu, 20 Tue, 28 Wed, 30 Fri.
    proxy(w, A, "P1", A1, "2026-10-06", "2026-10-10", "2026-10-08", "已办结", 5);
    proxy(w, A, "P2", A1, "2026-10-07", "2026-10-12", "2026-10-15", "已办结", 3);
    proxy(w, A, "P3", A2, "2026-10-20", "2026-10-25", null, "办理中", null);
    proxy(w, A, "P4", A2, "2026-10-28", "2026-11-02", null, "不予受理", 1);
    proxy(w, A, "P5", A3, "2026-10-30", "2026-11-05", "2026-11-03", "已办结", 4);
    proxy(w, A, "P6", A3, "2026-10-13", "2026-10-20", null, "已办结", 4);
    proxy(w, B, "Q1", B1, "2026-10-09", "2026-10-20", "2026-10-19", "已办结", 2);
    proxy(w, B, "Q2", B2, "2026-10-15", "2026-10-25", null, "已退回", null);
    proxy(w, C, "R1", C1, "2026-10-08", "2026-10-10", "2026-10-09", "已办结", 5);
    proxy(w, A, "P0", A1, "2026-09-10", "2026-09-15", "2026-09-11", "已办结", 5);
    proxy(w, A, "P9", A2, "2026-09-15", "2026-09-25", null, "办理中", null);
    proxy(w, B, "Q0", B1, "2026-09-08", "2026-09-12", "2026-09-09", "已办结", null);
  }

  static void proxy(
      FixtureWarehouse w,
      String town,
      String id,
      String village,
      String accepted,
      String promised,
      String closed,
      String status,
      Integer satisfaction) {
    w.fact(
        PROXY_CASES,
        town,
        "case_id",
        id,
        "village_code",
        village,
        "service_item_code",
        "S01",
        "accepted_on",
        accepted,
        "promised_on",
        promised,
        "closed_on",
        closed,
        "status",
        status,
        "satisfaction",
        satisfaction);
  }

  private static void vouchers(FixtureWarehouse w) {
    voucher(
        w,
        A,
        "V1",
        A1,
        "2026-09-20",
        "1000.00",
        true,
        "2026-10-05",
        "通过",
        "2026-10-08",
        "2026-10-09");
    w.fact(
        EXPENSE_VOUCHERS,
        A,
        "voucher_id",
        "V2",
        "village_code",
        A1,
        "incurred_on",
        "2026-09-25",
        "amount",
        "250.50",
        "sign_party_secretary",
        false,
        "sign_committee_director",
        true,
        "sign_supervision_director",
        true,
        "sign_bookkeeper",
        true,
        "sign_handler",
        true,
        "reviewed_on",
        "2026-10-06",
        "review_result",
        "拒审",
        "rejection_reason",
        "无依据",
        "posted_on",
        "2026-10-04");
    voucher(
        w,
        A,
        "V3",
        A2,
        "2026-09-28",
        "300.00",
        true,
        "2026-10-12",
        "通过",
        "2026-10-20",
        "2026-10-15");
    voucher(w, A, "V4", A2, "2026-10-03", "80.00", true, null, null, null, null);
    voucher(
        w,
        A,
        "V5",
        A3,
        "2026-08-20",
        "45.00",
        true,
        "2026-09-05",
        "通过",
        "2026-09-08",
        "2026-10-02");
    w.fact(
        EXPENSE_VOUCHERS,
        B,
        "voucher_id",
        "W1",
        "village_code",
        B1,
        "incurred_on",
        "2026-09-15",
        "amount",
        "500.00",
        "sign_party_secretary",
        true,
        "sign_committee_director",
        true,
        "sign_supervision_director",
        true,
        "sign_bookkeeper",
        true,
        "sign_handler",
        null,
        "reviewed_on",
        "2026-10-03",
        "review_result",
        "拒审");
  }

  private static void voucher(
      FixtureWarehouse w,
      String town,
      String id,
      String village,
      String incurred,
      String amount,
      boolean signed,
      String reviewed,
      String result,
      String audited,
      String posted) {
    w.fact(
        EXPENSE_VOUCHERS,
        town,
        "voucher_id",
        id,
        "village_code",
        village,
        "incurred_on",
        incurred,
        "amount",
        amount,
        "sign_party_secretary",
        signed,
        "sign_committee_director",
        signed,
        "sign_supervision_director",
        signed,
        "sign_bookkeeper",
        signed,
        "sign_handler",
        signed,
        "reviewed_on",
        reviewed,
        "review_result",
        result,
        "center_audited_on",
        audited,
        "posted_on",
        posted);
  }

  private static void meetings(FixtureWarehouse w) {
    meeting(w, "M1", A1, "2026-10-12", "2026-10-15", "2026-10-16", "已落实");
    meeting(w, "M2", A1, "2026-10-19", "2026-10-20", null, "落实中");
    meeting(w, "M3", A2, "2026-10-13", "2026-10-15", "2026-10-17", "未落实");
  }

  private static void meeting(
      FixtureWarehouse w,
      String id,
      String village,
      String notice,
      String held,
      String resolutionPosted,
      String implementation) {
    w.fact(
        DELIBERATIONS,
        A,
        "meeting_id",
        id,
        "village_code",
        village,
        "notice_posted_on",
        notice,
        "held_on",
        held,
        "topic_category_code",
        "C01",
        "resolution_posted_on",
        resolutionPosted,
        "implementation",
        implementation);
  }

  private static void disputesAndSuggestions(FixtureWarehouse w) {
    dispute(w, A, "D1", A1, "调处成功");
    dispute(w, A, "D2", A2, "调处中");
    dispute(w, A, "D3", A2, "未成功");
    dispute(w, B, "D4", B1, "调处成功");
    suggestion(w, A, "S1", A1, "是");
    suggestion(w, A, "S2", A1, "否");
    suggestion(w, A, "S3", A2, "待定");
    suggestion(w, A, "S4", A3, "是");
    suggestion(w, B, "S5", B1, "待定");
  }

  private static void dispute(
      FixtureWarehouse w, String town, String id, String village, String outcome) {
    w.fact(
        DISPUTES,
        town,
        "dispute_id",
        id,
        "village_code",
        village,
        "registered_on",
        "2026-10-11",
        "outcome",
        outcome);
  }

  private static void suggestion(
      FixtureWarehouse w, String town, String id, String village, String adopted) {
    w.fact(
        SUGGESTIONS,
        town,
        "suggestion_id",
        id,
        "village_code",
        village,
        "submitted_on",
        "2026-10-16",
        "adopted",
        adopted);
  }

  private static void petitions(FixtureWarehouse w) {
    petition(w, "T1", A1, "2026-10-09", "民生类");
    petition(w, "T2", A2, "2026-10-10", "民生类");
    petition(w, "T3", A2, "2026-10-11", "土地类");
    petition(w, "T7", A1, "2025-10-09", "民生类");
    petition(w, "T8", A1, "2025-10-10", "民生类");
    petition(w, "T9", A3, "2025-10-11", "民生类");
    petition(w, "T6", A2, "2025-10-12", "其他");
  }

  private static void petition(
      FixtureWarehouse w, String id, String village, String on, String category) {
    w.fact(
        PETITIONS,
        A,
        "petition_id",
        id,
        "village_code",
        village,
        "registered_on",
        on,
        "category",
        category,
        "status",
        "办理中");
  }

  private static void disclosures(FixtureWarehouse w) {
    disclosure(w, A, A1, "D01", "2026-11-05");
    disclosure(w, A, A1, "D02", "2026-11-10");
    disclosure(w, A, A1, "D03", "2026-11-11");
    disclosure(w, A, A2, "D01", "2026-11-02");
    disclosure(w, B, B1, "D01", "2026-11-12");
  }

  private static void disclosure(
      FixtureWarehouse w, String town, String village, String item, String posted) {
    w.fact(
        DISCLOSURES,
        town,
        "village_code",
        village,
        "period",
        "2026-10",
        "category",
        "党务",
        "item_code",
        item,
        "posted_on",
        posted);
  }

  private static void reviews(FixtureWarehouse w) {
    review(w, "R1", A1, "2026-07-05", 10, 5, 3, 2);
    review(w, "R2", A1, "2026-07-05", 2, 3, 1, 4);
    review(w, "R3", A2, "2026-07-06", 5, 5, 0, 0);
    review(w, "R4", A2, "2026-07-05", 3, 2, 1, 3);
  }

  private static void review(
      FixtureWarehouse w,
      String id,
      String village,
      String on,
      int excellent,
      int competent,
      int basic,
      int incompetent) {
    w.fact(
        DEMOCRATIC_REVIEWS,
        A,
        "review_id",
        id,
        "village_code",
        village,
        "meeting_on",
        on,
        "votes_excellent",
        excellent,
        "votes_competent",
        competent,
        "votes_basic",
        basic,
        "votes_incompetent",
        incompetent);
  }
}
