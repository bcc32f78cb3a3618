package cn.zoucheng.warehouse.reports.warehouse;

import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import java.time.LocalDate;
import java.util.Optional;

/** What the towns delivered for the month, as the metrics job recorded it. */
public final class Deliveries {
  private Deliveries() {}

  /**
   * One row of {@code submissions}: a town's delivery of a record type due for the month (a type
   * not due that month, such as 民主管理 outside January and July, has no row).
   */
  public record Submission(
      String townCode,
      String recordType,
      String status,
      LocalDate deadline,
      LocalDate firstReceived,
      LocalDate lastReceived) {

    /** The stored status. */
    public Optional<SubmissionStatus> submissionStatus() {
      return SubmissionStatus.ofLabel(status);
    }

    /** Whether a readable file arrived. */
    public boolean delivered() {
      return submissionStatus().filter(s -> s != SubmissionStatus.MISSING).isPresent();
    }
  }

  /** One row of {@code voucher_breaches}. */
  public record Breach(
      String townCode,
      String villageCode,
      String voucherId,
      double amount,
      LocalDate postedOn,
      String rules) {}

  /** One row of {@code file_quality}. */
  public record FileQuality(
      String townCode,
      String recordType,
      String status,
      String rejectReason,
      long rowsRead,
      long rowsLoaded,
      long rowsQuarantined,
      String topReasons) {}
}
