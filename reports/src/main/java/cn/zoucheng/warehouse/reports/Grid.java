package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A table for {@code grid.jrxml}: a name column and up to {@value #SLOTS} columns, each cell a
 * number with its pattern or a text, and an optional mark colour (达标/预警/未达标).
 */
public final class Grid {
  /** How many figure columns the template has. */
  public static final int SLOTS = 10;

  /** Background of a 达标 cell. */
  static final String MET_COLOUR = "#C6EFCE";

  /** Background of a 预警 cell. */
  static final String WARNING_COLOUR = "#FFEB9C";

  /** Background of a 未达标 cell. */
  static final String MISSED_COLOUR = "#FFC7CE";

  private final String nameHeader;
  private final List<String> headers;
  private final List<Map<String, ?>> rows = new ArrayList<>();

  public Grid(String nameHeader, List<String> headers) {
    if (headers.size() > SLOTS) {
      throw new IllegalArgumentException("a grid has at most " + SLOTS + " columns: " + headers);
    }
    this.nameHeader = nameHeader;
    this.headers = List.copyOf(headers);
  }

  /** The colour of a status, or null for none. */
  public static String colour(String status) {
    return TargetStatus.ofLabel(status)
        .map(
            s ->
                switch (s) {
                  case MET -> MET_COLOUR;
                  case WARNING -> WARNING_COLOUR;
                  case MISSED -> MISSED_COLOUR;
                })
        .orElse(null);
  }

  /** Starts a row. */
  public Row row(String name) {
    return new Row(name, false);
  }

  /** Starts a row printed in bold (e.g. the city's total). */
  public Row boldRow(String name) {
    return new Row(name, true);
  }

  public int size() {
    return rows.size();
  }

  List<Map<String, ?>> rows() {
    return rows;
  }

  Map<String, Object> parameters() {
    Map<String, Object> p = new HashMap<>();
    p.put("NAME_HEADER", nameHeader);
    for (int i = 0; i < headers.size(); i++) {
      p.put("H" + (i + 1), headers.get(i));
    }
    return p;
  }

  /** One row being filled left to right; {@link #add()} appends it to the grid. */
  public final class Row {
    private final Map<String, Object> cells = new HashMap<>();
    private int next = 1;

    private Row(String name, boolean bold) {
      cells.put("name", name);
      cells.put("bold", bold);
    }

    /** A number printed with the unit's pattern, rounded as the prose rounds it. */
    public Row num(MetricUnit unit, Double value, String colour) {
      if (value == null) {
        return text("", colour);
      }
      int i = slot();
      cells.put("n" + i, Formats.rounded(unit, value));
      cells.put("p" + i, Formats.pattern(unit));
      cells.put("c" + i, colour);
      return this;
    }

    /** A text cell (未报送, 持平, ↑0.3, 达标 ...). */
    public Row text(String text, String colour) {
      int i = slot();
      cells.put("t" + i, text);
      cells.put("c" + i, colour);
      return this;
    }

    public Grid add() {
      rows.add(cells);
      return Grid.this;
    }

    private int slot() {
      if (next > headers.size()) {
        throw new IllegalStateException(
            "row "
                + cells.get("name")
                + " has more cells than the "
                + headers.size()
                + " headers "
                + headers);
      }
      return next++;
    }
  }
}
