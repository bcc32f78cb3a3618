package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.Pii;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import cn.zoucheng.warehouse.schemas.values.Masking;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The data rows of one file's tables, each ending valid (a deliveries row) or quarantined (a
 * quarantine row) and counted once. Personal values leave here only pseudonymised or masked: the
 * fields and extra columns that hold them, and in a row whose cells have shifted against the
 * header, every cell a personal value may have moved into; other text only with its ID-number-like
 * and phone-like parts masked.
 */
final class TableRows {
  private final String file;
  private final ExportFileName name;
  private final String runId;
  private final Pseudonymizer pseudonymizer;
  private final RowValidator validator;
  private final List<Field> fields;
  private final List<Object[]> valid = new ArrayList<>();
  private final List<Object[]> quarantined = new ArrayList<>();
  private final Map<String, String> firstRowOfKey = new HashMap<>();
  private int read;

  TableRows(
      String file,
      ExportFileName name,
      String runId,
      Pseudonymizer pseudonymizer,
      RowValidator validator) {
    this.file = file;
    this.name = name;
    this.runId = runId;
    this.pseudonymizer = pseudonymizer;
    this.validator = validator;
    this.fields = name.schema().fields();
  }

  /** Reads the data rows of a table under its header. */
  void read(Sheet sheet, HeaderMap header) {
    List<RawRow> rows = sheet.rows();
    for (RawRow row : rows.subList(header.headerIndex() + 1, rows.size())) {
      if (row.isBlank() || isTotalsRow(row)) {
        continue;
      }
      read++;
      int shift = header.shift(row, sheet.layout());
      List<String> texts = new ArrayList<>(fields.size());
      List<Optional<Pii>> personal = new ArrayList<>(fields.size());
      for (int i = 0; i < fields.size(); i++) {
        int c = header.column(i);
        texts.add(c < 0 ? null : row.cell(c));
        personal.add(c < 0 ? fields.get(i).piiKind() : header.personalData(c, shift));
      }
      Problem problem = shapeProblem(row, header, shift);
      RowValidator.Result r = problem == null ? validator.validate(texts, personal) : null;
      if (r != null) {
        problem = r.problem() != null ? r.problem() : duplicate(row, sheet, r.values());
      }
      if (problem == null) {
        valid.add(deliveryRow(row, r, header, shift));
      } else {
        quarantined.add(quarantineRow(row, sheet, problem, texts, personal));
      }
    }
  }

  int rowsRead() {
    return read;
  }

  List<Object[]> valid() {
    return valid;
  }

  List<Object[]> quarantined() {
    return quarantined;
  }

  /** A cell the reader could not read, or values past the header's last column. */
  private Problem shapeProblem(RawRow row, HeaderMap header, int shift) {
    RawRow.Defect d = row.defect();
    if (d != null && d.cell() < header.width()) {
      String shown = Masking.forDisplay(header.personalData(d.cell(), shift), row.cell(d.cell()));
      return IngestErrors.unreadableCell(columnName(header, d.cell()), d, shown);
    }
    if (header.overflows(row)) {
      int c = header.width();
      while (row.cell(c).isBlank()) {
        c++;
      }
      String shown = Masking.forDisplay(header.personalData(c, shift), row.cell(c));
      return IngestErrors.tooManyCells(c, header.width(), shown);
    }
    return null;
  }

  /** The field name of a header column, or its header text for an extra column. */
  private String columnName(HeaderMap header, int cell) {
    for (int i = 0; i < fields.size(); i++) {
      if (header.column(i) == cell) {
        return fields.get(i).name();
      }
    }
    return header.extraColumns().stream()
        .filter(e -> e.column() == cell)
        .map(HeaderMap.Extra::key)
        .findFirst()
        .orElse("column " + (cell + 1));
  }

  private Problem duplicate(RawRow row, Sheet sheet, Object[] values) {
    RecordSchema schema = name.schema();
    String key = businessKey(schema, values);
    String first = firstRowOfKey.putIfAbsent(key, row.rowNumber() + sheet.label());
    return first == null
        ? null
        : IngestErrors.duplicateKey(schema.businessKey().get(0), key, first);
  }

  /** A row whose first or second cell is 合计/总计 is the spreadsheet's totals line, not data. */
  private static boolean isTotalsRow(RawRow row) {
    int seen = 0;
    for (String c : row.cells()) {
      if (c == null || c.isBlank()) {
        continue;
      }
      String t = c.replaceAll("\\s+", "");
      if (t.startsWith("合计") || t.startsWith("总计")) {
        return true;
      }
      if (++seen == 2) {
        return false;
      }
    }
    return false;
  }

  private static String businessKey(RecordSchema schema, Object[] values) {
    StringBuilder sb = new StringBuilder();
    int pos = 0;
    for (Field f : schema.fields()) {
      if (schema.businessKey().contains(f.name())) {
        if (sb.length() > 0) {
          sb.append('/');
        }
        sb.append(values[pos]);
      }
      pos += f.columns().size();
    }
    return sb.toString();
  }

  private Object[] deliveryRow(RawRow row, RowValidator.Result r, HeaderMap header, int shift) {
    Object[] v = r.values();
    Object[] out = new Object[v.length + 6];
    System.arraycopy(v, 0, out, 0, v.length);
    int p = v.length;
    out[p++] = name.month().toString();
    out[p++] = file;
    out[p++] = row.rowNumber();
    out[p++] = runId;
    out[p++] = r.monthOfRecord();
    Map<String, String> extra = new LinkedHashMap<>();
    for (HeaderMap.Extra e : header.extraColumns()) {
      String value = row.cell(e.column());
      if (value.isBlank()) {
        continue;
      }
      Optional<Pii> kind = header.personalData(e.column(), shift);
      if (kind.isPresent()) {
        Pii k = kind.get();
        extra.put(e.key(), Masking.mask(k, Pseudonymizer.normalise(k, value)));
        extra.put(e.key() + "（假名）", pseudonymizer.pseudonym(k, value));
      } else {
        extra.put(e.key(), Masking.maskLookalikes(value));
      }
    }
    out[p] = extra.isEmpty() ? null : Json.object(extra);
    return out;
  }

  private Object[] quarantineRow(
      RawRow row, Sheet sheet, Problem p, List<String> texts, List<Optional<Pii>> personal) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      if (texts.get(i) != null) {
        raw.put(fields.get(i).name(), Masking.forDisplay(personal.get(i), texts.get(i)));
      }
    }
    return new Object[] {
      file,
      row.rowNumber(),
      p.column(),
      p.reason().name(),
      p.reason().chinese(),
      file + " row " + row.rowNumber() + sheet.label() + ": " + Masking.maskLookalikes(p.message()),
      Masking.maskLookalikes(p.rawValue()),
      Json.object(raw),
      runId,
      name.recordType(),
      name.month().toString(),
      name.townCode()
    };
  }
}
