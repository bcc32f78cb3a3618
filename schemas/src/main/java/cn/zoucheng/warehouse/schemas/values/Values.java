package cn.zoucheng.warehouse.schemas.values;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the text forms the export contract accepts: dates in five spellings, yes/no in four pairs,
 * months, whole numbers and amounts. Each parser returns empty when the text is not of its form.
 */
public final class Values {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*(?:[-/.]|月)\\s*(\\d{1,2})\\s*日?");
  private static final Pattern MONTH =
      Pattern.compile("(\\d{4})\\s*(?:[-/.]|年)\\s*(\\d{1,2})\\s*月?");
  private static final Pattern INTEGER = Pattern.compile("[+-]?\\d+(?:\\.0+)?");
  private static final Pattern AMOUNT =
      Pattern.compile("[+-]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?");

  private Values() {}

  /** {@code 2026-10-15}, {@code 2026/10/15}, {@code 2026.10.15} or {@code 2026年10月15日}. */
  public static Optional<LocalDate> date(String text) {
    Matcher m = DATE.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** {@code 2026-10}, {@code 2026/10}, {@code 2026.10} or {@code 2026年10月}. */
  public static Optional<YearMonth> month(String text) {
    Matcher m = MONTH.matcher(text.trim());
    if (!m.matches()) {
      return Optional.empty();
    }
    int mm = Integer.parseInt(m.group(2));
    return mm < 1 || mm > 12
        ? Optional.empty()
        : Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), mm));
  }

  /** 是/否, Y/N, 1/0, true/false (any case). */
  public static Optional<Boolean> bool(String text) {
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "是", "y", "yes", "1", "true" -> Optional.of(Boolean.TRUE);
      case "否", "n", "no", "0", "false" -> Optional.of(Boolean.FALSE);
      default -> Optional.empty();
    };
  }

  /**
   * A whole number of any size; {@code 12.0} (as spreadsheets write it) counts as 12. Whether it
   * fits its column is the caller's rule.
   */
  public static Optional<BigInteger> integer(String text) {
    String t = text.trim();
    if (!INTEGER.matcher(t).matches()) {
      return Optional.empty();
    }
    return Optional.of(new BigDecimal(t).toBigIntegerExact());
  }

  /**
   * An amount in yuan: at most two decimals, thousands separators allowed; {@code ¥} and {@code 元}
   * are ignored.
   */
  public static Optional<BigDecimal> amount(String text) {
    String t = text.trim().replace("¥", "").replace("￥", "").replace("元", "").trim();
    if (!AMOUNT.matcher(t).matches()) {
      return Optional.empty();
    }
    BigDecimal v = new BigDecimal(t.replace(",", ""));
    if (v.stripTrailingZeros().scale() > 2) {
      return Optional.empty();
    }
    return Optional.of(v.setScale(2, RoundingMode.UNNECESSARY));
  }
}
