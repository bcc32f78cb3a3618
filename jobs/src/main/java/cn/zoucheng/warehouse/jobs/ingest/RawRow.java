package cn.zoucheng.warehouse.jobs.ingest;

import java.util.List;

/** One physical row of an export file: its spreadsheet row number and its cells as text. */
public record RawRow(int rowNumber, List<String> cells) {

  /** The cell at the index, or empty text past the row's end; never null. */
  public String cell(int index) {
    if (index < 0 || index >= cells.size()) {
      return "";
    }
    String c = cells.get(index);
    return c == null ? "" : c;
  }

  /** Whether every cell is blank. */
  public boolean isBlank() {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }
}
