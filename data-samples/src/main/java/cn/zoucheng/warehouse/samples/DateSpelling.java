package cn.zoucheng.warehouse.samples;

import java.time.format.DateTimeFormatter;

/** The way a town spells dates and months in text, and the matching Excel number format. */
enum DateSpelling {
  DASH("yyyy-MM-dd", "yyyy-MM", "yyyy-mm-dd"),
  SLASH("yyyy/MM/dd", "yyyy/MM", "yyyy/mm/dd"),
  DOT("yyyy.MM.dd", "yyyy.MM", "yyyy.mm.dd"),
  CHINESE("yyyy年M月d日", "yyyy年M月", "yyyy\"年\"m\"月\"d\"日\"");

  private final DateTimeFormatter date;
  private final DateTimeFormatter month;
  private final String excelFormat;

  DateSpelling(String date, String month, String excelFormat) {
    this.date = DateTimeFormatter.ofPattern(date);
    this.month = DateTimeFormatter.ofPattern(month);
    this.excelFormat = excelFormat;
  }

  DateTimeFormatter date() {
    return date;
  }

  DateTimeFormatter month() {
    return month;
  }

  String excelFormat() {
    return excelFormat;
  }
}
