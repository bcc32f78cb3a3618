package cn.zoucheng.warehouse.schemas.metrics;

import java.util.Arrays;
import java.util.Optional;

/** How a town delivered one record type of one month, as the submissions table stores it. */
public enum SubmissionStatus {
  /** Delivered once, by the deadline. */
  ON_TIME("按时"),
  /** Delivered once, after the deadline. */
  LATE("逾期"),
  /** Delivered more than once (a corrected file). */
  RESUBMITTED("补报"),
  /** No readable file. */
  MISSING("未报送");

  private final String label;

  SubmissionStatus(String label) {
    this.label = label;
  }

  /** The word the table stores and the bulletins print. */
  public String label() {
    return label;
  }

  /** The status a stored label stands for. */
  public static Optional<SubmissionStatus> ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }
}
