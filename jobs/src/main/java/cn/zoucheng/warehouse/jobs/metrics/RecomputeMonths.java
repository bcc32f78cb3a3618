package cn.zoucheng.warehouse.jobs.metrics;

import java.time.YearMonth;
import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which months a metrics run must recompute after an ingest touched some (record type, month)
 * pairs: a month's figures depend on its own facts, its 环比 on the month before, its 同比 on the same
 * month a year before, and its year to date on every earlier month of its year.
 *
 * <pre>{@code
 * SortedSet<YearMonth> months =
 *     RecomputeMonths.after(List.of(new Touched("proxy_cases", YearMonth.of(2025, 10))),
 *         YearMonth.of(2026, 10));
 * // 2025-10, 2025-11, 2025-12, 2026-10
 * MetricsRun.run(spark, layout, months.first(), months.last(), runId);
 * }</pre>
 */
public final class RecomputeMonths {
  private RecomputeMonths() {}

  /** A month of a record type whose facts or deliveries an ingest changed. */
  public record Touched(String recordType, YearMonth month) {}

  /**
   * The months whose figures can change, up to {@code lastMonth} (the data's last month): each
   * touched month, the month after it (环比), the rest of its year (year to date) and the same month
   * a year later (同比). Vouchers enter the metrics of the month they are reviewed or posted in,
   * which follows the month they were incurred in, so a voucher month also touches the next one.
   */
  public static SortedSet<YearMonth> after(Collection<Touched> touched, YearMonth lastMonth) {
    SortedSet<YearMonth> out = new TreeSet<>();
    for (Touched t : touched) {
      add(out, t.month(), lastMonth);
      if (t.recordType().equals("expense_vouchers")) {
        add(out, t.month().plusMonths(1), lastMonth);
      }
    }
    return Collections.unmodifiableSortedSet(out);
  }

  private static void add(SortedSet<YearMonth> out, YearMonth m, YearMonth lastMonth) {
    for (YearMonth x = m; x.getYear() == m.getYear(); x = x.plusMonths(1)) {
      keep(out, x, lastMonth);
    }
    keep(out, m.plusMonths(1), lastMonth);
    keep(out, m.plusMonths(12), lastMonth);
  }

  private static void keep(SortedSet<YearMonth> out, YearMonth m, YearMonth lastMonth) {
    if (!m.isAfter(lastMonth)) {
      out.add(m);
    }
  }
}
