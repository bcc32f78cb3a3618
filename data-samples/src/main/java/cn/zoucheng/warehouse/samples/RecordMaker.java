package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.List;

/** Makes one record type's new records of a town's month, and schedules their later versions. */
interface RecordMaker {

  /** The record type made. */
  RecordSchema schema();

  /** Whether the record type is exported in the given town's month at all. */
  default boolean exportedIn(TownMonth tm) {
    return true;
  }

  /** The records placed in the month, as that month's file shows them. */
  List<ExportRow> make(TownMonth tm, Draw d, Reappearances later);
}
