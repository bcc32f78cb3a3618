package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data rows of an export exactly as sent, by field name: for audits and tests (such as checking
 * that no clear personal value reached the warehouse), never for loading.
 */
public final class RawExport {
  private RawExport() {}

  /** The rows of a readable export file, each field name to its text as sent. */
  public static List<Map<String, String>> rows(String file, byte[] bytes, ReferenceData ref) {
    ExportFileName name = ExportFileName.parse(file, ref);
    List<Sheet> sheets =
        name.format().equals("xlsx")
            ? XlsxExportReader.read(file, bytes)
            : List.of(CsvExportReader.read(TextDecoder.decode(file, bytes).text()));
    RecordSchema schema = name.schema();
    List<Map<String, String>> out = new ArrayList<>();
    for (Sheet sheet : sheets) {
      if (sheet.isBlank()) {
        continue;
      }
      HeaderMap header = HeaderMap.locate(file, schema, sheet.rows());
      for (RawRow row : sheet.rows().subList(header.headerIndex() + 1, sheet.rows().size())) {
        Map<String, String> m = new LinkedHashMap<>();
        List<Field> fields = schema.fields();
        for (int i = 0; i < fields.size(); i++) {
          if (header.column(i) >= 0) {
            m.put(fields.get(i).name(), row.cell(header.column(i)));
          }
        }
        out.add(m);
      }
    }
    return out;
  }
}
