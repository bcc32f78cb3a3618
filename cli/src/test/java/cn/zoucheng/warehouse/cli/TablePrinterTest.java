package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablePrinterTest {
  static String csv(List<String> header, List<List<String>> rows) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TablePrinter.csv(new PrintStream(out, true, StandardCharsets.UTF_8), header, rows);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void csvWritesFormulasAsTextAndNumbersAsNumbers() {
    String out =
        csv(
            List.of("=cmd", "值"),
            List.of(
                List.of("=HYPERLINK(\"http://x.example\",\"点击\")", "-12.50"),
                List.of("@SUM(1+1)", "+cmd|' /C calc'!A0"),
                List.of("\t-1+1", "张三,李四")));
    assertThat(out.split("\r?\n"))
        .containsExactly(
            "'=cmd,值",
            "\"'=HYPERLINK(\"\"http://x.example\"\",\"\"点击\"\")\",-12.50",
            "'@SUM(1+1),'+cmd|' /C calc'!A0",
            "'\t-1+1,\"张三,李四\"");
  }
}
