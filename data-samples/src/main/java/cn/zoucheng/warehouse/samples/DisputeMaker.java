package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** 矛盾纠纷: about 300 a month; most settled within the month, the rest the month after. */
final class DisputeMaker implements RecordMaker {
  static final double COUNTY_PER_MONTH = 300;

  @Override
  public RecordSchema schema() {
    return ExportCatalog.DISPUTES;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    int n = d.count(tm.volume(COUNTY_PER_MONTH));
    List<ExportRow> rows = new ArrayList<>(n);
    YearMonth m = tm.month();
    for (int i = 1; i <= n; i++) {
      LocalDate registered = d.day(m);
      ExportRow r =
          new ExportRow(schema())
              .set("dispute_id", tm.id("JF", i))
              .set("town", tm.town())
              .set("village", tm.village(d))
              .set("registered_on", registered)
              .set("dispute_type", d.pick("邻里", "邻里", "婚姻家庭", "土地", "土地", "物业", "其他"));
      LocalDate resolved = registered.plusDays(d.between(0, 20));
      String outcome = d.chance(Math.min(0.97, 0.9 * tm.quality())) ? "调处成功" : "未成功";
      if (!resolved.isAfter(m.atEndOfMonth())) {
        rows.add(r.set("resolved_on", resolved).set("outcome", outcome));
        continue;
      }
      later.schedule(
          tm.town().code(),
          YearMonth.from(resolved),
          r.copy().set("resolved_on", resolved).set("outcome", outcome));
      rows.add(r.set("outcome", "调处中"));
    }
    return rows;
  }
}
