package cn.zoucheng.warehouse.schemas;

import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.metrics.Scope;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The status words and codes the warehouse stores, for SQL texts: a shipped query writes {@code
 * {{SubmissionStatus.MISSING}}} where it means the stored word, and {@link #expand} puts the quoted
 * literal ({@code '未报送'}) in its place, so that the words live only in their enums.
 *
 * <pre>{@code
 * SqlLiterals.expand("WHERE status = {{FileStatus.REJECTED}}");  // WHERE status = 'REJECTED'
 * }</pre>
 */
public final class SqlLiterals {
  private static final Pattern TOKEN = Pattern.compile("\\{\\{(\\w+\\.\\w+)}}");
  private static final Map<String, String> WORDS = words();

  private SqlLiterals() {}

  /** The SQL text with every {@code {{Enum.CONSTANT}}} replaced by its quoted literal. */
  public static String expand(String sql) {
    Matcher m = TOKEN.matcher(sql);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String word = WORDS.get(m.group(1));
      if (word == null) {
        throw new IllegalArgumentException("unknown SQL literal {{" + m.group(1) + "}}");
      }
      m.appendReplacement(out, Matcher.quoteReplacement("'" + word.replace("'", "''") + "'"));
    }
    return m.appendTail(out).toString();
  }

  private static Map<String, String> words() {
    Map<String, String> w = new LinkedHashMap<>();
    for (FileStatus s : FileStatus.values()) {
      w.put("FileStatus." + s.name(), s.name());
    }
    for (SubmissionStatus s : SubmissionStatus.values()) {
      w.put("SubmissionStatus." + s.name(), s.label());
    }
    for (TargetStatus s : TargetStatus.values()) {
      w.put("TargetStatus." + s.name(), s.label());
    }
    for (Scope s : Scope.values()) {
      w.put("Scope." + s.name(), s.code());
    }
    return Map.copyOf(w);
  }
}
