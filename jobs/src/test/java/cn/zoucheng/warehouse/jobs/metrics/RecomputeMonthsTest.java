package cn.zoucheng.warehouse.jobs.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.jobs.metrics.RecomputeMonths.Touched;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecomputeMonthsTest {

  @Test
  void aPastMonthTouchesTheNextMonthTheRestOfItsYearAndTheSameMonthAYearLater() {
    assertThat(
            RecomputeMonths.after(
                List.of(new Touched("proxy_cases", YearMonth.of(2025, 10))),
                YearMonth.of(2026, 10)))
        .containsExactly(
            YearMonth.of(2025, 10),
            YearMonth.of(2025, 11),
            YearMonth.of(2025, 12),
            YearMonth.of(2026, 10));
  }

  @Test
  void decemberTouchesTheNextJanuaryForItsPreviousMonth() {
    assertThat(
            RecomputeMonths.after(
                List.of(new Touched("disputes", YearMonth.of(2025, 12))), YearMonth.of(2027, 1)))
        .containsExactly(YearMonth.of(2025, 12), YearMonth.of(2026, 1), YearMonth.of(2026, 12));
  }

  @Test
  void staysWithinTheDataAndMergesOverlaps() {
    assertThat(
            RecomputeMonths.after(
                List.of(
                    new Touched("petitions", YearMonth.of(2026, 9)),
                    new Touched("proxy_cases", YearMonth.of(2026, 10))),
                YearMonth.of(2026, 10)))
        .containsExactly(YearMonth.of(2026, 9), YearMonth.of(2026, 10));
  }

  @Test
  void voucherMonthsAlsoTouchTheMonthOfReview() {
    assertThat(
            RecomputeMonths.after(
                List.of(new Touched("expense_vouchers", YearMonth.of(2026, 11))),
                YearMonth.of(2028, 1)))
        .containsExactly(
            YearMonth.of(2026, 11),
            YearMonth.of(2026, 12),
            YearMonth.of(2027, 1),
            YearMonth.of(2027, 11),
            YearMonth.of(2027, 12));
  }

  @Test
  void nothingTouchedNothingToDo() {
    assertThat(RecomputeMonths.after(List.of(), YearMonth.of(2026, 10))).isEmpty();
  }
}
