package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Town;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData.Village;
import java.time.YearMonth;
import java.util.List;

/**
 * One town's month, as the record makers see it.
 *
 * @param style the town and its habits
 * @param villages the town's villages and communities
 * @param month the month exported
 * @param monthIndex months since the experiment's first exported month (for trends)
 * @param scale the event volume multiplier
 * @param refs the reference data
 * @param townShare the town's share of the county's villages
 */
record TownMonth(
    TownStyle style,
    List<Village> villages,
    YearMonth month,
    int monthIndex,
    double scale,
    ReferenceData refs,
    double townShare) {

  Town town() {
    return style.town();
  }

  double quality() {
    return style.quality();
  }

  /** This town's expected count for the month of a county-wide monthly volume at scale 1. */
  double volume(double countyPerMonth) {
    return countyPerMonth * scale * townShare;
  }

  /** A business key: prefix, town code, month and a sequence number. */
  String id(String prefix, int seq) {
    return String.format(
        "%s%s%04d%02d%05d", prefix, town().code(), month.getYear(), month.getMonthValue(), seq);
  }

  /** A village, the demonstration community twice as likely as the others. */
  Village village(Draw d) {
    Village v = d.pick(villages);
    if (!v.demonstration() && d.chance(1.0 / villages.size())) {
      return villages.stream().filter(Village::demonstration).findFirst().orElse(v);
    }
    return v;
  }
}
