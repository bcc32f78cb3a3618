package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One record as generated, before a town's style renders it: values in the schema's field order,
 * typed ({@code LocalDate}, {@code YearMonth}, {@code Boolean}, {@code Long}, {@code BigDecimal},
 * reference records, {@link Raw} text written verbatim) or {@code null} for an empty cell.
 */
final class ExportRow {
  private static final Map<RecordSchema, Map<String, Integer>> INDEX = new ConcurrentHashMap<>();

  private final RecordSchema schema;
  private final Object[] values;

  ExportRow(RecordSchema schema) {
    this(schema, new Object[schema.fields().size()]);
  }

  private ExportRow(RecordSchema schema, Object[] values) {
    this.schema = schema;
    this.values = values;
  }

  /** Text written into the cell exactly as given, whatever the town's style. */
  record Raw(String text) {}

  RecordSchema schema() {
    return schema;
  }

  ExportRow set(String field, Object value) {
    values[index(field)] = value;
    return this;
  }

  Object get(String field) {
    return values[index(field)];
  }

  Object get(int fieldIndex) {
    return values[fieldIndex];
  }

  LocalDate date(String field) {
    return (LocalDate) get(field);
  }

  /** The value of the first business-key field, as an identity for sorting. */
  String key() {
    Object v = get(schema.businessKey().get(0));
    return v == null ? "" : v.toString();
  }

  ExportRow copy() {
    return new ExportRow(schema, Arrays.copyOf(values, values.length));
  }

  List<Field> fields() {
    return schema.fields();
  }

  private int index(String field) {
    Integer i = INDEX.computeIfAbsent(schema, ExportRow::indexOf).get(field);
    if (i == null) {
      throw new IllegalArgumentException(schema.name() + " has no field " + field);
    }
    return i;
  }

  private static Map<String, Integer> indexOf(RecordSchema s) {
    Map<String, Integer> m = new HashMap<>();
    for (int i = 0; i < s.fields().size(); i++) {
      m.put(s.fields().get(i).name(), i);
    }
    return m;
  }
}
