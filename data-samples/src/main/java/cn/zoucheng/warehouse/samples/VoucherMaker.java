package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 村级财务: about 3 vouchers per village a month, exported unreviewed in their month and again,
 * reviewed, audited and posted, in the next month's file; a handful break the posting rule.
 */
final class VoucherMaker implements RecordMaker {
  static final double PER_VILLAGE_PER_MONTH = 3;
  static final List<String> SIGNATURES =
      List.of(
          "sign_party_secretary",
          "sign_committee_director",
          "sign_supervision_director",
          "sign_bookkeeper",
          "sign_handler");

  @Override
  public RecordSchema schema() {
    return ExportCatalog.EXPENSE_VOUCHERS;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    int n = d.count(PER_VILLAGE_PER_MONTH * tm.scale() * tm.villages().size());
    List<ExportRow> rows = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      ExportRow r = voucher(tm, d, i);
      later.schedule(tm.town().code(), tm.month().plusMonths(1), reviewed(r.copy(), tm, d));
      rows.add(r);
    }
    return rows;
  }

  private ExportRow voucher(TownMonth tm, Draw d, int seq) {
    int category = d.weighted(30, 8, 10, 20, 15, 17);
    String[] categories = {"办公费", "招待费", "工程款", "劳务费", "补贴", "其他"};
    int[][] ranges = {
      {50, 2000}, {100, 800}, {5000, 200_000}, {500, 8000}, {200, 5000}, {50, 3000}
    };
    long cents =
        (long) d.between(ranges[category][0], ranges[category][1]) * 100 + d.between(0, 99);
    ExportRow r =
        new ExportRow(schema())
            .set("voucher_id", tm.id("PZ", seq))
            .set("town", tm.town())
            .set("village", tm.village(d))
            .set("incurred_on", d.day(tm.month()))
            .set("expense_category", categories[category])
            .set("amount", BigDecimal.valueOf(cents, 2).setScale(2, RoundingMode.UNNECESSARY))
            .set("summary", Texts.summary(d));
    boolean allSigned = d.chance(Math.min(0.995, 0.955 * tm.quality()));
    String missing = allSigned ? null : d.pick(SIGNATURES);
    for (String s : SIGNATURES) {
      r.set(s, !s.equals(missing));
    }
    return r;
  }

  /** The next month's version: reviewed on days 1-10, then audited and posted, or refused. */
  private static ExportRow reviewed(ExportRow r, TownMonth tm, Draw d) {
    YearMonth next = tm.month().plusMonths(1);
    LocalDate reviewed =
        next.atDay(d.chance(0.03 / tm.quality()) ? d.between(11, 15) : d.between(1, 10));
    boolean signed = SIGNATURES.stream().allMatch(s -> Boolean.TRUE.equals(r.get(s)));
    // a handful a month break the rule: posted unsigned, unreviewed, unaudited or refused
    boolean breach = d.chance(signed ? 0.005 * (2 - tm.quality()) : 0.05);
    boolean refused = signed ? d.chance(0.03) : !breach;
    r.set("reviewed_on", reviewed).set("review_result", refused ? "拒审" : "通过");
    if (refused) {
      r.set("rejection_reason", signed ? d.pick("票据不合规", "超出预算", "事由不清", "附件不全") : "会签不全");
      if (!breach || !signed) {
        return r;
      }
    }
    LocalDate audited = reviewed.plusDays(d.between(1, 5));
    LocalDate posted = audited.plusDays(d.between(0, 4));
    if (breach && signed && !refused) {
      // posted before the review or before the centre's audit
      if (d.chance(0.5)) {
        posted = reviewed.minusDays(d.between(1, Math.max(1, reviewed.getDayOfMonth() - 1)));
      } else {
        posted = audited.minusDays(1);
      }
    }
    LocalDate end = next.atEndOfMonth();
    return r.set("center_audited_on", min(audited, end)).set("posted_on", min(posted, end));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
