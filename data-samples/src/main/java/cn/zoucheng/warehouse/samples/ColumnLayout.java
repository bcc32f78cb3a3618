package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns of one file in the order written, with their header texts.
 *
 * @param fieldIndexes indexes into the schema's fields, in file order
 * @param headers the header texts, or {@code null} for a file without a header row
 */
record ColumnLayout(List<Integer> fieldIndexes, List<String> headers) {

  /** The layout a town uses for a record type: its header language and column order. */
  static ColumnLayout of(RecordSchema schema, TownStyle style, long seed) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < schema.fields().size(); i++) {
      order.add(i);
    }
    if (style.shuffledColumns()) {
      Draw d = Draw.of(seed, "columns", style.town().code(), schema.name());
      for (int i = order.size() - 1; i > 0; i--) {
        int j = d.between(0, i);
        order.set(i, order.set(j, order.get(i)));
      }
    }
    List<String> headers = new ArrayList<>();
    for (int i : order) {
      Field f = schema.fields().get(i);
      headers.add(style.englishHeaders() ? f.name() : f.chineseHeader());
    }
    return new ColumnLayout(List.copyOf(order), List.copyOf(headers));
  }

  /** This layout without the given field's column. */
  ColumnLayout without(RecordSchema schema, String fieldName) {
    List<Integer> idx = new ArrayList<>();
    List<String> hs = new ArrayList<>();
    for (int k = 0; k < fieldIndexes.size(); k++) {
      if (!schema.fields().get(fieldIndexes.get(k)).name().equals(fieldName)) {
        idx.add(fieldIndexes.get(k));
        hs.add(headers.get(k));
      }
    }
    return new ColumnLayout(List.copyOf(idx), List.copyOf(hs));
  }

  /** This layout with no header row. */
  ColumnLayout withoutHeader() {
    return new ColumnLayout(fieldIndexes, null);
  }
}
