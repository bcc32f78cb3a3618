package cn.zoucheng.warehouse.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A list for {@code list.jrxml}: up to five text columns (widths 90, 70, 55, 55, 253 points; the
 * third and fourth right-aligned for figures and dates).
 */
public final class ListTable {
  private final List<String> headers;
  private final List<Map<String, ?>> rows = new ArrayList<>();

  public ListTable(String... headers) {
    if (headers.length > 5) {
      throw new IllegalArgumentException("a list has at most five columns");
    }
    this.headers = List.of(headers);
  }

  /** Appends a row; missing trailing cells are empty. */
  public ListTable row(String... cells) {
    if (cells.length > headers.size()) {
      throw new IllegalArgumentException("more cells than headers " + headers);
    }
    Map<String, Object> r = new HashMap<>();
    for (int i = 0; i < cells.length; i++) {
      r.put("c" + (i + 1), cells[i]);
    }
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
    for (int i = 0; i < headers.size(); i++) {
      p.put("H" + (i + 1), headers.get(i));
    }
    return p;
  }
}
