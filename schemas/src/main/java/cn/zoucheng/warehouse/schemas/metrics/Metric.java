package cn.zoucheng.warehouse.schemas.metrics;

import java.util.Objects;

/**
 * One metric of {@code METRICS.md}.
 *
 * @param code stable code, e.g. {@code proxy_completion_rate}
 * @param label Chinese label as {@code METRICS.md} gives it, e.g. {@code 办结率}
 * @param columnLabel heading of the metric's column in the wide views, unique among all metrics
 * @param unit what the value measures
 * @param direction which way is better
 * @param recordType the record type whose facts it is computed from
 * @param definition one line saying how it is computed
 */
public record Metric(
    String code,
    String label,
    String columnLabel,
    MetricUnit unit,
    MetricDirection direction,
    String recordType,
    String definition) {

  public Metric {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(columnLabel, "columnLabel");
    Objects.requireNonNull(unit, "unit");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(recordType, "recordType");
    Objects.requireNonNull(definition, "definition");
  }

  /** Whether the value is a numerator over a denominator (rates, means, ratios). */
  public boolean hasDenominator() {
    return unit == MetricUnit.RATE || unit == MetricUnit.DAYS || unit == MetricUnit.RATIO;
  }
}
