package cn.zoucheng.warehouse.schemas.values;

import java.util.regex.Pattern;

/**
 * The one rule for text the product writes into a CSV or XLSX cell: a cell a spreadsheet would run
 * as a formula (starting with {@code = + - @}, a tab or a carriage return) is written with a
 * leading apostrophe, as OWASP advises against CSV injection, so that it shows as the text it is.
 * Plain numbers ({@code -12.50}) are numbers, not formulas, and stay as they are.
 */
public final class Formulas {
  private static final Pattern NUMBER = Pattern.compile("[+-]?\\d+(?:\\.\\d+)?(?:[eE][+-]?\\d+)?");

  private Formulas() {}

  /** The text safe to write as a cell; null stays null. */
  public static String neutralise(String cell) {
    if (cell == null || cell.isEmpty() || !startsLikeAFormula(cell.charAt(0))) {
      return cell;
    }
    return NUMBER.matcher(cell).matches() ? cell : "'" + cell;
  }

  private static boolean startsLikeAFormula(char c) {
    return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  }
}
