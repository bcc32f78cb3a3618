package cn.zoucheng.warehouse.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;

/**
 * Renders the reports of the hand-made {@link FixtureWarehouse} for 2026-10 in all three formats
 * and reads them back with real readers: PDFBox, Apache POI and the JDK's XML parser.
 */
class BulletinRenderTest {
  @TempDir static Path tmp;
  static BulletinRun.Result result;
  static Path folder;

  @BeforeAll
  static void render() throws Exception {
    Path root = FixtureWarehouse.write(tmp.resolve("warehouse"));
    result =
        BulletinRun.run(
            new BulletinRun.Options(
                root,
                YearMonth.of(2026, 10),
                Optional.empty(),
                EnumSet.allOf(OutputFormat.class),
                root.resolve("bulletins"),
                LocalDate.of(2026, 11, 28)),
            line -> {});
    folder = root.resolve("bulletins").resolve("2026-10");
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
  void theCityBulletinSaysTheHandWorkedFiguresInChinese() throws IOException {
    String text = squeeze(pdfText(pdf(BulletinRun.cityName(YearMonth.of(2026, 10)))));
    assertThat(text)
        .contains(
            "邹城市农村社区治理工作通报",
            "（2026年第10期）",
            "邹城市民政局",
            "2026年11月28日",
            "一、总体情况",
            "二、镇街排名",
            "三、民生代办",
            "问题通报",
            "附：数据质量");
    // 1,150 / 1,200 = 95.8%; last month 94.6% (+1.2 points), last year 95.0% (+0.8 points)
    assertThat(text)
        .contains(squeeze("民生代办方面，全市受理1,200件，办结1,150件，办结率95.8%，" + "环比上升1.2个百分点，同比上升0.8个百分点。"));
    // 690/700 = 98.6% is the best town, 460/500 = 92.0% the worst
    assertThat(text).contains("办结率最高的是钢山街道（98.6%），最低的是千泉街道（92.0%）。");
    assertThat(text).contains("凫山街道（民生代办事项）未报送");
    assertThat(text).contains("PZ37088300120260900011：缺书记签字", "1,865.58");
    assertThat(text).contains("日期格式错误×2", "ingest-fixture", "metrics-fixture");
  }

  @Test
  void everyPageIsNumberedOfTheTotalAndEveryFontIsEmbedded() throws IOException {
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
              .contains("第" + p + "页共" + pages + "页");
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
  void aTableThatRunsOverAPageRepeatsItsHeader() throws IOException {
    // 凫山街道 has 45 villages: its 民生代办 table (the only one with 按期办结率) starts on one page
    // and ends on the next, and the next page shows the header again.
    try (PDDocument doc = Loader.loadPDF(pdf("town-bulletin_2026-10_370883003").toFile())) {
      PDFTextStripper s = new PDFTextStripper();
      List<String> pages = new ArrayList<>();
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        s.setStartPage(p);
        s.setEndPage(p);
        pages.add(squeeze(s.getText(doc)));
      }
      int first = -1;
      for (int i = 0; i < pages.size(); i++) {
        if (pages.get(i).contains("各村(社区)民生代办情况")) {
          first = i;
        }
      }
      assertThat(first).as("page of the 民生代办 village table").isNotNegative();
      assertThat(pages.get(first)).contains("按期办结率", "凫山第1村").doesNotContain("凫山第45村");
      assertThat(pages.get(first + 1)).contains("按期办结率", "凫山第45村", "未报送");
    }
  }

  @Test
  void theWorkbookHoldsTheFiguresAsNumbers() throws IOException {
    try (InputStream in =
            Files.newInputStream(
                folder.resolve(BulletinRun.cityName(YearMonth.of(2026, 10)) + ".xlsx"));
        Workbook wb = new XSSFWorkbook(in)) {
      List<Double> numbers = new ArrayList<>();
      List<String> texts = new ArrayList<>();
      for (Sheet sheet : wb) {
        for (Row row : sheet) {
          for (Cell cell : row) {
            if (cell.getCellType() == CellType.NUMERIC) {
              numbers.add(cell.getNumericCellValue());
            } else if (cell.getCellType() == CellType.STRING) {
              texts.add(cell.getStringCellValue());
            }
          }
        }
      }
      assertThat(numbers).contains(1200.0, 1150.0, 0.958, 0.986, 0.92);
      assertThat(String.join("", texts)).contains("一、总体情况", "钢山街道", "未报送", "1,865.58");
    }
  }

  @Test
  void everyHtmlFileIsWellFormedXhtml() throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    DocumentBuilder b = f.newDocumentBuilder();
    // Never fetch the XHTML DTD. Its entities (&nbsp;) then stay undeclared, which XML allows
    // of a well-formed document that names an external DTD; everything else must parse.
    b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
    for (Path p : result.files()) {
      if (p.toString().endsWith(".html")) {
        org.w3c.dom.Document d = b.parse(p.toFile());
        assertThat(d.getDocumentElement().getNodeName()).isEqualTo("html");
        assertThat(d.getElementsByTagName("title").item(0).getTextContent())
            .matches(
                "邹城市农村社区治理工作通报（2026年第10期）|.+街道农村社区治理工作通报（2026年第10期）"
                    + "|邹城市全国农村社区治理实验区建设进展（截至2026年10月）");
        assertThat(d.getDocumentElement().getTextContent()).contains("第 1 页");
      }
    }
  }

  @Test
  void theDecemberBulletinAddsTheYearToDate() throws Exception {
    WarehouseFigures december;
    try (var c = cn.zoucheng.warehouse.catalog.DuckDbCatalog.open(folder.getParent().getParent())) {
      december = WarehouseFigures.load(c, YearMonth.of(2025, 12));
    }
    Path out =
        Renderer.export(
                Renderer.fill(Bulletins.city(december, "2026年1月6日")),
                EnumSet.of(OutputFormat.PDF),
                tmp.resolve("december"),
                "city")
            .get(0);
    String text = squeeze(pdfText(out));
    assertThat(text).contains("（2025年第12期）", "全年累计", "办结率97.0%", "96.5%");
  }

  @Test
  void aMonthWithoutFiguresIsRefusedWithTheCommandThatMakesThem() throws Exception {
    try (var c = cn.zoucheng.warehouse.catalog.DuckDbCatalog.open(folder.getParent().getParent())) {
      assertThatThrownBy(() -> WarehouseFigures.load(c, YearMonth.of(2026, 11)))
          .hasMessageContaining("no figures for 2026-11")
          .hasMessageContaining("bin/warehouse metrics --period 2026-11")
          .hasMessageContaining("latest month with figures: 2026-10");
    }
  }

  @Test
  void theProgressReportComparesTheYearWithItsTargets() throws IOException {
    String text = squeeze(pdfText(pdf(BulletinRun.progressName(YearMonth.of(2026, 10)))));
    assertThat(text).contains("邹城市全国农村社区治理实验区建设进展", "（截至2026年10月）", "实效提升年", "示范村（社区）与其他村（社区）");
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
