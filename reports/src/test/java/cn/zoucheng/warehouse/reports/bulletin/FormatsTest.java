package cn.zoucheng.warehouse.reports.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import org.junit.jupiter.api.Test;

/** The bulletins' numbers and words, worked out by hand. */
class FormatsTest {
  static final Metric ACCEPTED = Activity.metric("proxy_accepted");
  static final Metric COMPLETION = Activity.metric("proxy_completion_rate");
  static final Metric DAYS = Activity.metric("proxy_avg_days");
  static final Metric AMOUNT = Activity.metric("vouchers_rejected_amount");
  static final Metric YOY = Activity.metric("petitions_livelihood_yoy");

  @Test
  void valuesCarryTheirUnitAndThousandsSeparators() {
    assertThat(Formats.value(ACCEPTED, 2513)).isEqualTo("2,513件");
    assertThat(Formats.value(COMPLETION, 2481.0 / 2513)).isEqualTo("98.7%");
    assertThat(Formats.value(DAYS, 3.25)).isEqualTo("3.3天");
    // tables print the yuan, prose from 10,000 yuan on the 万元 (issue 13)
    assertThat(Formats.bare(AMOUNT, 1234567.891)).isEqualTo("1,234,567.89");
    assertThat(Formats.value(AMOUNT, 1234567.891)).isEqualTo("123.46万元");
    assertThat(Formats.value(YOY, -0.346)).isEqualTo("下降34.6%");
    assertThat(Formats.value(YOY, 0.1)).isEqualTo("上升10.0%");
    assertThat(Formats.value(YOY, 0.0)).isEqualTo("持平");
  }

  @Test
  void ratesRoundHalfUpAtATenthOfAPercentLikeTheTablesPrintThem() {
    // 0.9865 * 100 is 98.64999... in binary: the printed figure must still be 98.7 (half-up on
    // the decimal), the same as the table cell that holds Formats.rounded(RATE, 0.9865) = 0.987.
    assertThat(Formats.percent(0.9865)).isEqualTo("98.7%");
    assertThat(Formats.rounded(MetricUnit.RATE, 0.9865)).isEqualTo(0.987);
    assertThat(Formats.percent(0.98649)).isEqualTo("98.6%");
    assertThat(Formats.bare(COMPLETION, 1.0)).isEqualTo("100.0%");
    assertThat(Formats.bare(YOY, 0.1)).isEqualTo("+10.0%");
    assertThat(Formats.bare(YOY, -0.1)).isEqualTo("-10.0%");
    assertThat(Formats.bare(YOY, 0.0)).isEqualTo("+0.0%");
    assertThat(Formats.bare(ACCEPTED, 2513.4)).isEqualTo("2,513");
  }

  @Test
  void workbookCellsShowWhatBareSays() {
    // the workbook holds Formats.rounded(...) under Formats.excelFormat(...), whose section for
    // values from zero up, read as a Java pattern, prints what the PDF prints
    for (Metric m : MetricCatalog.ALL) {
      for (double v : new double[] {0, 0.1, 0.9865, 2513.4, 1234567.891, 3.25}) {
        java.text.DecimalFormat f =
            new java.text.DecimalFormat(
                Formats.excelFormat(m.unit()).split(";")[0],
                java.text.DecimalFormatSymbols.getInstance(java.util.Locale.ROOT));
        assertThat(f.format(Formats.rounded(m.unit(), v)))
            .as(m.code() + " " + v)
            .isEqualTo(Formats.bare(m, v));
      }
    }
  }

  @Test
  void largeAmountsAreSaidInWanYuan() {
    assertThat(Formats.value(AMOUNT, 8345.67)).isEqualTo("8,345.67元");
    assertThat(Formats.value(AMOUNT, 12345.67)).isEqualTo("1.23万元");
    assertThat(Formats.value(AMOUNT, 345678.9)).isEqualTo("34.57万元");
  }

  @Test
  void changesOfRatesAreInPercentagePointsOfThePrintedFigures() {
    assertThat(Formats.change(COMPLETION, 0.987, 0.984)).isEqualTo("上升0.3个百分点");
    assertThat(Formats.change(COMPLETION, 0.975, 0.987)).isEqualTo("下降1.2个百分点");
    // printed 98.6% and 98.7%: the change says what a reader computes from the printed figures
    assertThat(Formats.change(COMPLETION, 0.98649, 0.98651)).isEqualTo("下降0.1个百分点");
    assertThat(Formats.change(COMPLETION, 0.98701, 0.98699)).isEqualTo("持平");
    assertThat(Formats.change(YOY, -0.346, -0.2)).isEqualTo("下降14.6个百分点");
  }

  @Test
  void changesOfCountsSumsAndDaysAreInTheirUnit() {
    assertThat(Formats.change(ACCEPTED, 2513, 2501)).isEqualTo("增加12件");
    assertThat(Formats.change(ACCEPTED, 2501, 2513)).isEqualTo("减少12件");
    assertThat(Formats.change(ACCEPTED, 5, 5)).isEqualTo("持平");
    assertThat(Formats.change(AMOUNT, 1000.5, 2200.5)).isEqualTo("减少1,200.00元");
    assertThat(Formats.change(DAYS, 3.2, 3.7)).isEqualTo("缩短0.5天");
    assertThat(Formats.change(DAYS, 3.7, 3.2)).isEqualTo("延长0.5天");
  }

  @Test
  void arrowsAreTheShortFormOfTheChange() {
    assertThat(Formats.arrow(COMPLETION, 0.987, 0.999)).isEqualTo("↓1.2");
    assertThat(Formats.arrow(ACCEPTED, 2513, 1200)).isEqualTo("↑1,313");
    assertThat(Formats.arrow(ACCEPTED, 7, 7)).isEqualTo("持平");
  }

  @Test
  void everyCountedMetricHasAMeasureWordAndEveryUnitAPattern() {
    for (Metric m : MetricCatalog.ALL) {
      assertThat(Formats.measureWord(m)).as(m.code()).isNotNull();
      if (m.unit() == MetricUnit.COUNT) {
        assertThat(Formats.measureWord(m)).as(m.code()).isNotEmpty();
      }
    }
    assertThat(Formats.MEASURE_WORDS.keySet())
        .allSatisfy(code -> assertThat(Activity.metric(code).unit()).isEqualTo(MetricUnit.COUNT));
    for (MetricUnit u : MetricUnit.values()) {
      assertThat(Formats.excelFormat(u)).isNotBlank();
      assertThat(Formats.excelChangeFormat(u)).endsWith("\"持平\"");
    }
  }
}
