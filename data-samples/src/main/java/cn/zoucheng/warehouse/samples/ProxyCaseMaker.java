package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** 民生代办: about 2,500 cases a month county-wide, mostly accepted on Tuesdays and Thursdays. */
final class ProxyCaseMaker implements RecordMaker {
  static final double COUNTY_PER_MONTH = 2500;

  @Override
  public RecordSchema schema() {
    return ExportCatalog.PROXY_CASES;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    List<Item> services = tm.refs().items(ReferenceTable.PUBLIC_SERVICES);
    int n = d.count(tm.volume(COUNTY_PER_MONTH));
    List<ExportRow> rows = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      rows.add(oneCase(tm, d, later, i, services));
    }
    return rows;
  }

  private ExportRow oneCase(
      TownMonth tm, Draw d, Reappearances later, int seq, List<Item> services) {
    Village v = tm.village(d);
    LocalDate accepted = d.workingDay(tm.month(), 0.6);
    int promisedDays = d.between(3, 15);
    boolean officeDay =
        accepted.getDayOfWeek() == DayOfWeek.TUESDAY
            || accepted.getDayOfWeek() == DayOfWeek.THURSDAY;
    ExportRow r =
        new ExportRow(schema())
            .set("case_id", tm.id("DB", seq))
            .set("town", tm.town())
            .set("village", v)
            .set("agent_id", "DLY" + v.code().substring(9) + d.between(1, 3))
            .set("service_item", d.pick(services))
            .set("applicant_name", People.name(d))
            .set("applicant_id_number", People.idNumber(d))
            .set("applicant_phone", People.phone(d))
            .set(
                "channel",
                officeDay && d.chance(0.8) ? "集中办公日" : d.pick("上门代办", "电话预约", "上门代办", "其他"))
            .set("accepted_on", accepted)
            .set("promised_on", accepted.plusDays(promisedDays));
    double q = tm.quality();
    int outcome = d.weighted(0.010 * (2 - q), 0.006 * (2 - q), 0.012 * (2 - q), 1.0);
    if (outcome == 0 || outcome == 1) {
      return r.set("status", outcome == 0 ? "已退回" : "不予受理");
    }
    if (outcome == 2) {
      // never closed: stays open in its own month
      return r.set("status", d.chance(0.5) ? "办理中" : "已受理");
    }
    boolean onTime = d.chance(Math.min(0.99, 0.88 * q));
    int days = onTime ? d.between(1, promisedDays) : promisedDays + d.between(1, 12);
    LocalDate closed = accepted.plusDays(days);
    YearMonth closedMonth = YearMonth.from(closed);
    ExportRow closedVersion =
        r.copy()
            .set("status", "已办结")
            .set("closed_on", closed)
            .set("satisfaction", satisfaction(d, q));
    if (!closedMonth.isAfter(tm.month())) {
      return closedVersion;
    }
    later.schedule(tm.town().code(), closedMonth, closedVersion);
    return r.set(
        "status", accepted.isAfter(tm.month().atEndOfMonth().minusDays(2)) ? "已受理" : "办理中");
  }

  private static Long satisfaction(Draw d, double quality) {
    if (d.chance(0.12)) {
      return null;
    }
    int i = d.weighted(0.01, 0.02, 0.08, 0.30, 0.59 * quality);
    return (long) (i + 1);
  }
}
