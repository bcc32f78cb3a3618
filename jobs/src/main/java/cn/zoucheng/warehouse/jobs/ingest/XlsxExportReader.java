package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads every sheet of an XLSX export as Excel or WPS writes it. Date cells become {@code
 * YYYY-MM-DD}, whole numbers lose Excel's {@code .0}, formulas give their saved result. A formula
 * without a saved result, or an error value such as {@code #DIV/0!}, is a defect of its cell, never
 * a 0; a date cell holding no valid Excel date gives its number, which no date rule accepts.
 */
final class XlsxExportReader {
  private XlsxExportReader() {}

  /**
   * Every sheet's rows. A file that does not open as a workbook is {@code UNREADABLE_XLSX}; a
   * failure while reading an opened one (a corrupt cell) propagates, and the parser rejects the
   * file for it.
   */
  static List<Sheet> read(String file, byte[] bytes) {
    try (XSSFWorkbook wb = open(file, bytes)) {
      if (wb.getNumberOfSheets() == 0) {
        throw IngestErrors.emptyFile(file);
      }
      List<Sheet> sheets = new ArrayList<>();
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        XSSFSheet sheet = wb.getSheetAt(s);
        List<RawRow> rows = new ArrayList<>();
        for (Row row : sheet) {
          rows.add(row(row));
        }
        sheets.add(new Sheet(sheet.getSheetName(), s, rows, Sheet.Layout.GRID));
      }
      return sheets;
    } catch (IOException e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    }
  }

  private static XSSFWorkbook open(String file, byte[] bytes) {
    try {
      return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    } catch (Exception | LinkageError e) {
      throw IngestErrors.unreadableXlsx(file, e.getClass().getSimpleName());
    }
  }

  private static RawRow row(Row row) {
    List<String> cells = new ArrayList<>();
    RawRow.Defect defect = null;
    for (int i = 0; i < row.getLastCellNum(); i++) {
      Cell cell = row.getCell(i);
      String problem = cell == null ? null : problem(cell);
      if (problem != null) {
        defect =
            defect == null ? new RawRow.Defect(i, Reason.FORMULA_WITHOUT_VALUE, problem) : defect;
        cells.add(
            cell.getCellType() == CellType.FORMULA ? "=" + cell.getCellFormula() : error(cell));
      } else {
        cells.add(text(cell));
      }
    }
    return new RawRow(row.getRowNum() + 1, cells, defect);
  }

  /** What is wrong with a cell that has no value to give, or null when it has one. */
  private static String problem(Cell cell) {
    if (cell.getCellType() == CellType.FORMULA) {
      if (!((XSSFCell) cell).getCTCell().isSetV()) {
        return "the formula has no saved result (the workbook was never calculated)";
      }
      if (cell.getCachedFormulaResultType() == CellType.ERROR) {
        return "the formula's result is the error " + error(cell);
      }
    } else if (cell.getCellType() == CellType.ERROR) {
      return "the cell holds the error " + error(cell);
    }
    return null;
  }

  private static String error(Cell cell) {
    try {
      return FormulaError.forInt(cell.getErrorCellValue()).getString();
    } catch (IllegalArgumentException e) {
      return "#" + cell.getErrorCellValue();
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
        double v = cell.getNumericCellValue();
        if (DateUtil.isCellDateFormatted(cell) && DateUtil.isValidExcelDate(v)) {
          LocalDateTime dt = cell.getLocalDateTimeCellValue();
          yield dt == null ? number(v) : dt.toLocalDate().toString();
        }
        yield number(v);
      }
      default -> "";
    };
  }

  /** A number as text; NaN and infinities (which Excel never writes) as Java spells them. */
  private static String number(double v) {
    return Double.isFinite(v)
        ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
        : Double.toString(v);
  }
}
