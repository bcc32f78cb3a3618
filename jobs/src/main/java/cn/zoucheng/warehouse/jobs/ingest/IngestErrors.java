package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.util.List;

/**
 * Every user-facing message of the ingest, in one place: each says what is wrong, naming the file,
 * and how to fix it.
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
        Reason.EMPTY_FILE, file + ": the file is empty (0 bytes or no rows at all)");
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
            + " personal data is never stored in clear text, and only the shipped synthetic"
            + " samples may use the built-in sample key");
  }

  /** The input folder does not exist. */
  public static IllegalArgumentException inputNotFound(String input) {
    return new IllegalArgumentException("input folder not found: " + input);
  }
}
