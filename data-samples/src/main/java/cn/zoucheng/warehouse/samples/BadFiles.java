package cn.zoucheng.warehouse.samples;

import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;

/**
 * Files the ingest must reject whole, one or more per file-level {@link Reason}, spread over a few
 * inbox folders. Their names use months before the sample, so they never displace a real file.
 */
final class BadFiles {
  private final ExportFiles files;
  private final Expectations expected;
  private final List<TownStyle> styles;
  private final List<YearMonth> months;
  private final BiFunction<TownStyle, RecordSchema, List<ExportRow>> sampleRows;

  BadFiles(
      ExportFiles files,
      Expectations expected,
      List<TownStyle> styles,
      List<YearMonth> months,
      BiFunction<TownStyle, RecordSchema, List<ExportRow>> sampleRows) {
    this.files = files;
    this.expected = expected;
    this.styles = styles;
    this.months = months;
    this.sampleRows = sampleRows;
  }

  /** Writes every bad file. */
  void writeAll() throws IOException {
    YearMonth before = months.get(0).minusMonths(1);
    String m1 = before.toString();
    String m2 = before.minusMonths(1).toString();
    TownStyle fushan = style("凫山街道");
    csv(
        0,
        "凫山街道" + before.getMonthValue() + "月台账.csv",
        fushan,
        ExportCatalog.PROXY_CASES,
        Reason.BAD_FILE_NAME);
    csv(
        1,
        "凫山街道_" + months.get(months.size() - 1).getYear() + "-13_proxy_cases.csv",
        fushan,
        ExportCatalog.PROXY_CASES,
        Reason.BAD_FILE_NAME);
    csv(
        2,
        "凫山街道_" + m1 + "_meetings.csv",
        fushan,
        ExportCatalog.DELIBERATIONS,
        Reason.UNKNOWN_RECORD_TYPE);
    csv(
        3,
        "邹城经济开发区_" + m1 + "_disputes.csv",
        style("钢山街道"),
        ExportCatalog.DISPUTES,
        Reason.UNKNOWN_TOWN);
    undecodable(4, "石墙镇_" + m1 + "_petitions.csv", style("石墙镇"));
    bytes(5, "大束镇_" + m1 + "_suggestions.csv", new byte[0], Reason.EMPTY_FILE);
    // blank lines only (a file with a header and no rows is an EMPTY_FILE too: see Expectations)
    bytes(
        6,
        "峄山镇_" + m2 + "_disputes.csv",
        "\r\n \r\n\r\n".getBytes(StandardCharsets.UTF_8),
        Reason.EMPTY_FILE);
    truncatedXlsx(7, "钢山街道_" + m1 + "_deliberations.xlsx", style("钢山街道"));
    TownStyle zhangzhuang = style("张庄镇");
    write(
        8,
        "张庄镇_" + m1 + "_disputes.csv",
        zhangzhuang,
        ExportCatalog.DISPUTES,
        ColumnLayout.of(ExportCatalog.DISPUTES, zhangzhuang, 0).withoutHeader(),
        Reason.NO_HEADER);
    TownStyle beisu = style("北宿镇");
    write(
        9,
        "北宿镇_" + m1 + "_proxy_cases.csv",
        beisu,
        ExportCatalog.PROXY_CASES,
        ColumnLayout.of(ExportCatalog.PROXY_CASES, beisu, 0)
            .without(ExportCatalog.PROXY_CASES, "accepted_on"),
        Reason.MISSING_COLUMN);
  }

  /** The inbox folder of the i-th bad file: a few different delivery days within the sample. */
  private String inbox(int i) {
    YearMonth m = months.get((i * 7 + 3) % months.size());
    return LocalDate.of(m.plusMonths(1).getYear(), m.plusMonths(1).getMonthValue(), 2 + i % 3)
        .toString();
  }

  private void csv(int i, String name, TownStyle style, RecordSchema schema, Reason reason)
      throws IOException {
    write(i, name, style, schema, ColumnLayout.of(schema, style, 0), reason);
  }

  private void write(
      int i, String name, TownStyle style, RecordSchema schema, ColumnLayout layout, Reason reason)
      throws IOException {
    String relative = inbox(i) + "/" + name;
    FileFormat format = style.format() == FileFormat.XLSX ? FileFormat.CSV_UTF8 : style.format();
    files.writeRaw(
        relative, format, layout, sampleRows.apply(style, schema), style, List.of(), null);
    expected.rejectedFile(relative, reason);
  }

  private void bytes(int i, String name, byte[] content, Reason reason) throws IOException {
    String relative = inbox(i) + "/" + name;
    files.writeBytes(relative, content);
    expected.rejectedFile(relative, reason);
  }

  /** A GB18030 file with bytes that neither UTF-8 nor GB18030 can decode. */
  private void undecodable(int i, String name, TownStyle style) throws IOException {
    String tmp = inbox(i) + "/" + name;
    files.writeRaw(
        tmp,
        FileFormat.CSV_GB18030,
        ColumnLayout.of(ExportCatalog.PETITIONS, style, 0),
        sampleRows.apply(style, ExportCatalog.PETITIONS),
        style,
        List.of(),
        null);
    byte[] text = Files.readAllBytes(files.path(tmp));
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int half = text.length / 2;
    while (half > 0 && text[half - 1] != '\n') {
      half--;
    }
    b.write(text, 0, half);
    b.write(
        new byte[] {
          (byte) 0xFF, (byte) 0x80, (byte) 0xFE, (byte) 0xFF, ',', (byte) 0x81, 0x20, '\r', '\n'
        });
    b.write(text, half, text.length - half);
    Files.write(files.path(tmp), b.toByteArray());
    expected.rejectedFile(tmp, Reason.UNDECODABLE);
  }

  private void truncatedXlsx(int i, String name, TownStyle style) throws IOException {
    String relative = inbox(i) + "/" + name;
    files.writeRaw(
        relative,
        FileFormat.XLSX,
        ColumnLayout.of(ExportCatalog.DELIBERATIONS, style, 0),
        sampleRows.apply(style, ExportCatalog.DELIBERATIONS),
        style,
        List.of(style.town().name() + "阳光议事台账"),
        months.get(0).atDay(1));
    byte[] whole = Files.readAllBytes(files.path(relative));
    Files.write(files.path(relative), Arrays.copyOf(whole, whole.length * 3 / 5));
    expected.rejectedFile(relative, Reason.UNREADABLE_XLSX);
  }

  private TownStyle style(String townName) {
    return styles.stream().filter(s -> s.town().name().equals(townName)).findFirst().orElseThrow();
  }
}
