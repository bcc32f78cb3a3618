package cn.zoucheng.warehouse.schemas.metrics;

import java.util.Arrays;
import java.util.Optional;

/** Status of a figure against the year's target, as the metrics table stores it (its label). */
public enum TargetStatus {
  /** At or beyond the target. */
  MET("达标"),
  /** Between the warning threshold and the target. */
  WARNING("预警"),
  /** Beyond the warning threshold the wrong way. */
  MISSED("未达标");

  private final String label;

  TargetStatus(String label) {
    this.label = label;
  }

  /** The word the tables store and the bulletins print: 达标, 预警 or 未达标. */
  public String label() {
    return label;
  }

  /** The status a stored label stands for; empty for none (no target, no value). */
  public static Optional<TargetStatus> ofLabel(String label) {
    return Arrays.stream(values()).filter(s -> s.label.equals(label)).findFirst();
  }
}
