package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
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

  /** The JasperReports pattern of a metric's values in tables. */
  public static String pattern(MetricUnit unit) {
    return switch (unit) {
      case COUNT -> "#,##0";
      case RATE -> "0.0%";
      case DAYS -> "0.0";
      case YUAN -> "#,##0.00";
      case RATIO -> "+0.0%;-0.0%";
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

  /** A value as prose prints it: 2,513件, 98.7%, 3.2天, 12,345.67元, 下降34.6%. */
  public static String value(Metric m, double v) {
    return switch (m.unit()) {
      case COUNT -> grouped(v, 0) + measureWord(m);
      case RATE -> percent(v);
      case DAYS -> fixed(v, 1) + "天";
      case YUAN -> grouped(v, 2) + "元";
      case RATIO -> ratio(v);
    };
  }

  /** A value without its unit word, as a table cell prints it as text: 2,513, 98.7%, 3.2. */
  public static String bare(Metric m, double v) {
    return switch (m.unit()) {
      case COUNT -> grouped(v, 0);
      case RATE -> percent(v);
      case DAYS -> fixed(v, 1);
      case YUAN -> grouped(v, 2);
      case RATIO -> signedPercent(v);
    };
  }

  /**
   * The change from {@code before} to {@code now} in words: rates and relative changes in 个百分点
   * (上升0.3个百分点), counts and sums in their unit (增加12件, 减少1,200.00元), days as 缩短/延长;
   * 持平 when it rounds to nothing at the printed precision.
   */
  public static String change(Metric m, double now, double before) {
    return switch (m.unit()) {
      case RATE, RATIO -> {
        BigDecimal pp = round((now - before) * 100, 1);
        yield pp.signum() == 0 ? "持平"
            : (pp.signum() > 0 ? "上升" : "下降") + plain(pp.abs()) + "个百分点";
      }
      case COUNT, YUAN -> {
        BigDecimal d = round(now - before, m.unit() == MetricUnit.COUNT ? 0 : 2);
        yield d.signum() == 0 ? "持平"
            : (d.signum() > 0 ? "增加" : "减少")
                + grouped(d.abs().doubleValue(), m.unit() == MetricUnit.COUNT ? 0 : 2)
                + measureWord(m);
      }
      case DAYS -> {
        BigDecimal d = round(now - before, 1);
        yield d.signum() == 0 ? "持平"
            : (d.signum() > 0 ? "延长" : "缩短") + plain(d.abs()) + "天";
      }
    };
  }

  /** The change as a short table cell: ↑0.3 (percentage points for rates), ↓12, 持平. */
  public static String arrow(Metric m, double now, double before) {
    int scale = switch (m.unit()) {
      case COUNT -> 0;
      case YUAN -> 2;
      default -> 1;
    };
    double factor = m.unit() == MetricUnit.RATE || m.unit() == MetricUnit.RATIO ? 100 : 1;
    BigDecimal d = round((now - before) * factor, scale);
    if (d.signum() == 0) {
      return "持平";
    }
    return (d.signum() > 0 ? "↑" : "↓") + grouped(d.abs().doubleValue(), scale);
  }

  /**
   * The value a table cell holds: rounded half-up to the printed precision, so that the PDF, the
   * XLSX cell and the prose show the same digits.
   */
  public static double rounded(MetricUnit unit, double v) {
    int scale = switch (unit) {
      case COUNT -> 0;
      case RATE, RATIO -> 3;
      case DAYS -> 1;
      case YUAN -> 2;
    };
    return round(v, scale).doubleValue();
  }

  /** 98.7% from 0.987 (half-up at one decimal). */
  public static String percent(double v) {
    return plain(round(v * 100, 1)) + "%";
  }

  /** A relative change in words: 下降34.6%, 上升10.0%, 持平. */
  public static String ratio(double v) {
    BigDecimal p = round(v * 100, 1);
    return p.signum() == 0 ? "持平" : (p.signum() > 0 ? "上升" : "下降") + plain(p.abs()) + "%";
  }

  static String signedPercent(double v) {
    BigDecimal p = round(v * 100, 1);
    return (p.signum() > 0 ? "+" : "") + plain(p) + "%";
  }

  /** 2,513 or 12,345.67: thousands separators, {@code decimals} places, half-up. */
  public static String grouped(double v, int decimals) {
    DecimalFormat f = new DecimalFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
        DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(round(v, decimals));
  }

  static String fixed(double v, int decimals) {
    return plain(round(v, decimals));
  }

  private static BigDecimal round(double v, int scale) {
    return BigDecimal.valueOf(v).setScale(scale, RoundingMode.HALF_UP);
  }

  private static String plain(BigDecimal d) {
    return d.toPlainString();
  }
}
