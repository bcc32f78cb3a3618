package cn.zoucheng.warehouse.reports.warehouse;

import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.util.Optional;

/**
 * One row of the {@code metrics} view: a figure of a place and month with its comparisons, rank and
 * status against the year's target, as the metrics job stored them.
 */
public record Figure(
    String period,
    String scope,
    String townCode,
    String villageCode,
    String metric,
    Double numerator,
    Double denominator,
    Double value,
    Double prevValue,
    Double yoyValue,
    Double ytdNumerator,
    Double ytdDenominator,
    Double ytdValue,
    Integer rank,
    Integer ranked,
    Double target,
    Double warningAt,
    String status,
    String ytdStatus) {

  static final String COLUMNS =
      "period, scope, town_code, village_code, metric, numerator, denominator, value,"
          + " prev_value, yoy_value, ytd_numerator, ytd_denominator, ytd_value, rank, ranked,"
          + " target, warning_at, status, ytd_status";

  static Figure read(Columns r) throws java.sql.SQLException {
    return new Figure(
        r.text("period"),
        r.text("scope"),
        r.code("town_code"),
        r.code("village_code"),
        r.text("metric"),
        r.number("numerator"),
        r.number("denominator"),
        r.number("value"),
        r.number("prev_value"),
        r.number("yoy_value"),
        r.number("ytd_numerator"),
        r.number("ytd_denominator"),
        r.number("ytd_value"),
        r.integer("rank"),
        r.integer("ranked"),
        r.number("target"),
        r.number("warning_at"),
        r.text("status"),
        r.text("ytd_status"));
  }

  /** The month's status, if the figure has one. */
  public Optional<TargetStatus> monthStatus() {
    return TargetStatus.ofLabel(status);
  }

  /** The year to date's status, if the figure has one. */
  public Optional<TargetStatus> yearStatus() {
    return TargetStatus.ofLabel(ytdStatus);
  }
}
