package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.schemas.values.Formulas;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints query results as an aligned text table (Chinese characters count as two columns, as a
 * terminal shows them; numbers right-aligned) or as CSV, where a cell a spreadsheet would run as a
 * formula is written as text.
 */
final class TablePrinter {
  private TablePrinter() {}

  static void table(
      PrintStream out, List<String> header, List<List<String>> rows, List<Boolean> numeric) {
    int[] w = new int[header.size()];
    for (int i = 0; i < w.length; i++) {
      w[i] = width(header.get(i));
      for (List<String> r : rows) {
        w[i] = Math.max(w[i], width(r.get(i)));
      }
    }
    out.println(line(header, w, List.of()));
    StringBuilder sep = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      sep.append(i == 0 ? "" : "-+-").append("-".repeat(w[i]));
    }
    out.println(sep);
    for (List<String> r : rows) {
      out.println(line(r, w, numeric));
    }
    out.printf("(%d row%s)%n", rows.size(), rows.size() == 1 ? "" : "s");
  }

  private static String line(List<String> cells, int[] w, List<Boolean> numeric) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      String c = cells.get(i);
      String pad = " ".repeat(w[i] - width(c));
      sb.append(i == 0 ? "" : " | ");
      boolean right = i < numeric.size() && numeric.get(i);
      sb.append(right ? pad + c : c + pad);
    }
    return sb.toString().stripTrailing();
  }

  static void csv(PrintStream out, List<String> header, List<List<String>> rows) {
    out.println(csvLine(header));
    for (List<String> r : rows) {
      out.println(csvLine(r));
    }
  }

  /** One CSV line: formulas neutralised ({@link Formulas}), then RFC 4180 quoting. */
  private static String csvLine(List<String> cells) {
    List<String> quoted = new ArrayList<>();
    for (String c : cells) {
      String v = c == null ? "" : Formulas.neutralise(c);
      quoted.add(
          v.matches(".*[\",\\n\\r].*") || v.contains("\n")
              ? "\"" + v.replace("\"", "\"\"") + "\""
              : v);
    }
    return String.join(",", quoted);
  }

  /** Display width: East Asian wide characters take two columns. */
  static int width(String s) {
    int w = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = s.codePointAt(i);
      i += Character.charCount(cp);
      w += isWide(cp) ? 2 : 1;
    }
    return w;
  }

  private static boolean isWide(int cp) {
    return cp >= 0x1100
        && (cp <= 0x115F
            || cp == 0x2329
            || cp == 0x232A
            || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
            || (cp >= 0xAC00 && cp <= 0xD7A3)
            || (cp >= 0xF900 && cp <= 0xFAFF)
            || (cp >= 0xFE30 && cp <= 0xFE4F)
            || (cp >= 0xFF00 && cp <= 0xFF60)
            || (cp >= 0xFFE0 && cp <= 0xFFE6)
            || (cp >= 0x20000 && cp <= 0x3FFFD));
  }
}
