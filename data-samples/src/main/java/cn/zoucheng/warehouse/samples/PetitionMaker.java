package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** 信访: about 120 a month, the livelihood petitions (民生类) falling about 30% a year. */
final class PetitionMaker implements RecordMaker {
  static final double LIVELIHOOD_PER_MONTH = 60;
  static final double OTHER_PER_MONTH = 60;

  @Override
  public RecordSchema schema() {
    return ExportCatalog.PETITIONS;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    double trend = Math.pow(0.7, tm.monthIndex() / 12.0);
    int livelihood = d.count(tm.volume(LIVELIHOOD_PER_MONTH) * trend / Math.sqrt(tm.quality()));
    int other = d.count(tm.volume(OTHER_PER_MONTH));
    List<ExportRow> rows = new ArrayList<>();
    for (int i = 1; i <= livelihood + other; i++) {
      String category = i <= livelihood ? "民生类" : d.pick("土地类", "涉法涉诉", "其他", "土地类");
      LocalDate registered = d.day(tm.month());
      ExportRow r =
          new ExportRow(schema())
              .set("petition_id", tm.id("XF", i))
              .set("town", tm.town())
              .set("village", tm.village(d))
              .set("registered_on", registered)
              .set("category", category)
              .set("form", d.pick("来信", "来访", "来访", "网上", "网上", "电话"))
              .set("escalated", d.chance(0.08 / tm.quality()))
              .set("petitioner_name", People.name(d))
              .set("petitioner_id_number", People.idNumber(d))
              .set("status", "已办结");
      if (registered.getDayOfMonth() > 18 || d.chance(0.1)) {
        later.schedule(tm.town().code(), tm.month().plusMonths(d.chance(0.8) ? 1 : 2), r.copy());
        r.set("status", "办理中");
      }
      rows.add(r);
    }
    return rows;
  }
}
