package cn.zoucheng.warehouse.reports.render;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link Chart} as inline SVG for the HTML page: drawn in a 360-unit wide box that scales to the
 * width of the screen, its texts 15 units high so that they stay at least 14 px on a phone.
 */
final class SvgChart {
  static final int WIDTH = 360;
  private static final int FONT = 15;
  private static final int BAR_ROW = 26;
  private static final int LABEL = 96;
  private static final int VALUE = 58;

  private SvgChart() {}

  static String svg(Chart c, String title) {
    return c.kind() == Chart.Kind.BARS ? bars(c, title) : lines(c, title);
  }

  private static String bars(Chart c, String title) {
    int plotLeft = LABEL;
    int plotWidth = WIDTH - LABEL - VALUE;
    int top = 8;
    int height = top + c.bars().size() * BAR_ROW + 30;
    StringBuilder s = open(height, title);
    Chart.Axis a = c.axis();
    for (double t = a.min(); t <= a.max() + 1e-9; t += a.step()) {
      double x = plotLeft + (t - a.min()) / (a.max() - a.min()) * plotWidth;
      s.append(line(x, top, x, height - 26, "#D9D9D9", false));
      s.append(text(x, height - 8, tick(a, t), "middle", "#404040"));
    }
    int y = top;
    for (Chart.Bar b : c.bars()) {
      s.append(text(plotLeft - 6, y + 18, b.label(), "end", "#111111"));
      if (b.value() == null) {
        s.append(text(plotLeft + 4, y + 18, b.printed(), "start", "#767676"));
      } else {
        double w = Math.max(0, (b.value() - a.min()) / (a.max() - a.min()) * plotWidth);
        s.append(
            String.format(
                Locale.ROOT,
                "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>",
                plotLeft,
                y + 5,
                w,
                BAR_ROW - 9,
                b.colour()));
        s.append(text(plotLeft + w + 4, y + 18, b.printed(), "start", "#111111"));
      }
      y += BAR_ROW;
    }
    target(s, c, plotLeft, plotWidth, top, height - 26, true);
    return s.append("</svg>").toString();
  }

  private static String lines(Chart c, String title) {
    int left = 52;
    int right = WIDTH - 10;
    int top = 30;
    int bottom = 200;
    StringBuilder s = open(bottom + 30, title);
    Chart.Axis a = c.axis();
    for (double t = a.min(); t <= a.max() + 1e-9; t += a.step()) {
      double y = bottom - (t - a.min()) / (a.max() - a.min()) * (bottom - top);
      s.append(line(left, y, right, y, "#D9D9D9", false));
      s.append(text(left - 4, y + 5, tick(a, t), "end", "#404040"));
    }
    int n = c.months().size();
    double stepX = n > 1 ? (double) (right - left) / (n - 1) : 0;
    // the first month, the last, and about two between, each inside the box
    int every = Math.max(1, (int) Math.ceil((n - 1) / 3.0));
    for (int i = 0; i < n; i += every) {
      if (i != n - 1 && n - 1 - i < every / 2.0) {
        continue;
      }
      String anchor = i == 0 ? "start" : i == n - 1 ? "end" : "middle";
      s.append(text(left + i * stepX, bottom + 20, c.months().get(i), anchor, "#404040"));
    }
    if ((n - 1) % every != 0) {
      s.append(text(right, bottom + 20, c.months().get(n - 1), "end", "#404040"));
    }
    int legend = left;
    for (Chart.Line l : c.lines()) {
      List<String> points = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Double v = l.values().get(i);
        if (v != null) {
          double y = bottom - (v - a.min()) / (a.max() - a.min()) * (bottom - top);
          points.add(String.format(Locale.ROOT, "%.1f,%.1f", left + i * stepX, y));
        }
      }
      s.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"")
          .append(l.colour())
          .append("\" points=\"")
          .append(String.join(" ", points))
          .append("\"/>");
      s.append(
          String.format(
              Locale.ROOT,
              "<rect x=\"%d\" y=\"8\" width=\"14\" height=\"4\" fill=\"%s\"/>",
              legend,
              l.colour()));
      s.append(text(legend + 18, 16, l.name(), "start", "#111111"));
      legend += 24 + (int) (TableLayout.ems(l.name()) * FONT);
    }
    target(s, c, left, right - left, top, bottom, false);
    return s.append("</svg>").toString();
  }

  private static void target(
      StringBuilder s, Chart c, int start, int length, int top, int bottom, boolean vertical) {
    if (c.target() == null) {
      return;
    }
    Chart.Axis a = c.axis();
    double f = (c.target() - a.min()) / (a.max() - a.min());
    if (vertical) {
      double x = start + f * length;
      s.append(line(x, top, x, bottom, "#C00000", true));
    } else {
      double y = bottom - f * (bottom - top);
      s.append(line(start, y, start + length, y, "#C00000", true));
      s.append(text(start + length, y - 4, c.targetLabel(), "end", "#C00000"));
    }
  }

  private static StringBuilder open(int height, String title) {
    return new StringBuilder()
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" font-size=\"")
        .append(FONT)
        .append("\"><title>")
        .append(HtmlWriter.escape(title))
        .append("</title>");
  }

  private static String line(double x1, double y1, double x2, double y2, String c, boolean dash) {
    return String.format(
        Locale.ROOT,
        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\"%s/>",
        x1,
        y1,
        x2,
        y2,
        c,
        dash ? " stroke-dasharray=\"4 3\" stroke-width=\"1.5\"" : "");
  }

  private static String text(double x, double y, String t, String anchor, String colour) {
    return String.format(
        Locale.ROOT,
        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" fill=\"%s\">%s</text>",
        x,
        y,
        anchor,
        colour,
        HtmlWriter.escape(t));
  }

  private static String tick(Chart.Axis a, double v) {
    return new DecimalFormat(a.pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT)).format(v);
  }
}
