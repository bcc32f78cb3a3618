package cn.zoucheng.warehouse.jobs.ingest;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the first sheet of an XLSX export as Excel or WPS writes it. Date cells become {@code
 * YYYY-MM-DD}, whole numbers lose Excel's {@code .0}, formulas give their cached value.
 */
final class XlsxExportReader {
  private XlsxExportReader() {}

  static List<RawRow> read(String file, byte[] bytes) {
    try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (wb.getNumberOfSheets() == 0) {
        throw IngestErrors.emptyFile(file);
      }
      Sheet sheet = wb.getSheetAt(0);
      List<RawRow> rows = new ArrayList<>();
      for (Row row : sheet) {
        List<String> cells = new ArrayList<>();
        short last = row.getLastCellNum();
        for (int i = 0; i < last; i++) {
          cells.add(text(row.getCell(i)));
        }
        rows.add(new RawRow(row.getRowNum() + 1, cells));
      }
      return rows;
    } catch (ExportFileException e) {
      throw e;
    } catch (Exception | LinkageError e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    }
  }

  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type =
        cell.getCellType() == CellType.FORMULA
            ? cell.getCachedFormulaResultType()
            : cell.getCellType();
    return switch (type) {
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue() ? "true" : "false";
      case NUMERIC -> {
        if (DateUtil.isCellDateFormatted(cell)) {
          LocalDateTime dt = cell.getLocalDateTimeCellValue();
          yield dt == null ? "" : dt.toLocalDate().toString();
        }
        yield BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      }
      default -> "";
    };
  }
}
