package cn.zoucheng.warehouse.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The rows of one chart of {@code chart.jrxml}: bars per town or village, or a monthly line. */
public final class ChartData {
  /** The chart kinds of the template. */
  public enum Kind {
    /** Horizontal bars, up to about 20 categories. */
    BAR("bar"),
    /** Horizontal bars on a whole page, up to about 60 categories. */
    TALL_BAR("tallbar"),
    /** A trend over months, one line per series. */
    LINE("line");

    private final String code;

    Kind(String code) {
      this.code = code;
    }
  }

  private final Kind kind;
  private final List<Map<String, ?>> rows = new ArrayList<>();

  public ChartData(Kind kind) {
    this.kind = kind;
  }

  /** Bars for more than 20 categories get the whole-page chart. */
  public static ChartData bars(int categories) {
    return new ChartData(categories > 20 ? Kind.TALL_BAR : Kind.BAR);
  }

  /** Adds a point; a null value leaves a gap. */
  public ChartData add(String series, String category, Double value) {
    Map<String, Object> r = new HashMap<>();
    r.put("series", series);
    r.put("category", category);
    r.put("value", value);
    rows.add(r);
    return this;
  }

  public int size() {
    return rows.size();
  }

  List<Map<String, ?>> rows() {
    return rows;
  }

  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("KIND", kind.code);
    return p;
  }
}
