package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 阳光议事: about 85% of villages meet once a month, mostly on the 15th after a notice two or more days
 * before; resolutions still being carried out reappear when done.
 */
final class DeliberationMaker implements RecordMaker {

  @Override
  public RecordSchema schema() {
    return ExportCatalog.DELIBERATIONS;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    List<Item> items = tm.refs().items(ReferenceTable.CONSULTATION_ITEMS);
    List<ExportRow> rows = new ArrayList<>();
    int seq = 0;
    for (Village v : tm.villages()) {
      if (!d.chance(Math.min(0.97, 0.85 * tm.quality()))) {
        continue;
      }
      rows.add(meeting(tm, d, later, v, d.pick(items), ++seq));
    }
    return rows;
  }

  private ExportRow meeting(
      TownMonth tm, Draw d, Reappearances later, Village v, Item item, int seq) {
    YearMonth m = tm.month();
    LocalDate held = d.chance(Math.min(0.95, 0.8 * tm.quality())) ? m.atDay(15) : d.day(m);
    LocalDate notice =
        held.minusDays(d.chance(0.08 / tm.quality()) ? d.between(0, 1) : d.between(2, 7));
    int attendees = d.between(18, 80);
    ExportRow r =
        new ExportRow(schema())
            .set("meeting_id", tm.id("YS", seq))
            .set("town", tm.town())
            .set("village", v)
            .set("notice_posted_on", notice)
            .set("held_on", held)
            .set("topic", Texts.topic(d, item.name()))
            .set("topic_category", item)
            .set("attendees", (long) attendees)
            .set("representatives", (long) d.between(attendees / 4, attendees * 3 / 5))
            .set("resolution", Texts.resolution(d));
    LocalDate resolutionPosted = held.plusDays(d.between(1, 3));
    int implementation = d.weighted(55, 40, 5);
    boolean postedInMonth = !resolutionPosted.isAfter(m.atEndOfMonth());
    if (postedInMonth) {
      r.set("resolution_posted_on", resolutionPosted);
    }
    if (implementation != 1 && postedInMonth) {
      return r.set("implementation", implementation == 0 ? "已落实" : "未落实");
    }
    YearMonth when = m.plusMonths(implementation == 1 ? d.between(1, 2) : 1);
    later.schedule(
        tm.town().code(),
        when,
        r.copy()
            .set("resolution_posted_on", resolutionPosted)
            .set("implementation", d.chance(0.9) ? "已落实" : "未落实"));
    return r.set("implementation", "落实中");
  }
}
