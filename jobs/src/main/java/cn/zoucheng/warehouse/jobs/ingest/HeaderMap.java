package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the header row of an export (under any title rows) and maps its cells to the record type's
 * fields, by Chinese or English name, in any order. Unknown headers are extra columns.
 */
final class HeaderMap {
  private static final int SEARCH_ROWS = 20;

  private final int headerIndex;
  private final int[] fieldColumn;
  private final Map<String, Integer> extraColumns;

  private HeaderMap(int headerIndex, int[] fieldColumn, Map<String, Integer> extraColumns) {
    this.headerIndex = headerIndex;
    this.fieldColumn = fieldColumn;
    this.extraColumns = extraColumns;
  }

  /** Locates the header among the first rows, or throws a file-level error. */
  static HeaderMap locate(String file, RecordSchema schema, List<RawRow> rows) {
    Map<String, Integer> names = new HashMap<>();
    List<Field> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      names.put(normalise(fields.get(i).chineseHeader()), i);
      names.put(normalise(fields.get(i).name()), i);
    }
    int best = -1;
    int bestHits = 0;
    for (int r = 0; r < Math.min(SEARCH_ROWS, rows.size()); r++) {
      int hits = 0;
      for (String cell : rows.get(r).cells()) {
        if (cell != null && names.containsKey(normalise(cell))) {
          hits++;
        }
      }
      if (hits > bestHits) {
        best = r;
        bestHits = hits;
      }
    }
    if (best < 0 || bestHits < Math.min(2, fields.size())) {
      throw IngestErrors.noHeader(file, schema.name());
    }
    int[] fieldColumn = new int[fields.size()];
    java.util.Arrays.fill(fieldColumn, -1);
    Map<String, Integer> extra = new LinkedHashMap<>();
    List<String> header = rows.get(best).cells();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c) == null ? "" : header.get(c).trim();
      Integer f = names.get(normalise(h));
      if (f != null && fieldColumn[f] < 0) {
        fieldColumn[f] = c;
      } else if (!h.isEmpty()) {
        extra.put(h, c);
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fieldColumn[i] < 0 && fields.get(i).isRequired()) {
        missing.add(fields.get(i).chineseHeader() + " (" + fields.get(i).name() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw IngestErrors.missingColumns(file, missing);
    }
    return new HeaderMap(best, fieldColumn, extra);
  }

  /** Index of the header row in the file's rows. */
  int headerIndex() {
    return headerIndex;
  }

  /** Column index of the i-th field of the schema, or -1 when the file lacks it. */
  int column(int field) {
    return fieldColumn[field];
  }

  /** Headers the contract does not know, with their column index. */
  Map<String, Integer> extraColumns() {
    return extraColumns;
  }

  /** Header text as compared: trimmed, full-width brackets made half-width, lower case. */
  static String normalise(String h) {
    return h.replace("\uFEFF", "")
        .replace('（', '(')
        .replace('）', ')')
        .replaceAll("\\s+", "")
        .toLowerCase(Locale.ROOT);
  }
}
