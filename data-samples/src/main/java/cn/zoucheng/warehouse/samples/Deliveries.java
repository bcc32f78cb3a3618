package cn.zoucheng.warehouse.samples;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;

/** When a town's files for a month reach the city: the inbox folder they land in. */
final class Deliveries {
  /** The last day of the month after that counts as on time. */
  static final int DEADLINE_DAY = 5;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

  private Deliveries() {}

  /**
   * The day the town delivered the month's files: mostly the 1st-5th, now and then the 6th-12th.
   */
  static LocalDate receivedOn(long seed, TownStyle style, YearMonth month) {
    Draw d = Draw.of(seed, "delivery", style.town().code(), month);
    YearMonth next = month.plusMonths(1);
    if (d.chance(style.lateShare())) {
      return next.atDay(d.between(DEADLINE_DAY + 1, 12));
    }
    return next.atDay(1 + d.weighted(1, 3, 4, 4, 3));
  }

  /** The inbox folder of a delivery day, {@code YYYY-MM-DD}. */
  static String folder(LocalDate receivedOn) {
    return receivedOn.toString();
  }

  /** The file name a town gives a month's file of a record type. */
  static String fileName(TownStyle style, YearMonth month, String recordType, FileFormat format) {
    return style.fileTown()
        + "_"
        + MONTH.format(month)
        + "_"
        + recordType
        + "."
        + format.extension();
  }
}
