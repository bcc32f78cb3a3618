package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Headers;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the header row of an export (under any title rows) and maps its cells to the record type's
 * fields, by Chinese or English name, in any order. A header that means personal information the
 * contract spells otherwise ({@code 身份证号码} for {@code 身份证号}, see {@link Headers}) fills its field
 * when the file lacks the field's own header. Other headers are extra columns; those that mean
 * personal information (and second copies of a personal field's header) keep that meaning, so their
 * values are never kept in clear.
 */
final class HeaderMap {
  private static final int SEARCH_ROWS = 20;

  /**
   * A column the contract does not know: its unique key, its index, what personal data it holds.
   */
  record Extra(String key, int column, Optional<Pii> pii) {}

  private final int headerIndex;
  private final int width;
  private final int headerCells;
  private final int[] fieldColumn;
  private final List<Extra> extraColumns;
  private final Map<Integer, Pii> piiColumns;

  private HeaderMap(
      int headerIndex,
      int width,
      int headerCells,
      int[] fieldColumn,
      List<Extra> extraColumns,
      Map<Integer, Pii> piiColumns) {
    this.headerIndex = headerIndex;
    this.width = width;
    this.headerCells = headerCells;
    this.fieldColumn = fieldColumn;
    this.extraColumns = extraColumns;
    this.piiColumns = piiColumns;
  }

  /** Locates the header among the first rows, or throws a file-level error. */
  static HeaderMap locate(String file, RecordSchema schema, List<RawRow> rows) {
    Map<String, Integer> names = new HashMap<>();
    List<Field> fields = schema.fields();
    for (int i = 0; i < fields.size(); i++) {
      names.put(Headers.normalise(fields.get(i).chineseHeader()), i);
      names.put(Headers.normalise(fields.get(i).name()), i);
    }
    int best = -1;
    int bestHits = 0;
    for (int r = 0; r < Math.min(SEARCH_ROWS, rows.size()); r++) {
      int hits = 0;
      for (String cell : rows.get(r).cells()) {
        if (cell != null && names.containsKey(Headers.normalise(cell))) {
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
    RawRow headerRow = rows.get(best);
    List<String> header = new ArrayList<>();
    for (int c = 0; c <= headerRow.lastFilledCell(); c++) {
      header.add(headerRow.cell(c).trim());
    }
    int[] fieldColumn = new int[fields.size()];
    Arrays.fill(fieldColumn, -1);
    Map<Integer, Optional<Pii>> unmapped = new LinkedHashMap<>();
    for (int c = 0; c < header.size(); c++) {
      Integer f = names.get(Headers.normalise(header.get(c)));
      if (f != null && fieldColumn[f] < 0) {
        fieldColumn[f] = c;
      } else if (!header.get(c).isEmpty()) {
        unmapped.put(
            c, f != null ? fields.get(f).piiKind() : Headers.personalMeaning(header.get(c)));
      }
    }
    fillPersonalFieldsFromOtherSpellings(fields, fieldColumn, unmapped);
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < fields.size(); i++) {
      if (fieldColumn[i] < 0 && fields.get(i).isRequired()) {
        missing.add(fields.get(i).chineseHeader() + " (" + fields.get(i).name() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw IngestErrors.missingColumns(file, missing);
    }
    Map<Integer, Pii> pii = new HashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      int column = fieldColumn[i];
      fields.get(i).piiKind().filter(k -> column >= 0).ifPresent(k -> pii.put(column, k));
    }
    List<Extra> extra = new ArrayList<>();
    unmapped.forEach(
        (c, kind) -> {
          // the n-th cell of a header text is keyed "text (n)", the first by the text alone
          long n = header.subList(0, c + 1).stream().filter(header.get(c)::equals).count();
          extra.add(new Extra(header.get(c) + (n == 1 ? "" : " (" + n + ")"), c, kind));
          kind.ifPresent(k -> pii.put(c, k));
        });
    return new HeaderMap(
        best,
        header.size(),
        headerRow.cells().size(),
        fieldColumn,
        List.copyOf(extra),
        Map.copyOf(pii));
  }

  /** A personal field the file lacks takes the first extra column that means its kind. */
  private static void fillPersonalFieldsFromOtherSpellings(
      List<Field> fields, int[] fieldColumn, Map<Integer, Optional<Pii>> unmapped) {
    for (int i = 0; i < fields.size(); i++) {
      Optional<Pii> kind = fields.get(i).piiKind();
      if (kind.isEmpty() || fieldColumn[i] >= 0) {
        continue;
      }
      for (Map.Entry<Integer, Optional<Pii>> e : unmapped.entrySet()) {
        if (e.getValue().equals(kind)) {
          fieldColumn[i] = e.getKey();
          unmapped.remove(e.getKey());
          break;
        }
      }
    }
  }

  /** Index of the header row in the table's rows. */
  int headerIndex() {
    return headerIndex;
  }

  /** Number of header cells, up to the last one filled. */
  int width() {
    return width;
  }

  /** Column index of the i-th field of the schema, or -1 when the file lacks it. */
  int column(int field) {
    return fieldColumn[field];
  }

  /** The columns the contract does not know, in file order. */
  List<Extra> extraColumns() {
    return extraColumns;
  }

  /**
   * How far a row's cells may have moved against the header: for a delimited row, how many cells
   * more (or fewer) than the header row it has; for a grid row, how far its values reach past the
   * header's last column.
   */
  int shift(RawRow row, Sheet.Layout layout) {
    return layout == Sheet.Layout.DELIMITED
        ? row.cells().size() - headerCells
        : Math.max(0, row.lastFilledCell() + 1 - width);
  }

  /** Whether a row has values past the header's last named column. */
  boolean overflows(RawRow row) {
    return row.lastFilledCell() + 1 > width;
  }

  /**
   * The personal information a cell of a row may hold: that of its header column or, in a row
   * shifted by {@code shift} cells, that of any column its value may have come from.
   */
  Optional<Pii> personalData(int cell, int shift) {
    for (int from = cell - Math.max(0, shift); from <= cell - Math.min(0, shift); from++) {
      Pii kind = piiColumns.get(from);
      if (kind != null) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
