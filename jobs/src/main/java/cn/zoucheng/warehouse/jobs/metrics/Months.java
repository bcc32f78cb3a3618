package cn.zoucheng.warehouse.jobs.metrics;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** Month arithmetic on the {@code YYYY-MM} strings the warehouse partitions by. */
final class Months {
  private Months() {}

  /** The months from {@code from} to {@code to}, both included. */
  static List<YearMonth> range(YearMonth from, YearMonth to) {
    List<YearMonth> out = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      out.add(m);
    }
    return out;
  }

  /** The Spark SQL expression of the month {@code n} months after the {@code YYYY-MM} column. */
  static String shifted(String column, int n) {
    return "date_format(add_months(to_date(concat(" + column + ", '-01')), " + n + "), 'yyyy-MM')";
  }
}
