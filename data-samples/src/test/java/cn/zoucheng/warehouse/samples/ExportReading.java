package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.types.Field;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** A small reader of generated exports for tests: rows as English field name to text. */
final class ExportReading {
  private ExportReading() {}

  /** One data row with its physical row number. */
  record DataRow(int row, Map<String, String> values) {
    String get(String field) {
      return values.getOrDefault(field, "");
    }
  }

  /** The record type a file name ends with. */
  static RecordSchema schemaOf(Path file) {
    String name = file.getFileName().toString().replaceAll("\\.(csv|xlsx)$", "");
    return ExportCatalog.ALL.stream()
        .filter(s -> name.endsWith("_" + s.name()))
        .findFirst()
        .orElseThrow();
  }

  /** The data rows of a file (CSV in any of the three encodings, or XLSX). */
  static List<DataRow> read(Path file) throws IOException {
    List<List<String>> records = file.toString().endsWith(".xlsx") ? xlsx(file) : csv(file);
    RecordSchema schema = schemaOf(file);
    Map<String, String> byHeader = new HashMap<>();
    for (Field f : schema.fields()) {
      byHeader.put(f.name(), f.name());
      byHeader.put(f.chineseHeader(), f.name());
    }
    int header = -1;
    for (int i = 0; i < records.size() && header < 0; i++) {
      if (records.get(i).stream().filter(byHeader::containsKey).count() >= 3) {
        header = i;
      }
    }
    List<String> names = new ArrayList<>();
    for (String h : records.get(header)) {
      names.add(byHeader.get(h));
    }
    List<DataRow> rows = new ArrayList<>();
    for (int i = header + 1; i < records.size(); i++) {
      List<String> cells = records.get(i);
      if (!cells.isEmpty() && "合计".equals(cells.get(0))) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      for (int k = 0; k < names.size(); k++) {
        values.put(names.get(k), k < cells.size() ? cells.get(k) : "");
      }
      rows.add(new DataRow(i + 1, values));
    }
    return rows;
  }

  private static List<List<String>> xlsx(Path file) throws IOException {
    List<List<String>> out = new ArrayList<>();
    DataFormatter text = new DataFormatter();
    try (InputStream in = Files.newInputStream(file);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheetAt(0);
      for (int r = 0; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
          Cell cell = row.getCell(c);
          if (cell == null) {
            cells.add("");
          } else if (cell.getCellType() == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            cells.add(cell.getLocalDateTimeCellValue().toLocalDate().toString());
          } else {
            cells.add(text.formatCellValue(cell));
          }
        }
        out.add(cells);
      }
    }
    return out;
  }

  private static List<List<String>> csv(Path file) throws IOException {
    String text = decode(Files.readAllBytes(file));
    List<List<String>> out = new ArrayList<>();
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          cell.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          cell.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        cells.add(cell.toString());
        cell.setLength(0);
      } else if (c == '\n') {
        cells.add(cell.toString());
        cell.setLength(0);
        out.add(cells);
        cells = new ArrayList<>();
      } else if (c != '\r') {
        cell.append(c);
      }
    }
    return out;
  }

  /** UTF-8 (BOM stripped) when valid, else GB18030. */
  static String decode(byte[] bytes) throws CharacterCodingException {
    try {
      String s = strict(StandardCharsets.UTF_8, bytes);
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      return strict(Charset.forName("GB18030"), bytes);
    }
  }

  static String strict(Charset cs, byte[] bytes) throws CharacterCodingException {
    return cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }
}
