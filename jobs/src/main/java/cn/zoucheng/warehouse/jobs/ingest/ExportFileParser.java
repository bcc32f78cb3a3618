package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import cn.zoucheng.warehouse.schemas.values.Masking;
import java.io.Serializable;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns one export file's bytes into a {@link ParsedFile}: name, encoding, format, header, then
 * every data row validated. Every data row ends either valid or quarantined; a file that cannot be
 * read at all is rejected with its reason. Pure Java, so it runs the same on a Spark executor.
 */
public final class ExportFileParser implements Serializable {
  private static final long serialVersionUID = 1L;

  private final ReferenceData reference;
  private final Pseudonymizer pseudonymizer;
  private final String runId;

  /** A parser for one run. */
  public ExportFileParser(ReferenceData reference, Pseudonymizer pseudonymizer, String runId) {
    this.reference = reference;
    this.pseudonymizer = pseudonymizer;
    this.runId = runId;
  }

  /** Parses a file given its path relative to the input folder, its receipt date and its bytes. */
  public ParsedFile parse(String file, LocalDate receivedOn, byte[] bytes) {
    String fileName = file.substring(file.lastIndexOf('/') + 1);
    String sha = sha256(bytes);
    ExportFileName name = null;
    String format = fileName.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
    String encoding = null;
    try {
      name = ExportFileName.parse(file, reference);
      if (bytes.length == 0) {
        throw IngestErrors.emptyFile(file);
      }
      List<RawRow> rows;
      if (name.format().equals("xlsx")) {
        encoding = "xlsx";
        rows = XlsxExportReader.read(file, bytes);
      } else {
        TextDecoder.Decoded d = TextDecoder.decode(file, bytes);
        encoding = d.encoding();
        rows = CsvExportReader.read(d.text());
      }
      if (rows.stream().allMatch(RawRow::isBlank)) {
        throw IngestErrors.emptyFile(file);
      }
      return readRows(file, fileName, name, receivedOn, sha, encoding, rows);
    } catch (ExportFileException e) {
      return new ParsedFile(
          file,
          fileName,
          name,
          receivedOn,
          sha,
          format,
          encoding,
          0,
          0,
          0,
          List.of(),
          List.of(),
          e.reason(),
          e.getMessage());
    }
  }

  private ParsedFile readRows(
      String file,
      String fileName,
      ExportFileName name,
      LocalDate receivedOn,
      String sha,
      String encoding,
      List<RawRow> rows) {
    RecordSchema schema = name.schema();
    HeaderMap header = HeaderMap.locate(file, schema, rows);
    RowValidator validator =
        new RowValidator(schema, reference, pseudonymizer, name.townCode(), name.month());
    List<Field> fields = schema.fields();
    List<Object[]> valid = new ArrayList<>();
    List<Object[]> quarantined = new ArrayList<>();
    Map<String, Integer> firstRowOfKey = new HashMap<>();
    int read = 0;
    for (RawRow row : rows.subList(header.headerIndex() + 1, rows.size())) {
      if (row.isBlank() || isTotalsRow(row)) {
        continue;
      }
      read++;
      List<String> texts = new ArrayList<>(fields.size());
      for (int i = 0; i < fields.size(); i++) {
        int c = header.column(i);
        texts.add(c < 0 ? null : row.cell(c));
      }
      RowValidator.Result r = validator.validate(texts);
      Problem problem = r.problem();
      if (problem == null) {
        String key = businessKey(schema, r.values());
        Integer first = firstRowOfKey.putIfAbsent(key, row.rowNumber());
        if (first != null) {
          problem =
              new Problem(
                  schema.businessKey().get(0),
                  Reason.DUPLICATE_KEY,
                  "business key " + key + " already appeared in row " + first + " of this file",
                  key);
        }
      }
      if (problem == null) {
        valid.add(deliveryRow(name, file, row, r, header));
      } else {
        quarantined.add(quarantineRow(name, file, row.rowNumber(), problem, fields, texts));
      }
    }
    return new ParsedFile(
        file,
        fileName,
        name,
        receivedOn,
        sha,
        name.format(),
        encoding,
        read,
        valid.size(),
        quarantined.size(),
        valid,
        quarantined,
        null,
        null);
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

  private Object[] deliveryRow(
      ExportFileName name, String file, RawRow row, RowValidator.Result r, HeaderMap header) {
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
    header
        .extraColumns()
        .forEach(
            (h, c) -> {
              if (!row.cell(c).isBlank()) {
                extra.put(h, row.cell(c));
              }
            });
    out[p] = extra.isEmpty() ? null : Json.object(extra);
    return out;
  }

  private Object[] quarantineRow(
      ExportFileName name,
      String file,
      int rowNumber,
      Problem p,
      List<Field> fields,
      List<String> texts) {
    Map<String, String> raw = new LinkedHashMap<>();
    for (int i = 0; i < fields.size(); i++) {
      Field f = fields.get(i);
      String t = texts.get(i);
      if (t != null) {
        raw.put(f.name(), f.piiKind().map(k -> Masking.mask(k, t.trim())).orElse(t));
      }
    }
    return new Object[] {
      file,
      rowNumber,
      p.column(),
      p.reason().name(),
      p.reason().chinese(),
      file + " row " + rowNumber + ": " + p.message(),
      p.rawValue(),
      Json.object(raw),
      runId,
      name.recordType(),
      name.month().toString(),
      name.townCode()
    };
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
