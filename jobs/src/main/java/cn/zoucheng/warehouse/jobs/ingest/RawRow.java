package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.Serializable;
import java.util.List;

/**
 * One physical row of an export file: its row number (as a spreadsheet shows it, or the CSV record
 * number), its cells as text and, when the reader could not read one of its cells faithfully, that
 * cell's defect.
 */
public record RawRow(int rowNumber, List<String> cells, Defect defect) {

  /**
   * A cell the reader could not turn into its text: an unclosed quote, a formula without a saved
   * result. {@code detail} says what was found, without the cell's value.
   */
  public record Defect(int cell, Reason reason, String detail) implements Serializable {}

  /** A row read without defect. */
  public RawRow(int rowNumber, List<String> cells) {
    this(rowNumber, cells, null);
  }

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

  /** Index of the last non-blank cell, -1 when there is none. */
  int lastFilledCell() {
    for (int i = cells.size() - 1; i >= 0; i--) {
      if (cells.get(i) != null && !cells.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
