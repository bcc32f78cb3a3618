package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.util.List;

/**
 * Every user-facing message of the ingest, in one place: each says what is wrong, naming the file
 * (and for a row its column), and how to fix it. None quotes a value that may be personal: row
 * problems show values as {@code Masking.forDisplay} does, file problems show no cell at all.
 */
public final class IngestErrors {
  private IngestErrors() {}

  static ExportFileException badFileName(String file) {
    return new ExportFileException(
        Reason.BAD_FILE_NAME,
        file
            + ": the name must be {town}_{YYYY-MM}_{record_type}.csv or .xlsx"
            + " (e.g. 凫山街道_2026-10_proxy_cases.csv); rename the file and ingest it again");
  }

  static ExportFileException unknownRecordType(String file, String type) {
    return new ExportFileException(
        Reason.UNKNOWN_RECORD_TYPE,
        file
            + ": '"
            + type
            + "' is not a record type; use one of proxy_cases, petitions,"
            + " expense_vouchers, deliberations, disputes, suggestions, democratic_reviews,"
            + " disclosures");
  }

  static ExportFileException unknownTownInName(String file, String town) {
    return new ExportFileException(
        Reason.UNKNOWN_TOWN,
        file + ": '" + town + "' is not one of the 16 towns (by code or Chinese name)");
  }

  static ExportFileException undecodable(String file, int offset) {
    return new ExportFileException(
        Reason.UNDECODABLE,
        file
            + ": the bytes are neither UTF-8 nor GB18030 (first bad byte near offset "
            + offset
            + "); save the file again as CSV UTF-8 or as XLSX");
  }

  static ExportFileException emptyFile(String file) {
    return new ExportFileException(
        Reason.EMPTY_FILE,
        file + ": the file is empty (0 bytes or blank lines only); send the month's records");
  }

  /** A file with a header and no data row: not a delivery, unless it withdraws one on purpose. */
  static ExportFileException headerOnly(String file, ParsedFile.Replaced current) {
    return new ExportFileException(
        Reason.EMPTY_FILE,
        file
            + ": the file holds a header but no data row, and an empty file is no delivery"
            + (current == null
                ? "; send the month's records"
                : "; it would replace the "
                    + current.rowsLoaded()
                    + " rows of "
                    + current.file()
                    + " with nothing. To withdraw all of them on purpose, ingest it again with"
                    + " --allow-empty-redelivery"));
  }

  /** A re-delivery of which no row can be loaded, while the delivery it replaces has rows. */
  static ExportFileException emptyRedelivery(
      String file, int rowsRead, ParsedFile.Replaced current) {
    return new ExportFileException(
        Reason.EMPTY_REDELIVERY,
        file
            + ": none of its "
            + rowsRead
            + " rows can be loaded, so it would delete all "
            + current.rowsLoaded()
            + " rows of "
            + current.file()
            + "; the earlier delivery stays. Correct the rows and send the file again, or, to"
            + " withdraw every record on purpose, ingest it with --allow-empty-redelivery");
  }

  /**
   * Any failure no rule foresaw: its kind and place only, never its message (it may quote data).
   */
  static ExportFileException parseFailed(String file, Throwable e) {
    StackTraceElement[] where = e.getStackTrace();
    return new ExportFileException(
        Reason.PARSE_FAILED,
        file
            + ": the file could not be parsed ("
            + e.getClass().getSimpleName()
            + (where.length == 0
                ? ""
                : " at "
                    + where[0].getClassName().replaceAll(".*\\.", "")
                    + "."
                    + where[0].getMethodName()
                    + ":"
                    + where[0].getLineNumber())
            + ") and was rejected; the run went on. Save it again as CSV UTF-8 or XLSX, or send it"
            + " to the warehouse team");
  }

  /** Which tables of a workbook were read, and which were not (no header of the record type). */
  static String sheetsRead(String recordType, List<String> read, List<String> unread) {
    return "read "
        + read.size()
        + " sheet(s): "
        + String.join(", ", read)
        + (unread.isEmpty()
            ? ""
            : "; not read, no header of " + recordType + " in them: " + String.join(", ", unread));
  }

  /** A cell the reader could not read faithfully (an unclosed quote, a formula's missing value). */
  static Problem unreadableCell(String column, RawRow.Defect d, String shown) {
    String fix =
        d.reason() == Reason.UNTERMINATED_QUOTE
            ? "close the quote (a quote inside a value is written twice) and send the file again"
            : "open the file in Excel or WPS, let it calculate (F9), save and send it again";
    return new Problem(
        column, d.reason(), column + " '" + shown + "': " + d.detail() + "; " + fix, shown);
  }

