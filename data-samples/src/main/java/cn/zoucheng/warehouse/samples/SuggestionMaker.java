package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** 意见建议: about 800 a month; those pending (待定) are decided in a later month's file. */
final class SuggestionMaker implements RecordMaker {
  static final double COUNTY_PER_MONTH = 800;

  @Override
  public RecordSchema schema() {
    return ExportCatalog.SUGGESTIONS;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    int n = d.count(tm.volume(COUNTY_PER_MONTH));
    List<ExportRow> rows = new ArrayList<>(n);
    YearMonth m = tm.month();
    for (int i = 1; i <= n; i++) {
      LocalDate submitted = d.day(m);
      ExportRow r =
          new ExportRow(schema())
              .set("suggestion_id", tm.id("JY", i))
              .set("town", tm.town())
              .set("village", tm.village(d))
              .set("submitted_on", submitted)
              .set("source", d.pick("阳光议事", "民主管理日", "民生代办", "代表联户", "代表联户", "其他"))
              .set("submitter_type", d.pick("村民代表", "村民", "村民", "其他"))
              .set("category", Texts.suggestionCategory(d));
      int adopted = d.weighted(55 * tm.quality(), 15, 30);
      if (adopted == 0) {
        LocalDate on = submitted.plusDays(d.between(0, 10));
        rows.add(decided(r, d, on.isAfter(m.atEndOfMonth()) ? m.atEndOfMonth() : on));
      } else if (adopted == 1) {
        rows.add(r.set("adopted", "否"));
      } else {
        YearMonth when = m.plusMonths(d.between(1, 2));
        ExportRow laterVersion =
            d.chance(0.7)
                ? decided(r.copy(), d, when.atDay(d.between(1, 28)))
                : r.copy().set("adopted", "否");
        later.schedule(tm.town().code(), when, laterVersion);
        rows.add(r.set("adopted", "待定"));
      }
    }
    return rows;
  }

  private static ExportRow decided(ExportRow r, Draw d, LocalDate on) {
    return r.set("adopted", "是").set("adopted_on", on).set("implemented", d.chance(0.6));
  }
}
