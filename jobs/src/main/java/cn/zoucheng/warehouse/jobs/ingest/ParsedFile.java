package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * Everything one export file gave: its manifest facts, its valid rows (deliveries-table order) and
 * its quarantined rows (quarantine-table order). A rejected (or skipped) file has a reason and no
 * rows; a read file may carry a note in {@code message} (which sheets were read). {@code replaced}
 * is the delivery a loaded file replaced, once the run has decided it.
 */
public record ParsedFile(
    String file,
    String fileName,
    ExportFileName name,
    LocalDate receivedOn,
    String sha256,
    String format,
    String encoding,
    int rowsRead,
    int rowsLoaded,
    int rowsQuarantined,
    List<Object[]> validRows,
    List<Object[]> quarantinedRows,
    Reason rejectReason,
    String message,
    Replaced replaced)
    implements Serializable {

  /** The earlier delivery of the same town, month and record type that a file replaced. */
  public record Replaced(String file, int rowsLoaded) implements Serializable {}

  /** A file rejected whole (or skipped) for the exception's reason; name and hash when known. */
  static ParsedFile rejected(
      String file,
      ExportFileName name,
      LocalDate receivedOn,
      String sha256,
      String encoding,
      ExportFileException e) {
    return new ParsedFile(
        file,
        fileName(file),
        name,
        receivedOn,
        sha256,
        formatOf(file),
        encoding,
        0,
        0,
        0,
        List.of(),
        List.of(),
        e.reason(),
        e.getMessage(),
        null);
  }

  /** A file whose every data row was read: loaded or quarantined. */
  static ParsedFile read(
      String file,
      ExportFileName name,
      LocalDate receivedOn,
      String sha256,
      String encoding,
      int rowsRead,
      List<Object[]> valid,
      List<Object[]> quarantined,
      String note) {
    return new ParsedFile(
        file,
        fileName(file),
        name,
        receivedOn,
        sha256,
        name.format(),
        encoding,
        rowsRead,
        valid.size(),
        quarantined.size(),
        valid,
        quarantined,
        null,
        note,
        null);
  }

  /** Whether the file was read (its rows loaded or quarantined) rather than rejected whole. */
  public boolean isRead() {
    return rejectReason == null;
  }

  /** This file's facts without its rows, for the driver's decisions. */
  public ParsedFile withoutRows() {
    return copy(List.of(), List.of(), replaced);
  }

  /** This file's facts and its quarantined rows, without the rows it loads. */
  ParsedFile withoutValidRows() {
    return copy(List.of(), quarantinedRows, replaced);
  }

  /** This file, recorded as having replaced an earlier delivery. */
  ParsedFile replacing(Replaced earlier) {
    return copy(validRows, quarantinedRows, earlier);
  }

  private ParsedFile copy(List<Object[]> valid, List<Object[]> quarantined, Replaced earlier) {
    return new ParsedFile(
        file,
        fileName,
        name,
        receivedOn,
        sha256,
        format,
        encoding,
        rowsRead,
        rowsLoaded,
        rowsQuarantined,
        valid,
        quarantined,
        rejectReason,
        message,
        earlier);
  }

  /** This file rejected whole after all, for a reason of the run (not of its bytes). */
  ParsedFile rejectedAs(ExportFileException e) {
    return rejected(file, name, receivedOn, sha256, encoding, e);
  }

  private static String fileName(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  private static String formatOf(String file) {
    return file.toLowerCase(Locale.ROOT).endsWith(".xlsx") ? "xlsx" : "csv";
  }
}
