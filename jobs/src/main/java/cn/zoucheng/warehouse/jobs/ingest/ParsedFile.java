package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * Everything one export file gave: its manifest facts, its valid rows (deliveries-table order) and
 * its quarantined rows (quarantine-table order). A rejected file has a reason and no rows.
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
    String message)
    implements Serializable {

  /** Whether the file was read (its rows loaded or quarantined) rather than rejected whole. */
  public boolean isRead() {
    return rejectReason == null;
  }

  /** This file's facts without its rows, for the driver's decisions. */
  public ParsedFile withoutRows() {
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
        List.of(),
        List.of(),
        rejectReason,
        message);
  }
}
