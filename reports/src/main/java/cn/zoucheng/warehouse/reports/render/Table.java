package cn.zoucheng.warehouse.reports.render;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of a report: a first column naming each row, then figure or text columns. The PDF lays it
 * out with each column as wide as its header and cells need, the HTML lets it scroll inside itself,
 * the workbook gives it a sheet of its own.
 */
public final class Table {
  /** One row: its name, whether it is printed in bold (a total), its cells left to right. */
  public record Row(String name, boolean bold, List<Cell> cells) {}

  private final String nameHeader;
  private final List<String> headers;
  private final List<Row> rows = new ArrayList<>();

  /** A table whose first column is headed {@code nameHeader}, then one column per header. */
  public Table(String nameHeader, List<String> headers) {
    this.nameHeader = nameHeader;
    this.headers = List.copyOf(headers);
  }

  public String nameHeader() {
    return nameHeader;
  }

  public List<String> headers() {
    return headers;
  }

  public List<Row> rows() {
    return List.copyOf(rows);
  }

  public int size() {
    return rows.size();
  }

  /** Appends a row; it must have one cell per header. */
  public Table add(String name, List<Cell> cells) {
    return add(new Row(name, false, List.copyOf(cells)));
  }

  /** Appends a row printed in bold (the area's own total). */
  public Table addBold(String name, List<Cell> cells) {
    return add(new Row(name, true, List.copyOf(cells)));
  }

  private Table add(Row row) {
    if (row.cells().size() != headers.size()) {
      throw new IllegalArgumentException(
          "row " + row.name() + " has " + row.cells().size() + " cells for headers " + headers);
    }
    rows.add(row);
    return this;
  }
}
