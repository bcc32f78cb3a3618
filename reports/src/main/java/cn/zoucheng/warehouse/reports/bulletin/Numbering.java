package cn.zoucheng.warehouse.reports.bulletin;

/** Numbers the sections (一、), tables (表1) and figures (图1) of one report, in order. */
final class Numbering {
  private int section;
  private int table = 1;
  private int figure = 1;

  /** 一、总体情况 */
  String section(String title) {
    return Wording.numeral(section++) + "、" + title;
  }

  /** 表1 … */
  String table(String caption) {
    return "表" + table++ + "  " + caption;
  }

  /** 图1 … */
  String figure(String caption) {
    return "图" + figure++ + "  " + caption;
  }
}
