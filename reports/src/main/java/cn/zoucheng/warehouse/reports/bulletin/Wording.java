package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import java.time.YearMonth;
import java.util.List;

/**
 * The words the reports share, each in one place: 未报送 and —, months and year-to-date spans, the
 * numerals of the headings, lists of names and ties.
 */
final class Wording {
  /** Where a figure would stand for a town that sent no file of its record type. */
  static final String UNREPORTED = SubmissionStatus.MISSING.label();

  /** Where there is no value (a zero denominator, no month to compare with). */
  static final String NO_VALUE = "—";

  /** The issuing unit. */
  static final String ISSUER = "邹城市民政局";

  /** Below this many cases a percentage change is not printed, only the change in cases. */
  static final int MIN_BASE_FOR_PERCENT = 20;

  private static final String[] NUMERALS = {
    "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四"
  };

  private Wording() {}

  /** 一, 二, … for 0, 1, … */
  static String numeral(int i) {
    return NUMERALS[i];
  }

  /** 2026年10月 */
  static String month(YearMonth m) {
    return m.getYear() + "年" + m.getMonthValue() + "月";
  }

  /** 10月 */
  static String shortMonth(YearMonth m) {
    return m.getMonthValue() + "月";
  }

  /** 1—10月 (1月 in January): the months of the year to date. */
  static String yearToDate(YearMonth m) {
    return m.getMonthValue() == 1 ? "1月" : "1—" + m.getMonthValue() + "月";
  }

  /** A、B、C */
  static String list(List<String> names) {
    return String.join("、", names);
  }

  /**
   * One or more places: 钢山街道; 钢山街道、千泉街道; from four on, 钢山街道等7个镇街. {@code label} names the kind of
   * place (镇街, 村（社区）).
   */
  static String places(List<String> names, String label) {
    return names.size() <= 3 ? list(names) : names.get(0) + "等" + names.size() + "个" + label;
  }

  /**
   * The place or places at an extreme: 钢山街道（99.5%）, or, for a tie, 香城镇等7个镇街并列 (the word after it
   * says 最高, 最少 …).
   */
  static String tie(List<String> names, String label) {
    return names.size() == 1 ? names.get(0) : places(names, label) + "并列";
  }
}
