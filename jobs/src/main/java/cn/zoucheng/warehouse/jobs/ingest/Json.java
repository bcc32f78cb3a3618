package cn.zoucheng.warehouse.jobs.ingest;

import java.util.Map;

/** Writes small flat JSON objects of strings, for the raw-row and extra-column fields. */
final class Json {
  private Json() {}

  static String object(Map<String, String> entries) {
    StringBuilder sb = new StringBuilder("{");
    for (Map.Entry<String, String> e : entries.entrySet()) {
      if (sb.length() > 1) {
        sb.append(',');
      }
      string(sb, e.getKey()).append(':');
      string(sb, e.getValue() == null ? "" : e.getValue());
    }
    return sb.append('}').toString();
  }

  private static StringBuilder string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"');
  }
}
