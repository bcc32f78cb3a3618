package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Item;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import cn.zoucheng.warehouse.schemas.reference.ReferenceTable;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * 村务公开: every village discloses the 25 catalogued items for the month, posted by the 10th of the
 * next month; a few items are missing and some are posted late.
 */
final class DisclosureMaker implements RecordMaker {

  @Override
  public RecordSchema schema() {
    return ExportCatalog.DISCLOSURES;
  }

  @Override
  public List<ExportRow> make(TownMonth tm, Draw d, Reappearances later) {
    List<Item> items = tm.refs().items(ReferenceTable.DISCLOSURE_ITEMS);
    YearMonth next = tm.month().plusMonths(1);
    double missing = 0.015 * (2 - tm.quality()) * (2 - tm.quality());
    double late = 0.05 * (2 - tm.quality());
    List<ExportRow> rows = new ArrayList<>(tm.villages().size() * items.size());
    for (Village v : tm.villages()) {
      // a village posts its monthly board on one day; a few items go up on another day
      int boardDay = d.chance(late) ? d.between(11, 25) : d.between(1, 10);
      for (Item item : items) {
        if (d.chance(missing)) {
          continue;
        }
        rows.add(
            new ExportRow(schema())
                .set("town", tm.town())
                .set("village", v)
                .set("period", tm.month())
                .set("category", item.category())
                .set("item_code", item)
                .set(
                    "posted_on",
                    next.atDay(
                        d.chance(0.9)
                            ? boardDay
                            : d.chance(late) ? d.between(11, 25) : d.between(1, 10))));
      }
    }
    return rows;
  }
}
