package cn.zoucheng.warehouse.schemas.values;

import cn.zoucheng.warehouse.schemas.types.Pii;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masked display forms of personal information ({@code 张*}, {@code 370883********1234}, {@code
 * 138****5678}), and the one rule for text that may hold personal information it does not announce:
 * every part that looks like an ID number or a phone number is masked wherever it stands.
 */
public final class Masking {
  /** An 18-character resident ID number (17 digits and a check character) inside any text. */
  private static final Pattern ID_IN_TEXT = Pattern.compile("(?<!\\d)\\d{17}[\\dXx](?![\\dXx])");

  private Masking() {}

  /** The masked form of a value of the given kind; empty input stays empty. */
  public static String mask(Pii kind, String clear) {
    if (clear == null || clear.isEmpty()) {
      return clear;
    }
    return switch (kind) {
      case NAME -> maskName(clear);
      case ID_NUMBER -> keep(clear, 6, 4);
      case PHONE -> keep(clear, 3, 4);
    };
  }

  /**
   * The text with every ID-number-like and phone-like part masked (as {@link #mask} masks them);
   * null stays null.
   */
  public static String maskLookalikes(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String ids = replace(ID_IN_TEXT, text, id -> mask(Pii.ID_NUMBER, id.toUpperCase(Locale.ROOT)));
    return replace(Phones.IN_TEXT, ids, phone -> mask(Pii.PHONE, Phones.canonical(phone)));
  }

  /**
   * A text as it may be shown or stored outside the protected raw area: masked as the given kind of
   * personal information when it is (or may be) one, else with its lookalikes masked.
   */
  public static String forDisplay(Optional<Pii> kind, String text) {
    if (text == null) {
      return null;
    }
    return kind.isPresent() ? mask(kind.get(), text.trim()) : maskLookalikes(text);
  }

  private static String replace(
      Pattern p, String text, java.util.function.UnaryOperator<String> masked) {
    Matcher m = p.matcher(text);
    if (!m.find()) {
      return text;
    }
    StringBuilder sb = new StringBuilder();
    do {
      m.appendReplacement(sb, Matcher.quoteReplacement(masked.apply(m.group())));
    } while (m.find());
    return m.appendTail(sb).toString();
  }

  private static String maskName(String name) {
    int first = name.offsetByCodePoints(0, 1);
    int rest = name.codePointCount(first, name.length());
    return name.substring(0, first) + "*".repeat(Math.max(1, rest));
  }

  /** Keeps the first {@code head} and last {@code tail} characters, stars in between. */
  private static String keep(String s, int head, int tail) {
    if (s.length() <= head + tail) {
      // too short to show anything safely
      return "*".repeat(s.length());
    }
    return s.substring(0, head)
        + "*".repeat(s.length() - head - tail)
        + s.substring(s.length() - tail);
  }
}
