package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Chart;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricDirection;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The charts of the reports: bars of places sorted best first with their printed values and status
 * colours, 未报送 named in the label and never drawn as an empty bar; lines over months; value axes
 * scaled to the data (whole steps for counts, rates no higher than 100%), the target as a line.
 */
final class Charts {
  /** At most this many steps on a value axis. */
  private static final int MAX_STEPS = 6;

  private Charts() {}

  /** A line of a trend: a name and a figure per month. */
  record Series(String name, Function<YearMonth, Optional<Figure>> figs, String colour) {}

  /** The places' figures of a metric as bars, best first. */
  static Chart bars(Metric m, Area area) {
    record Entry(Area.Place place, Double value, Optional<Figure> fig) {}
    List<Entry> with = new ArrayList<>();
    List<Chart.Bar> tail = new ArrayList<>();
    for (Area.Place p : area.places()) {
      Optional<Figure> f = area.placeFig(p, m.code());
      if (f.isPresent() && f.get().value() != null) {
        with.add(new Entry(p, f.get().value(), f));
      } else {
        String why = area.unreported(p, m) ? Wording.UNREPORTED : "无数据";
        tail.add(new Chart.Bar(p.name(), null, why, Marks.UNREPORTED));
      }
    }
    Comparator<Entry> order = Comparator.comparingDouble(Entry::value);
    if (m.direction() != MetricDirection.LOWER) {
      order = order.reversed();
    }
    with.sort(order.thenComparing(e -> e.place().code()));
    List<Chart.Bar> bars = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Entry e : with) {
      bars.add(
          new Chart.Bar(
              e.place().name(),
              e.value(),
              Formats.bare(m, e.value()),
              Marks.bar(e.fig().get().monthStatus())));
      values.add(e.value());
    }
    bars.addAll(tail);
    Double target = target(area, m);
    if (target != null) {
      values.add(target);
    }
    return Chart.bars(bars, axis(m, values, true), target, targetLabel(m, target));
  }

  /** The series over the months, oldest first. */
  static Chart lines(Metric m, List<YearMonth> months, List<Series> series, Double target) {
    List<Chart.Line> lines = new ArrayList<>();
    List<Double> values = new ArrayList<>();
    for (Series s : series) {
      List<Double> v = new ArrayList<>();
      for (YearMonth x : months) {
        Double d = s.figs().apply(x).map(Figure::value).orElse(null);
        v.add(d);
        if (d != null) {
          values.add(d);
        }
      }
      lines.add(new Chart.Line(s.name(), v, s.colour()));
    }
    if (target != null) {
      values.add(target);
    }
    List<String> labels = months.stream().map(x -> x.getYear() + "." + x.getMonthValue()).toList();
    return Chart.lines(labels, lines, axis(m, values, false), target, targetLabel(m, target));
  }

  /** The year's target of a metric, from the area's own figure. */
  static Double target(Area area, Metric m) {
    return area.fig(m.code()).map(Figure::target).orElse(null);
  }

  private static String targetLabel(Metric m, Double target) {
    return target == null ? null : "目标" + Formats.bare(m, target);
  }

  /**
   * An axis over the values: from 0 for bars of counts, else from a round step below the least; to
   * a round step above the greatest, never above 100% for rates; steps of 1, 2 or 5 times a power
   * of ten, whole for counts.
   */
  static Chart.Axis axis(Metric m, List<Double> values, boolean bars) {
    double lo = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double hi = values.stream().mapToDouble(Double::doubleValue).max().orElse(1);
    boolean rate = m.unit() == MetricUnit.RATE;
    boolean whole = m.unit() == MetricUnit.COUNT;
    if (bars && (whole || m.unit() == MetricUnit.YUAN || m.unit() == MetricUnit.DAYS)) {
      lo = Math.min(0, lo);
    }
    if (hi - lo < 1e-9) {
      hi = lo + (rate ? 0.05 : whole ? 1 : Math.max(1e-3, Math.abs(lo) * 0.1));
    }
    double step = step((hi - lo) * 1.1, whole);
    double min = Math.floor(lo / step) * step;
    if (min == lo && !(bars && lo == 0)) {
      min -= step;
    }
    double max = Math.ceil(hi / step) * step;
    if (max == hi && !(rate && hi >= 1)) {
      max += step;
    }
    if (rate) {
      min = Math.max(0, min);
      // 100% is the last tick, with a little room above it for what stands at 100%
      max = max >= 1 ? 1 + step / 4 : max;
    }
    if (whole) {
      min = Math.max(Math.min(0, lo), min);
    }
    return new Chart.Axis(min, max, step, pattern(m.unit(), step));
  }

  private static double step(double range, boolean whole) {
    double unit = Math.pow(10, Math.floor(Math.log10(range / MAX_STEPS)));
    for (double base : new double[] {1, 2, 5, 10}) {
      double s = base * unit;
      if (range / s <= MAX_STEPS) {
        return whole ? Math.max(1, Math.ceil(s)) : s;
      }
    }
    return 10 * unit;
  }

  private static String pattern(MetricUnit unit, double step) {
    return switch (unit) {
      case RATE -> step < 0.01 ? "0.0%" : "0%";
      case RATIO -> step < 0.01 ? "+0.0%;-0.0%" : "+0%;-0%";
      case COUNT -> "#,##0";
      case YUAN -> "#,##0";
      case DAYS -> step < 1 ? "0.0" : "0";
    };
  }
}
