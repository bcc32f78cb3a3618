package cn.zoucheng.warehouse.jobs.ingest;

import java.util.List;

/**
 * The rows of one table of an export: a CSV file's records, or one sheet of a workbook. A
 * workbook's every sheet is a table; those without the record type's header are not read.
 */
record Sheet(String name, int index, List<RawRow> rows, Layout layout) {

  /** How a table's rows end. */
  enum Layout {
    /** Each row carries every cell its line has: a row shorter than the header is shifted. */
    DELIMITED,
    /** Rows end at their last written cell (XLSX): a shorter row just has empty cells. */
    GRID
  }

  /** Whether every row is blank. */
  boolean isBlank() {
    return rows.stream().allMatch(RawRow::isBlank);
  }

  /** How a message names the table: nothing for a CSV or a workbook's first sheet. */
  String label() {
    return index == 0 ? "" : " (sheet " + (index + 1) + " '" + name + "')";
  }
}
