package cn.zoucheng.warehouse.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The formats a report is written in. */
public enum OutputFormat {
  PDF("pdf"),
  XLSX("xlsx"),
  HTML("html");

  private final String extension;

  OutputFormat(String extension) {
    this.extension = extension;
  }

  public String extension() {
    return extension;
  }

  /** Parses {@code pdf,xlsx,html}; names the unknown one. */
  public static Set<OutputFormat> parse(String list) {
    EnumSet<OutputFormat> out = EnumSet.noneOf(OutputFormat.class);
    for (String s : list.split(",")) {
      String t = s.trim().toLowerCase(Locale.ROOT);
      if (t.isEmpty()) {
        continue;
      }
      out.add(
          Arrays.stream(values())
              .filter(f -> f.extension.equals(t))
              .findFirst()
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format '" + s.trim() + "': expected pdf, xlsx or html")));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no format given: expected pdf, xlsx or html");
    }
    return out;
  }

  /** The formats in their declared order. */
  public static List<OutputFormat> ordered(Set<OutputFormat> formats) {
    List<OutputFormat> l = new ArrayList<>(formats);
    l.sort(null);
    return l;
  }
}
