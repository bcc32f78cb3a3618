package cn.zoucheng.warehouse.reports.warehouse;

import java.sql.SQLException;

/**
 * One row of the {@code demonstration} view: the demonstration villages, or the others, summed for
 * a metric, the month and the year to date.
 */
public record GroupFigure(
    String metric,
    boolean demonstration,
    Integer villages,
    Double value,
    Integer ytdVillages,
    Double ytdNumerator,
    Double ytdDenominator,
    Double ytdValue) {

  static GroupFigure read(Columns r) throws SQLException {
    return new GroupFigure(
        r.text("metric"),
        r.flag("demonstration"),
        r.integer("villages"),
        r.number("value"),
        r.integer("ytd_villages"),
        r.number("ytd_numerator"),
        r.number("ytd_denominator"),
        r.number("ytd_value"));
  }
}
