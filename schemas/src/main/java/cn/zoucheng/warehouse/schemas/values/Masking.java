package cn.zoucheng.warehouse.schemas.values;

import cn.zoucheng.warehouse.schemas.types.Pii;

/** The masked display forms of personal information: {@code 张*}, {@code 138****5678}, … */
public final class Masking {
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
