package cn.zoucheng.warehouse.schemas.values;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Mainland phone numbers as towns write them: {@code 13812345678}, {@code 138-1234-5678}, {@code
 * +86 138 1234 5678}, {@code 0537-1234567}, {@code (0537)1234567}. Each has one canonical form, its
 * digits ({@code 13812345678}, {@code 05371234567}), which is what gets pseudonymised.
 */
public final class Phones {
  /** A mobile number (11 digits from 13… to 19…) or a landline with its area code. */
  private static final Pattern CANONICAL = Pattern.compile("1[3-9]\\d{9}|0\\d{9,11}");

  /** Spaces, dashes, dots and brackets between the digits. */
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.()]");

  /** The country code in front: {@code +86}, {@code 0086} or a bare {@code 86}. */
  private static final Pattern COUNTRY = Pattern.compile("^(?:\\+|00)?86(?=\\d{10,11}$)");

  /**
   * A phone number in free text, separators included: what {@link Masking#maskLookalikes} masks.
   */
  static final Pattern IN_TEXT =
      Pattern.compile(
          "(?<!\\d)(?:(?:\\+|00)86[\\s-]?)?1[3-9]\\d(?:[\\s-]?\\d){8}(?!\\d)"
              + "|(?<!\\d)(?:[(（]0\\d{2,3}[)）]\\s?|0\\d{2,3}[\\s-]?)\\d{7,8}(?!\\d)");

  private Phones() {}

  /** The canonical digits of a phone number as written; the text itself if it is none. */
  public static String canonical(String written) {
    String t = Normalizer.normalize(written.trim(), Normalizer.Form.NFKC);
    String digits = SEPARATORS.matcher(t).replaceAll("");
    java.util.regex.Matcher country = COUNTRY.matcher(digits);
    if (country.find()) {
      String rest = digits.substring(country.end());
      digits = rest.startsWith("1") || rest.startsWith("0") ? rest : "0" + rest;
    }
    return CANONICAL.matcher(digits).matches() ? digits : t;
  }

  /** Whether the text is a phone number in one of the accepted spellings. */
  public static boolean isValid(String written) {
    return CANONICAL.matcher(canonical(written)).matches();
  }
}
