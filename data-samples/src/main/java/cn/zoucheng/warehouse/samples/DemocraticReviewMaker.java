package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 民主管理日测评: in January and July, about five cadres reviewed per village, most villages meeting on
 * the 5th, a few on other days and a few not at all.
 */
final class DemocraticReviewMaker implements RecordMaker {
  private static final List<String> ROLES =
      List.of("党支部书记", "村委会主任", "监委会主任", "村委委员", "报账员", "妇联主席", "网格员");

  @Override
  public RecordSchema schema() {
    return ExportCatalog.DEMOCRATIC_REVIEWS;
  }

  @Override
  public boolean exportedIn(TownMonth tm) {
    int m = tm.month().getMonthValue();
    return m == 1 || m == 7;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    List<ExportRow> rows = new ArrayList<>();
    for (Village v : tm.villages()) {
      if (d.chance(0.04 / tm.quality())) {
        continue;
      }
      LocalDate meeting = tm.month().atDay(d.chance(0.9) ? 5 : d.between(3, 12));
      int cadres = d.between(4, 6);
      int voters = d.between(25, 70);
      for (int c = 0; c < cadres; c++) {
        int incompetent = d.chance(0.3) ? d.between(0, 2) : 0;
        int basic = d.between(0, voters / 10);
        int excellent = (int) ((voters - basic - incompetent) * (0.55 + 0.3 * d.unit()));
        int competent = voters - basic - incompetent - excellent;
        rows.add(
            new ExportRow(schema())
                .set(
                    "review_id",
                    String.format(
                        "CP%s%04d%02d%02d",
                        v.code(), tm.month().getYear(), tm.month().getMonthValue(), c + 1))
                .set("town", tm.town())
                .set("village", v)
                .set("meeting_on", meeting)
                .set("cadre_name", People.name(d))
                .set("cadre_role", c < ROLES.size() ? ROLES.get(c) : "村委委员")
                .set("votes_excellent", (long) excellent)
                .set("votes_competent", (long) competent)
                .set("votes_basic", (long) basic)
                .set("votes_incompetent", (long) incompetent));
      }
    }
    return rows;
  }
}
