package cn.zoucheng.warehouse.reports.render;

/**
 * One cell of a {@link Table}: the text the PDF and the HTML print, the number a spreadsheet holds
 * (with its Excel number format) where the cell is a figure, and an optional background colour.
 *
 * @param text what a reader sees, e.g. {@code 98.7%}, {@code ↑0.3}, {@code 未报送}
 * @param number the figure as a spreadsheet holds it (rounded as printed), or null for text
 * @param format the Excel number format of {@code number}, e.g. {@code 0.0%}
 * @param colour background as {@code #RRGGBB}, or null
 */
public record Cell(String text, Double number, String format, String colour) {
  /** A text cell. */
  public static Cell text(String text) {
    return new Cell(text, null, null, null);
  }

  /** A text cell on a coloured background. */
  public static Cell text(String text, String colour) {
    return new Cell(text, null, null, colour);
  }

  /** The same cell on another background. */
  public Cell coloured(String c) {
    return new Cell(text, number, format, c);
  }
}