  /** Values past the header's last column: an unquoted comma or a shifted row. */
  static Problem tooManyCells(int cell, int headerWidth, String shown) {
    String column = "column " + (cell + 1);
    return new Problem(
        column,
        Reason.TOO_MANY_CELLS,
        column
            + " '"
            + shown
            + "': the header has "
            + headerWidth
            + " columns, so the row's values have shifted (an unquoted comma in a value?);"
            + " quote the value or remove the extra cells",
        shown);
  }

  /** The second row of a business key in one file. */
  static Problem duplicateKey(String column, String key, String firstRow) {
    return new Problem(
        column,
        Reason.DUPLICATE_KEY,
        "business key " + key + " already appeared in row " + firstRow + " of this file",
        key);
  }

  /** A backup, temporary or hidden file: listed in the manifest, never read. */
  static ExportFileException skippedName(String file, String part) {
    return new ExportFileException(
        Reason.SKIPPED_NAME,
        file
            + ": not read, '"
            + part
            + "' names a backup, temporary or hidden file or folder (starting with . _ or ~$);"
            + " move the file out of it and rename it if it is a delivery");
  }

  /** Something named like an export that is no regular file: never opened. */
  static ExportFileException notARegularFile(String file, String what) {
    return new ExportFileException(
        Reason.NOT_A_REGULAR_FILE,
        file + ": not read, it is " + what + ", not a regular file; copy the export itself here");
  }

  /** A symbolic link leading out of the input folder: not followed. */
  static ExportFileException linkOutOfInbox(String file) {
    return new ExportFileException(
        Reason.LINK_OUT_OF_INBOX,
        file
            + ": not read, it is a symbolic link leading out of the input folder; copy the export"
            + " itself into the folder");
  }

  /** A file beyond the size cap. */
  static ExportFileException fileTooLarge(String file, long size, long cap) {
    return new ExportFileException(
        Reason.FILE_TOO_LARGE,
        file
            + ": not read, "
            + size
            + " bytes is more than the cap of "
            + cap
            + " bytes for one export; split it by month and record type");
  }

  /** A file that could not be read, or not within the timeout. */
  static ExportFileException readFailed(String file, String what) {
    return new ExportFileException(
        Reason.READ_FAILED, file + ": could not be read (" + what + "); copy it again and rerun");
  }

  static ExportFileException unreadableXlsx(String file, String cause) {
    return new ExportFileException(
        Reason.UNREADABLE_XLSX,
        file
            + ": not a readable XLSX workbook ("
            + cause
            + "); the file may be truncated,"
            + " send it again");
  }

  static ExportFileException noHeader(String file, String recordType) {
    return new ExportFileException(
        Reason.NO_HEADER,
        file
            + ": no row among the first 20 holds the headers of "
            + recordType
            + " (Chinese or English names)");
  }

  static ExportFileException missingColumns(String file, List<String> columns) {
    return new ExportFileException(
        Reason.MISSING_COLUMN,
        file + ": required column(s) missing from the header: " + String.join(", ", columns));
  }

  /** The PII key is not configured and the input is not the shipped synthetic sample. */
  public static IllegalStateException missingPiiKey() {
    return new IllegalStateException(
        "no pseudonymisation key: set WAREHOUSE_PII_KEY (at least 16 characters) or"
            + " WAREHOUSE_PII_KEY_FILE (a file outside the repository holding the key);"
            + " personal data is never stored in clear text. Only synthetic data may use the"
            + " public sample key: pass --sample to say that the input is synthetic");
  }

  /** A sample marker that no longer speaks for its folder: files were added, changed or removed. */
  public static IllegalStateException sampleMarkerStale(String marker) {
    return new IllegalStateException(
        marker
            + " marks its folder as the generated synthetic sample, but the folder no longer"
            + " holds exactly what was generated (its checksum differs), so the public sample key"
            + " is not used: real data may have been added. Set WAREHOUSE_PII_KEY, or pass"
            + " --sample if every file there is synthetic");
  }

  /** Both the sample key and a key file were asked for. */
  public static IllegalArgumentException sampleAndKeyFile() {
    return new IllegalArgumentException(
        "--sample (the public sample key) and --pii-key-file exclude each other; choose one");
  }

  /** The input folder does not exist. */
  public static IllegalArgumentException inputNotFound(String input) {
    return new IllegalArgumentException("input folder not found: " + input);
  }
}
