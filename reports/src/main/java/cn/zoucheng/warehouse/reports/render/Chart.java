package cn.zoucheng.warehouse.reports.render;

import java.util.List;

/**
 * A chart as a report means it, decided once for the PDF and the HTML alike: its bars already in
 * order with their colours and printed values, or its lines, and the value axis with its range,
 * step and tick pattern.
 *
 * @param kind bars of places or lines over months
 * @param bars the bars, top to bottom (bars only)
 * @param months the category labels of a line chart, oldest first (lines only)
 * @param lines the series of a line chart (lines only)
 * @param axis the value axis
 * @param target the target as a line across the chart, or null
 * @param targetLabel how the target line is named, e.g. 目标98.0%
 */
public record Chart(
    Kind kind,
    List<Bar> bars,
    List<String> months,
    List<Line> lines,
    Axis axis,
    Double target,
    String targetLabel) {

  /** What the chart draws. */
  public enum Kind {
    BARS,
    LINES
  }

  /**
   * One bar: a place, its value, the printed value (where there is no value, why: 未报送, 无数据) and the
   * status colour.
   */
  public record Bar(String label, Double value, String printed, String colour) {}

  /** One series of a line chart, a value (or null) per month. */
  public record Line(String name, List<Double> values, String colour) {}

  /**
   * The value axis from {@code min} to {@code max} in steps of {@code step}, ticks printed with the
   * Java {@code DecimalFormat} pattern {@code pattern}, e.g. {@code 0'%'} or {@code #,##0}.
   */
  public record Axis(double min, double max, double step, String pattern) {}

  public Chart {
    bars = List.copyOf(bars);
    months = List.copyOf(months);
    lines = List.copyOf(lines);
  }

  /** Bars in order. */
  public static Chart bars(List<Bar> bars, Axis axis, Double target, String targetLabel) {
    return new Chart(Kind.BARS, bars, List.of(), List.of(), axis, target, targetLabel);
  }

  /** Lines over months. */
  public static Chart lines(
      List<String> months, List<Line> lines, Axis axis, Double target, String targetLabel) {
    return new Chart(Kind.LINES, List.of(), months, lines, axis, target, targetLabel);
  }
}
