package cn.zoucheng.warehouse.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.reports.bulletin.Bulletin;
import cn.zoucheng.warehouse.reports.bulletin.Letterhead;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.ReportWriter;
import cn.zoucheng.warehouse.reports.warehouse.Catalog;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Renders the reports of the hand-made {@link FixtureWarehouse} for 2026-10 in all three formats
 * and reads them back with real readers (PDFBox, Apache POI, the JDK's XML parser); every case of
 * the fixture is said in exact sentences worked out by hand.
 */
class BulletinRenderTest {
  static final YearMonth OCT = YearMonth.of(2026, 10);
  @TempDir static Path tmp;
  static Path root;
  static BulletinRun.Result result;
  static Path folder;
  static WarehouseFigures october;

  @BeforeAll
  static void render() throws Exception {
    root = FixtureWarehouse.write(tmp.resolve("warehouse"));
    result =
        BulletinRun.run(
            new BulletinRun.Options(
                root,
                OCT,
                Optional.empty(),
                EnumSet.allOf(OutputFormat.class),
                root.resolve("bulletins"),
                LocalDate.of(2026, 11, 28),
                Letterhead.DEFAULT_PREFIX),
            line -> {});
    folder = root.resolve("bulletins").resolve("2026-10");
    october = BulletinRun.read(root, OCT);
  }

  static Letterhead letterhead() {
    return new Letterhead(Letterhead.DEFAULT_PREFIX, "2026年11月28日");
  }

  static String texts(Document d) {
    return String.join("\n", d.texts());
  }

  @Test
  void writesTheCityBulletinEveryTownsBulletinAndTheProgressReportInThreeFormats() {
    assertThat(result.reports()).isEqualTo(1 + 3 + 1);
    assertThat(result.files())
        .hasSize(15)
        .allSatisfy(
            f -> {
              assertThat(f.getParent()).isEqualTo(folder);
              assertThat(Files.size(f)).isGreaterThan(1000);
            });
    assertThat(folder.resolve("town-bulletin_2026-10_370883003.pdf")).isRegularFile();
  }

  @Test
  void theCityBulletinIsAnOfficialNoticeWithItsBlocks() throws IOException {
    String text = squeeze(pdfText(pdf(BulletinRun.cityName(OCT))));
    assertThat(text)
        .contains(
            "邹城市民政局文件",
            "邹民通〔2026〕10号",
            "邹城市农村社区治理工作通报",
            "（2026年第10期）",
            "各镇人民政府、街道办事处：",
            "一、总体情况",
            "二、镇街排名",
            "三、民生代办",
            "问题通报",
            "表扬和通报批评",
            "下一步工作要求",
            "附件：1.全市违规入账明细（2026年10月）2.数据质量（2026年10月数据）",
            "2026年11月28日",
            "抄送：市委办公室，市政府办公室，济宁市民政局。",
            "邹城市民政局办公室2026年11月28日印发",
            "—1—")
        .doesNotContain("bin/warehouse", ".csv", "第1页");
    // 1,150 / 1,200 = 95.8%; last month 94.6% (+1.2 points), last year 95.0% (+0.8 points);
    // 690/700 = 98.6% is the best town, 460/500 = 92.0% the worst
    assertThat(texts(Bulletin.city(october, letterhead())))
        .contains(
            "全市受理1,200件，办结1,150件，办结率95.8%，环比上升1.2个百分点，同比上升0.8个百分点。"
                + "各镇街中，办结率最高的是钢山街道（98.6%），最低的是千泉街道（92.0%）。");
    assertThat(text)
        .contains("PZ37088300120260900011", "缺书记签字", "1,865.58")
        .contains("日期格式错误×2", "metrics-fixture");
  }

  @Test
  void theCitySaysWhoDeliveredWhatOfTheSevenTypesDueInOctober() {
    String t = texts(Bulletin.city(october, letterhead()));
    assertThat(t)
        .contains(
            "2026年10月，全市3个镇街各应报7类数据，1个镇街按要求按时报送，千泉街道逾期或补报，凫山街道数据均未报送。"
                + "全市数据按已报送的镇街统计，未报送的在各表中标注为未报送。");
  }

  @Test
  void aTownThatSentNothingIsSaidSoOnceAndNothingIsClaimedForIt() {
    Document d =
        Bulletin.town(october, october.town(FixtureWarehouse.T3).orElseThrow(), letterhead());
    String t = texts(d);
    assertThat(t)
        .contains("凫山街道10月7类数据均未报送，本期无法通报该街道情况。")
        .contains("凫山街道本月未参与综合排名，上月综合排名全市第3位。")
        .contains("凫山街道补报10月全部7类数据，于2026年12月5日前随下月数据一并报送。")
        .doesNotContain("均已达标", "未发现", "完整入库", "按要求", "没有未达标");
    assertThat(t.split("未报送", -1).length - 1).as("未报送 in its prose").isLessThanOrEqualTo(3);
    assertThat(d.attachments()).isEmpty();
  }

  @Test
  void theSilentTownsTableOneShowsItsEarlierMonths() throws IOException {
    String text = pdfText(pdf(BulletinRun.townName(OCT, FixtureWarehouse.T3)));
    // 本月 未报送, 上月 90.0%, 环比 —, 去年同期 88.0%, 同比 —, 年度目标 —
    assertThat(squeeze(text)).contains("办结率未报送90.0%—88.0%—");
  }

  @Test
  void aLateTownIsNeverSaidToHaveReportedAsRequired() {
    String t =
        texts(
            Bulletin.town(october, october.town(FixtureWarehouse.T2).orElseThrow(), letterhead()));
    assertThat(t)
        .contains("2026年10月，千泉街道应报7类数据，已报送7类，均逾期报送。")
        .contains("本月应报的7项数据中，7项逾期、补报或未报送，详见下表。")
        .contains("千泉街道本月数据逾期报送，要严格按每月5日的截止时间报送。")
        .doesNotContain("按要求");
    String onTime =
        texts(
            Bulletin.town(october, october.town(FixtureWarehouse.T1).orElseThrow(), letterhead()));
    assertThat(onTime).contains("2026年10月，钢山街道应报的7类数据均按要求按时报送。");
  }

  @Test
  void equalStandingsShareTheirRankAndATownIsToldItsRankAndItsChange() {
    String city = texts(Bulletin.city(october, letterhead()));
    assertThat(city)
        .contains(
            "按8项主要指标的达标项数及各项排名综合排序，本月前三位是钢山街道（1）、千泉街道（1）；凫山街道本月无主要指标数据，"
                + "未参与排名（括号内为综合排名，并列的名次相同）。")
        .contains(
            "（一）表扬。本月综合排名前三位的钢山街道（第1位，1项主要指标达标）、千泉街道（第1位，1项主要指标达标），予以通报表扬；"
                + "钢山街道由上月第2位升至第1位，上升1位，进步最快，提出表扬。");
    String t1 =
        texts(
            Bulletin.town(october, october.town(FixtureWarehouse.T1).orElseThrow(), letterhead()));
    assertThat(t1).contains("本月钢山街道综合排名全市第1位（2个镇街参与排名），比上月上升1位；8项主要指标中1项达标。");
    String t2 =
        texts(
            Bulletin.town(october, october.town(FixtureWarehouse.T2).orElseThrow(), letterhead()));
    assertThat(t2).contains("本月千泉街道综合排名全市第1位（2个镇街参与排名），与上月持平；8项主要指标中1项达标。");
  }

  @Test
  void aBreachAgainstATargetOfZeroIsReportedCriticisedAndGivenADeadline() {
    String city = texts(Bulletin.city(october, letterhead()));
    assertThat(city)
        .contains("（一）违规入账。本月全市违规入账1笔、金额1,865.58元，涉及钢山街道（1笔），逐笔明细见附件1。")
        .contains("（二）通报批评。钢山街道（1笔）发生违规入账，违反“五人会签、代理中心审核后入账”的规定；" + "凫山街道10月应报数据均未报送，予以通报批评。")
        .contains("（二）整改违规入账。钢山街道（1笔）要对本月违规入账逐笔核查，于2026年12月5日前整改到位，整改情况报市民政局。")
        .contains("（三）补齐指标短板。主要指标未达到年度目标的镇街：办结率（千泉街道），要查找原因、制定措施，于2026年12月5日前明显改进，下期通报复核。");
  }

  @Test
  void theProgressReportGivesACountItsYearToDateStatus() throws IOException {
    String text = squeeze(pdfText(pdf(BulletinRun.progressName(OCT))));
    // 违规入账: 23 in the year against a target of 0 a month (warning at 2): 未达标
    assertThat(text)
        .contains("邹城市全国农村社区治理实验区建设进展", "（截至2026年10月）", "实效提升年")
        .contains("违规入账2302未达标")
        .contains("全市3个示范村（社区）在1项比率指标中有1项好于其他村（社区）。")
        .contains("示范村（社区）与其他村（社区）");
  }

  @Test
  void julyHasTheDemocraticManagementDayAndEightTypesDue() throws Exception {
    WarehouseFigures july = BulletinRun.read(root, YearMonth.of(2026, 7));
    String t = texts(Bulletin.city(july, letterhead()));
    assertThat(t)
        .contains("2026年7月，全市3个镇街各应报8类数据，均按要求按时报送。")
        .contains("全市民主管理日召开率96.0%，村干部测评满意率92.0%。");
    String oct = texts(Bulletin.city(october, letterhead()));
    assertThat(oct).contains("民主管理日每年1月5日、7月5日召开，本月不召开。2026年7月，全市民主管理日召开率96.0%，村干部测评满意率92.0%。");
  }

  @Test
  void januaryHasTheDemocraticManagementDayTooAndItsLateTownIsNamed() {
    WarehouseFigures january = BulletinRun.read(root, YearMonth.of(2026, 1));
    String t = texts(Bulletin.city(january, letterhead()));
    assertThat(t)
        .contains("2026年1月，全市3个镇街各应报8类数据，2个镇街按要求按时报送，凫山街道逾期或补报。")
        .contains("全市民主管理日召开率100.0%。")
        .doesNotContain("本月不召开");
  }

  @Test
  void everyPageIsNumberedAndEveryFontIsEmbedded() throws IOException {
    for (Path f : result.files()) {
      if (!f.toString().endsWith(".pdf")) {
        continue;
      }
      try (PDDocument doc = Loader.loadPDF(f.toFile())) {
        int pages = doc.getNumberOfPages();
        PDFTextStripper s = new PDFTextStripper();
        for (int p = 1; p <= pages; p++) {
          s.setStartPage(p);
          s.setEndPage(p);
          assertThat(squeeze(s.getText(doc)))
              .as(f.getFileName() + " page " + p)
              .contains("—" + p + "—");
        }
        List<String> fonts = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
          collectFonts(page.getResources(), fonts);
        }
        assertThat(fonts)
            .as(f.getFileName().toString())
            .isNotEmpty()
            .allSatisfy(name -> assertThat(name).endsWith(":embedded"));
      }
    }
  }

  @Test
  void noLineOfAnyPdfStartsWithPunctuationThatClosesAClause() throws IOException {
    for (Path f : result.files()) {
      if (f.toString().endsWith(".pdf")) {
        for (String line : pdfText(f).split("\\R")) {
          assertThat(line.strip()).as(f.getFileName() + ": " + line).doesNotMatch("[；、），。：].*");
        }
      }
    }
  }

  @Test
  void aTableThatRunsOverAPageRepeatsItsHeader() throws IOException {
    // 千泉街道 has 45 villages: its attachment of the villages starts on one page and ends on the
    // next, and the next page shows the header again.
    try (PDDocument doc =
        Loader.loadPDF(pdf(BulletinRun.townName(OCT, FixtureWarehouse.T2)).toFile())) {
      PDFTextStripper s = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        pages.add(squeeze(s.getText(doc)));
      }
      int first = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("附件1千泉街道各村（社区）主要指标及综合排名") && first < 0) {
          first = i;
        }
      }
      assertThat(first).as("page of the village table").isNotNegative();
      assertThat(pages.get(first)).contains("综合排名", "千泉社区").doesNotContain("千泉第45村");
      assertThat(pages.get(first + 1)).contains("综合排名", "千泉第45村");
    }
  }

  @Test
  void theWorkbookHasASheetPerTableWithFrozenFilterableHeadersAndNumbers() throws IOException {
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            Files.newInputStream(folder.resolve(BulletinRun.cityName(OCT) + ".xlsx")))) {
      List<String> names = new ArrayList<>();
      for (Sheet sheet : wb) {
        names.add(sheet.getSheetName());
        XSSFSheet x = (XSSFSheet) sheet;
        assertThat(x.getPaneInformation()).as(sheet.getSheetName()).isNotNull();
        assertThat(x.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
        assertThat(x.getCTWorksheet().isSetAutoFilter()).as(sheet.getSheetName()).isTrue();
      }
      assertThat(names).first().asString().startsWith("表1");
      Sheet headline = wb.getSheetAt(0);
      Row completion = row(headline, "办结率");
      // 本月 95.8% as the number 0.958 formatted 0.0%; 环比 +1.2 个百分点 as the number 1.2
      assertThat(completion.getCell(1).getNumericCellValue()).isEqualTo(0.958);
      assertThat(completion.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.0%");
      assertThat(completion.getCell(3).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(completion.getCell(3).getNumericCellValue()).isEqualTo(1.2);
      assertThat(completion.getCell(3).getCellStyle().getDataFormatString()).contains("个百分点");
      Sheet breaches =
          wb.getSheet(names.stream().filter(n -> n.contains("违规入账明细")).findFirst().orElseThrow());
      assertThat(row(breaches, "钢山街道").getCell(3).getNumericCellValue()).isEqualTo(1865.58);
    }
  }

  @Test
  void everyHtmlFileIsWellFormedXhtmlWithItsTitle() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    for (Path p : result.files()) {
      if (p.toString().endsWith(".html")) {
        org.w3c.dom.Document d = b.parse(p.toFile());
        assertThat(d.getDocumentElement().getNodeName()).isEqualTo("html");
        assertThat(d.getElementsByTagName("title").item(0).getTextContent())
            .matches(
                "邹城市农村社区治理工作通报（2026年第10期）|.+街道农村社区治理工作通报（2026年第10期）"
                    + "|邹城市全国农村社区治理实验区建设进展（截至2026年10月）");
        assertThat(d.getDocumentElement().getTextContent()).contains("邹城市民政局文件");
      }
    }
  }

  @Test
  void theDecemberBulletinAddsTheYearToDate() throws Exception {
    WarehouseFigures december = BulletinRun.read(root, YearMonth.of(2025, 12));
    Path out =
        ReportWriter.write(
                Bulletin.city(december, letterhead()),
                EnumSet.of(OutputFormat.PDF),
                tmp.resolve("december"),
                "city")
            .files()
            .get(0);
    assertThat(squeeze(pdfText(out))).contains("（2025年第12期）", "全年累计", "办结率97.0%", "96.5%");
  }

  @Test
  void aMonthWithoutFiguresIsRefusedWithTheCommandThatMakesThem() throws Exception {
    try (Connection c = Catalog.open(root)) {
      assertThatThrownBy(() -> WarehouseFigures.load(c, YearMonth.of(2026, 11)))
          .hasMessageContaining("no figures for 2026-11")
          .hasMessageContaining("bin/warehouse metrics --period 2026-11")
          .hasMessageContaining("latest month with figures: 2026-10");
    }
  }

  static Row row(Sheet sheet, String name) {
    for (Row r : sheet) {
      Cell c = r.getCell(0);
      if (c != null && c.getCellType() == CellType.STRING && c.getStringCellValue().equals(name)) {
        return r;
      }
    }
    throw new AssertionError("no row " + name + " in " + sheet.getSheetName());
  }

  static Path pdf(String stem) {
    return folder.resolve(stem + ".pdf");
  }

  static String pdfText(Path file) throws IOException {
    try (PDDocument doc = Loader.loadPDF(file.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** Text without white space: PDF extraction breaks lines where the layout wrapped them. */
  static String squeeze(String s) {
    return s.replaceAll("\\s+", "");
  }

  private static void collectFonts(PDResources resources, List<String> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName n : resources.getFontNames()) {
      PDFont font = resources.getFont(n);
      out.add(font.getName() + (font.isEmbedded() ? ":embedded" : ":NOT embedded"));
    }
    for (COSName n : resources.getXObjectNames()) {
      if (resources.getXObject(n)
          instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        collectFonts(form.getResources(), out);
      }
    }
  }
}
