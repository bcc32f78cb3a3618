package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;

/** A whole export file could not be read; it is rejected with a reason and the run goes on. */
public final class ExportFileException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Reason reason;

  ExportFileException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the file was rejected. */
  public Reason reason() {
    return reason;
  }
}
