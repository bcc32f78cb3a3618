package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * How the bulletins print a figure: table patterns per unit, and the words of the prose (件, 个百分点,
 * 上升/下降/持平). Rates print to one decimal of a percent; counts with thousands separators.
 */
public final class Formats {
  private Formats() {}

  /** Measure words of the counted metrics; every COUNT metric has one (FormatsTest checks). */
  static final Map<String, String> MEASURE_WORDS =
      Map.ofEntries(
          Map.entry("proxy_accepted", "件"),
          Map.entry("proxy_closed", "件"),
          Map.entry("vouchers_reviewed", "笔"),
          Map.entry("vouchers_rejected", "笔"),
          Map.entry("voucher_control_breaches", "笔"),
          Map.entry("meetings_held", "次"),
          Map.entry("disputes_registered", "件"),
          Map.entry("disputes_resolved", "件"),
          Map.entry("suggestions_collected", "条"),
          Map.entry("suggestions_adopted", "条"),
          Map.entry("dm_cadres_flagged", "人"),
          Map.entry("petitions_livelihood", "件"));

  /** A date as a bulletin prints it: 2026年11月28日. */
  public static String date(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The Excel number format of a metric's values, as the tables print them. */
  public static String excelFormat(MetricUnit unit) {
    return switch (unit) {
      case COUNT -> "#,##0";
      case RATE -> "0.0%";
      case DAYS -> "0.0";
      case YUAN -> "#,##0.00";
      case RATIO -> "+0.0%;-0.0%;0.0%";
    };
  }

  /**
   * The Excel number format of a change of a metric's value: percentage points for rates and
   * relative changes, the unit otherwise; 持平 for none.
   */
  public static String excelChangeFormat(MetricUnit unit) {
    return switch (unit) {
      case RATE, RATIO -> "+0.0\"个百分点\";-0.0\"个百分点\";\"持平\"";
      case COUNT -> "+#,##0;-#,##0;\"持平\"";
      case DAYS -> "+0.0;-0.0;\"持平\"";
      case YUAN -> "+#,##0.00;-#,##0.00;\"持平\"";
    };
  }

  /** The measure word of a metric in prose: 件, 笔, 元, 天; empty for rates. */
  public static String measureWord(Metric m) {
    return switch (m.unit()) {
      case COUNT -> {
        String w = MEASURE_WORDS.get(m.code());
        if (w == null) {
          throw new IllegalStateException("no measure word for the count metric " + m.code());
        }
        yield w;
      }
      case YUAN -> "元";
      case DAYS -> "天";
      case RATE, RATIO -> "";
    };
  }

  /**
   * A value as prose prints it: 2,513件, 98.7%, 3.2天, 8,345.67元 (from 10,000 元 on in 万元: 1.23万元),
   * 下降34.6%.
   */
  public static String value(Metric m, double v) {
    return switch (m.unit()) {
      case COUNT -> bare(m, v) + measureWord(m);
      case RATE -> percent(v);
      case DAYS -> bare(m, v) + "天";
      case YUAN -> Math.abs(v) >= TEN_THOUSAND ? wan(v) : bare(m, v) + "元";
      case RATIO -> ratio(v);
    };
  }

  /** 1.23万元 from 12,345.67 (half-up at the hundredth of a 万). */
  static String wan(double yuan) {
    return grouped(BigDecimal.valueOf(yuan).movePointLeft(4).setScale(2, RoundingMode.HALF_UP))
        + "万元";
  }

  private static final double TEN_THOUSAND = 10_000;

  /**
   * The change from {@code before} to {@code now} as a number, from the printed figures: in
   * percentage points for rates and relative changes, in the unit otherwise.
   */
  public static double changeNumber(Metric m, double now, double before) {
    return difference(m.unit(), now, before).doubleValue();
  }

  /**
   * A value without its unit word, exactly as a table cell prints it: 2,513, 98.7%, 3.2, +10.0%,
   * +0.0%.
   */
  public static String bare(Metric m, double v) {
    BigDecimal p = printed(m.unit(), v);
    return switch (m.unit()) {
      case COUNT, YUAN -> grouped(p);
      case DAYS -> p.toPlainString();
      case RATE -> p.movePointRight(2).toPlainString() + "%";
      // as the table pattern +0.0%;-0.0% prints it: zero too has its plus sign
      case RATIO -> (p.signum() >= 0 ? "+" : "") + p.movePointRight(2).toPlainString() + "%";
    };
  }

  /**
   * The change from {@code before} to {@code now} in words, computed from the printed figures so
   * that it agrees with them to the digit: rates and relative changes in 个百分点 (上升0.3个百分点), counts
   * and sums in their unit (增加12件, 减少1,200.00元), days as 缩短/延长; 持平 when the printed figures are
   * equal.
   */
  public static String change(Metric m, double now, double before) {
    BigDecimal d = difference(m.unit(), now, before);
    if (d.signum() == 0) {
      return "持平";
    }
    return switch (m.unit()) {
      case RATE, RATIO -> (d.signum() > 0 ? "上升" : "下降") + d.abs().toPlainString() + "个百分点";
      case COUNT, YUAN -> (d.signum() > 0 ? "增加" : "减少") + grouped(d.abs()) + measureWord(m);
      case DAYS -> (d.signum() > 0 ? "延长" : "缩短") + d.abs().toPlainString() + "天";
    };
  }

  /** The change as a short table cell: ↑0.3 (percentage points for rates), ↓12, 持平. */
  public static String arrow(Metric m, double now, double before) {
    BigDecimal d = difference(m.unit(), now, before);
    if (d.signum() == 0) {
      return "持平";
    }
    return (d.signum() > 0 ? "↑" : "↓") + grouped(d.abs());
  }

  /**
   * The value a table cell holds: rounded half-up to the printed precision, so that the PDF, the
   * XLSX cell and the prose show the same digits.
   */
  public static double rounded(MetricUnit unit, double v) {
    return printed(unit, v).doubleValue();
  }

  /** 98.7% from 0.987 (half-up at one decimal of the percentage). */
  public static String percent(double v) {
    return printed(MetricUnit.RATE, v).movePointRight(2).toPlainString() + "%";
  }

  /** A relative change in words: 下降34.6%, 上升10.0%, 持平. */
  public static String ratio(double v) {
    BigDecimal p = printed(MetricUnit.RATIO, v).movePointRight(2);
    return p.signum() == 0 ? "持平" : (p.signum() > 0 ? "上升" : "下降") + p.abs().toPlainString() + "%";
  }

  /** 2,513 or 12,345.67: thousands separators, {@code decimals} places, half-up. */
  public static String grouped(double v, int decimals) {
    return grouped(round(v, decimals));
  }

  /**
   * The figure as printed: half-up to whole counts, to a tenth of a percent for rates and relative
   * changes, to a tenth of a day, to the fen for money.
   */
  static BigDecimal printed(MetricUnit unit, double v) {
    int scale =
        switch (unit) {
          case COUNT -> 0;
          case RATE, RATIO -> 3;
          case DAYS -> 1;
          case YUAN -> 2;
        };
    return round(v, scale);
  }

  /** now − before of the printed figures; for rates in percentage points (scale 1). */
  private static BigDecimal difference(MetricUnit unit, double now, double before) {
    BigDecimal d = printed(unit, now).subtract(printed(unit, before));
    return unit == MetricUnit.RATE || unit == MetricUnit.RATIO ? d.movePointRight(2) : d;
  }

  private static String grouped(BigDecimal d) {
    DecimalFormat f =
        new DecimalFormat(
            d.scale() <= 0 ? "#,##0" : "#,##0." + "0".repeat(d.scale()),
            DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(d);
  }

  private static BigDecimal round(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }
}
