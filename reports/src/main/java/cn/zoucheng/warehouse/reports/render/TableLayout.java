package cn.zoucheng.warehouse.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * How wide each column of a table is on the PDF page: each header on one line (so that no header is
 * ever broken inside a word), each figure unbroken, a long text column wrapped at a width of its
 * own; at the largest font size, from 五号 down, at which the whole table fits the type area.
 *
 * @param fontSize the table's font size in points
 * @param widths the name column's width, then each column's, in points, adding up to the width
 * @param wraps per column (the name column first) whether its cells are long texts, left-aligned
 */
record TableLayout(float fontSize, List<Integer> widths, List<Boolean> wraps) {
  /** The width of the type area. */
  static final int WIDTH = 442;

  /** Font sizes tried, largest first. */
  private static final float[] SIZES = {10.5f, 9f, 8f, 7f, 6.5f};

  /** Cells longer than this (in ems) are texts that wrap rather than widen their column. */
  private static final double LONG_TEXT_EMS = 9;

  /** Padding of a cell, both sides together, and room for the line breaker, in points. */
  private static final int PADDING = 10;

  /** The layout of {@code table}. */
  static TableLayout of(Table table) {
    int columns = table.headers().size() + 1;
    double[] ems = new double[columns];
    boolean[] wrap = new boolean[columns];
    ems[0] = ems(table.nameHeader());
    for (int i = 1; i < columns; i++) {
      ems[i] = ems(table.headers().get(i - 1));
    }
    for (Table.Row r : table.rows()) {
      ems[0] = Math.max(ems[0], Math.min(ems(r.name()), LONG_TEXT_EMS));
      wrap[0] |= ems(r.name()) > LONG_TEXT_EMS;
      for (int i = 1; i < columns; i++) {
        double e = ems(r.cells().get(i - 1).text());
        wrap[i] |= e > LONG_TEXT_EMS;
        ems[i] = Math.max(ems[i], Math.min(e, LONG_TEXT_EMS));
      }
    }
    for (float size : SIZES) {
      List<Integer> widths = widths(ems, size);
      if (widths != null || size == SIZES[SIZES.length - 1]) {
        List<Boolean> wraps = new ArrayList<>();
        for (boolean w : wrap) {
          wraps.add(w);
        }
        return new TableLayout(
            size, widths != null ? widths : squeezed(ems, size), List.copyOf(wraps));
      }
    }
    throw new IllegalStateException("unreachable");
  }

  /** The key of the compiled template this layout needs. */
  String key() {
    return fontSize + "|" + widths + "|" + wraps;
  }

  /** The widths at {@code size}, spread over the type area, or null where they do not fit. */
  private static List<Integer> widths(double[] ems, float size) {
    double need = 0;
    double[] w = new double[ems.length];
    for (int i = 0; i < ems.length; i++) {
      // half-em steps, so that tables alike share one compiled template
      w[i] = Math.ceil(ems[i] * 2 + 1) / 2 * size + PADDING;
      need += w[i];
    }
    if (need > WIDTH) {
      return null;
    }
    return spread(w, need);
  }

  /** Every column at the smallest size, shrunk to fit: the last resort for a very wide table. */
  private static List<Integer> squeezed(double[] ems, float size) {
    double[] w = new double[ems.length];
    double need = 0;
    for (int i = 0; i < ems.length; i++) {
      w[i] = ems[i] * size + PADDING;
      need += w[i];
    }
    return spread(w, need);
  }

  private static List<Integer> spread(double[] w, double total) {
    List<Integer> out = new ArrayList<>();
    int used = 0;
    for (int i = 0; i < w.length; i++) {
      int x = i == w.length - 1 ? WIDTH - used : (int) Math.floor(w[i] * WIDTH / total);
      out.add(x);
      used += x;
    }
    return List.copyOf(out);
  }

  /**
   * The width of a text in ems of a CJK font: a Chinese character or full-width sign is one em,
   * digits and Latin letters about half, narrow signs less.
   */
  static double ems(String s) {
    if (s == null) {
      return 0;
    }
    double e = 0;
    for (int cp : s.codePoints().toArray()) {
      if (cp == '.' || cp == ',' || cp == ':' || cp == ' ') {
        e += 0.3;
      } else if (cp == '%') {
        e += 0.85;
      } else if (cp < 0x2000) {
        e += 0.58;
      } else {
        e += 1;
      }
    }
    return e;
  }
}
