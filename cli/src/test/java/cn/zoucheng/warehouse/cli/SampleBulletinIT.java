package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import cn.zoucheng.warehouse.catalog.DuckDbCatalog;
import cn.zoucheng.warehouse.reports.BulletinRun;
import cn.zoucheng.warehouse.reports.OutputFormat;
import cn.zoucheng.warehouse.reports.bulletin.Activity;
import cn.zoucheng.warehouse.reports.bulletin.Formats;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * End to end over the committed sample ({@link SampleWarehouse}): the metrics of every month
 * computed, the 18 reports of 2026-10 rendered as PDF, XLSX and HTML, then read back. Each town
 * bulletin's table 1 prints the town's figures of the {@code metrics} view, the city bulletin's
 * ranking each town's, the town that delivered nothing reads 未报送 and its earlier month, no "none
 * found", "all met" or "按要求" sentence contradicts the views, every PDF font is embedded and every
 * HTML file is well-formed XML.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SampleWarehouse.Resolver.class)
class SampleBulletinIT {
  static final YearMonth MONTH = YearMonth.of(2026, 10);
  static final String UNREPORTED = "未报送";

  /** One town's figure of the month in the {@code metrics} view. */
  record Figure(Double value, Double prev) {}

  @TempDir static Path out;
  Path warehouse;
  Path folder;
  BulletinRun.Result result;
  String printed;

  /** Town code to name, in code order. */
  final Map<String, String> towns = new LinkedHashMap<>();

  /** Town code to metric code to figure. */
  final Map<String, Map<String, Figure>> figures = new HashMap<>();

  /** Codes of the towns without a single file of the month in the manifest. */
  final Set<String> undelivered = new HashSet<>();

  /**
   * {@code town_code|record_type} of every record type a town did not deliver this month (未报送 in
   * {@code submissions}): no file at all, or none that is a delivery (a header alone is an
   * EMPTY_FILE).
   */
  final Set<String> unreported = new HashSet<>();

  /** Town code to metric code to the value of the month before. */
  final Map<String, Map<String, Double>> lastMonth = new HashMap<>();

  double cityAccepted;

  @BeforeAll
  void computeAndRender(SampleWarehouse sample) throws Exception {
    warehouse = sample.warehouse;
    folder = out.resolve(MONTH.toString());
    ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    try (Progress progress = new Progress(System.out)) {
      result =
          BulletinCommand.render(
              sample.config,
              Optional.of(MONTH),
              Optional.empty(),
              EnumSet.allOf(OutputFormat.class),
              Optional.of(out),
              LocalDate.of(2026, 11, 6),
              progress,
              new PrintStream(stdout, true, StandardCharsets.UTF_8));
    }
    printed = stdout.toString(StandardCharsets.UTF_8);
    readFigures();
  }

  /** Reads from the DuckDB catalogue what the reports must print. */
  void readFigures() throws SQLException {
    try (Connection c = DuckDbCatalog.open(warehouse)) {
      for (List<Object> r : query(c, "SELECT town_code, town_name FROM towns ORDER BY 1")) {
        towns.put((String) r.get(0), (String) r.get(1));
      }
      for (String town : towns.keySet()) {
        Map<String, Figure> f = new HashMap<>();
        for (List<Object> r :
            query(
                c,
                "SELECT metric, value, prev_value FROM metrics"
                    + " WHERE period = ? AND scope = 'town' AND town_code = ?",
                MONTH.toString(),
                town)) {
          f.put((String) r.get(0), new Figure((Double) r.get(1), (Double) r.get(2)));
        }
        figures.put(town, f);
        Map<String, Double> before = new HashMap<>();
        for (List<Object> r :
            query(
                c,
                "SELECT metric, value FROM metrics"
                    + " WHERE period = ? AND scope = 'town' AND town_code = ?",
                MONTH.minusMonths(1).toString(),
                town)) {
          before.put((String) r.get(0), (Double) r.get(1));
        }
        lastMonth.put(town, before);
      }
      for (List<Object> r :
          query(
              c,
              "SELECT town_code FROM towns WHERE town_code NOT IN (SELECT town_code FROM manifest"
                  + " WHERE file_month = ? AND town_code IS NOT NULL)",
              MONTH.toString())) {
        undelivered.add((String) r.get(0));
      }
      for (List<Object> r :
          query(
              c,
              "SELECT town_code, record_type FROM submissions WHERE period = ? AND status = ?",
              MONTH.toString(),
              SubmissionStatus.MISSING.label())) {
        unreported.add(r.get(0) + "|" + r.get(1));
      }
      cityAccepted =
          (Double)
              query(
                      c,
                      "SELECT value FROM metrics WHERE period = ?"
                          + " AND scope = 'city' AND metric = 'proxy_accepted'",
                      MONTH.toString())
                  .get(0)
                  .get(0);
    }
  }

  @Test
  void writesEighteenReportsInThreeFormats() throws IOException {
    List<String> stems =
        new ArrayList<>(List.of(BulletinRun.cityName(MONTH), BulletinRun.progressName(MONTH)));
    towns.keySet().forEach(code -> stems.add(BulletinRun.townName(MONTH, code)));
    List<String> expected = new ArrayList<>();
    for (String stem : stems) {
      for (OutputFormat f : OutputFormat.values()) {
        expected.add(stem + "." + f.extension());
      }
    }
    assertThat(towns).hasSize(16);
    assertThat(result.reports()).isEqualTo(18);
    assertThat(result.files())
        .hasSize(54)
        .allSatisfy(f -> assertThat(f).hasParentRaw(folder).isNotEmptyFile());
    try (Stream<Path> s = Files.list(folder)) {
      assertThat(s.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(printed)
        .containsPattern("bulletins of 2026-10 from run metrics-\\S+: 18 reports, 54 files");
  }

  @Test
  void cityBulletinHasItsTitleSectionsFooterAndEveryTown() throws IOException {
    try (PDDocument d = Loader.loadPDF(file(BulletinRun.cityName(MONTH), "pdf").toFile())) {
      int pages = d.getNumberOfPages();
      assertThat(pages).isGreaterThan(5);
      assertThat(new PDFTextStripper().getText(d))
          .contains(
              "邹城市农村社区治理工作通报",
              "（2026年第10期）",
              "邹城市民政局文件",
              "一、总体情况",
              "二、镇街排名",
              "问题通报",
              "下一步工作要求",
              "数据质量",
              "— 1 —",
              "— " + pages + " —")
          .contains(towns.values());
    }
  }

  @Test
  void cityRankingPrintsEachTownsFigures() throws IOException {
    String table = section(text(file(BulletinRun.cityName(MONTH), "pdf")), "表2", "综合排名：");
    for (Map.Entry<String, String> town : towns.entrySet()) {
      List<String> expected = new ArrayList<>();
      for (String code : MetricCatalog.KEY_FIGURES) {
        Figure f = figures.get(town.getKey()).get(code);
        // as the bulletin decides a cell: the figure, else 未报送 where the town did not deliver
        // the metric's record type, else —
        expected.add(
            f != null && f.value() != null
                ? Formats.bare(Activity.metric(code), f.value())
                : unreported.contains(town.getKey() + "|" + Activity.metric(code).recordType())
                    ? UNREPORTED
                    : "—");
      }
      Matcher row =
          Pattern.compile("(?m)^" + Pattern.quote(town.getValue()) + " (.+)$").matcher(table);
      assertThat(row.find()).as(town.getValue()).isTrue();
      assertThat(List.of(row.group(1).split(" ")).subList(0, expected.size()))
          .as(town.getValue())
          .isEqualTo(expected);
    }
  }

  @Test
  void everyTownBulletinPrintsItsHeadlineFigures() throws IOException {
    assertThat(undelivered).map(towns::get).containsExactly("看庄镇");
    int checked = 0;
    for (String town : towns.keySet()) {
      String table = section(text(file(BulletinRun.townName(MONTH, town), "pdf")), "表1", "环比、同比：");
      List<List<String>> rows = headlineRows(table);
      for (int i = 0; i < Activity.HEADLINE.size(); i++) {
        Metric m = Activity.metric(Activity.HEADLINE.get(i));
        Figure f = figures.get(town).get(m.code());
        String what = towns.get(town) + " " + m.columnLabel() + " in " + rows.get(i);
        if (undelivered.contains(town)) {
          // 未报送 this month, then last month's figure from its own row (or — for none)
          Double before = lastMonth.get(town).get(m.code());
          assertThat(f).as(what).isNull();
          assertThat(rows.get(i).subList(0, 2))
              .as(what)
              .containsExactly(UNREPORTED, before == null ? "—" : Formats.bare(m, before));
        } else if (f != null && f.value() != null) {
          // 本月, then 上月 or, without one, the 环比 cell's —: the figure is in its own column
          assertThat(rows.get(i).subList(0, 2))
              .as(what)
              .containsExactly(
                  Formats.bare(m, f.value()), f.prev() == null ? "—" : Formats.bare(m, f.prev()));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThan(15 * 12);
  }

  /**
   * Every sentence of a town's bulletin that says "none found", "all met" or "按要求" (and the silent
   * town's "nothing sent") is checked against the views it must agree with.
   */
  @Test
  void noClaimOfATownBulletinContradictsTheViews() throws Exception {
    int claims = 0;
    try (Connection c = DuckDbCatalog.open(warehouse)) {
      for (Map.Entry<String, String> town : towns.entrySet()) {
        String code = town.getKey();
        String html = htmlText(file(BulletinRun.townName(MONTH, code), "html"));
        List<String> statuses =
            column(c, "SELECT status FROM submissions WHERE period = ? AND town_code = ?", code);
        if (html.contains("类数据均按要求按时报送")) {
          assertThat(statuses).as(town.getValue()).isNotEmpty().allMatch("按时"::equals);
          claims++;
        }
        if (html.contains("类数据均未报送，本期无法通报")) {
          assertThat(statuses).as(town.getValue()).isNotEmpty().allMatch("未报送"::equals);
          claims++;
        } else {
          assertThat(statuses).as(town.getValue()).anyMatch(x -> !"未报送".equals(x));
        }
        if (html.contains("未发现违规入账")) {
          assertThat(
                  column(
                      c,
                      "SELECT CAST(value AS VARCHAR) FROM metrics WHERE period = ?"
                          + " AND town_code = ? AND scope = 'town'"
                          + " AND metric = 'voucher_control_breaches'",
                      code))
              .as(town.getValue())
              .containsExactly("0.0");
          claims++;
        }
        if (html.contains("有目标的指标中没有未达标项")) {
          assertThat(
                  column(
                      c,
                      "SELECT metric FROM metrics WHERE period = ? AND town_code = ?"
                          + " AND scope = 'town' AND status = '未达标'",
                      code))
              .as(town.getValue())
              .isEmpty();
          claims++;
        }
        Matcher files = Pattern.compile("收到的(\\d+)个文件均完整入库，没有隔离行").matcher(html);
        if (files.find()) {
          List<String> quarantined =
              column(
                  c,
                  "SELECT CAST(rows_quarantined AS VARCHAR) || file_status FROM file_quality"
                      + " WHERE period = ? AND town_code = ?",
                  code);
          assertThat(quarantined)
              .as(town.getValue())
              .hasSize(Integer.parseInt(files.group(1)))
              .allMatch(x -> x.startsWith("0") && !x.endsWith("REJECTED"));
          claims++;
        }
      }
      String city = htmlText(file(BulletinRun.cityName(MONTH), "html"));
      Matcher onTime = Pattern.compile("(\\d+)个镇街按要求按时报送").matcher(city);
      if (onTime.find()) {
        long all =
            towns.keySet().stream()
                .filter(
                    code -> {
                      try {
                        return column(
                                c,
                                "SELECT status FROM submissions WHERE period = ? AND town_code = ?",
                                code)
                            .stream()
                            .allMatch("按时"::equals);
                      } catch (SQLException e) {
                        throw new IllegalStateException(e);
                      }
                    })
                .count();
        assertThat(Long.parseLong(onTime.group(1))).isEqualTo(all);
        claims++;
      }
    }
    assertThat(claims).as("claims checked").isGreaterThan(16);
  }

  /** The text of an HTML page without its tags. */
  static String htmlText(Path html) throws IOException {
    return Files.readString(html).replaceAll("<[^>]+>", "");
  }

  /** The first column of a query for the month and a town, as strings. */
  static List<String> column(Connection c, String sql, String town) throws SQLException {
    return query(c, sql, MONTH.toString(), town).stream()
        .map(r -> r.get(0) == null ? null : r.get(0).toString())
        .toList();
  }

  @Test
  void progressReportHasItsTitle() throws IOException {
    assertThat(text(file(BulletinRun.progressName(MONTH), "pdf")))
        .contains("实验区建设进展", "（截至2026年10月）");
  }

  @Test
  void everyPdfEmbedsEveryFontItUses() throws IOException {
    for (Path pdf : files("pdf")) {
      try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
        List<PDFont> fonts = new ArrayList<>();
        for (PDPage page : d.getPages()) {
          fonts(page.getResources(), fonts);
        }
        assertThat(fonts)
            .as(pdf.toString())
            .isNotEmpty()
            .allSatisfy(f -> assertThat(f.isEmbedded()).as(pdf + ": " + f.getName()).isTrue());
      }
    }
  }

  @Test
  void cityWorkbookHoldsEachTownsCompletionRateAndTheCityIntake() throws IOException {
    Metric rate = Activity.metric("proxy_completion_rate");
    Metric accepted = Activity.metric("proxy_accepted");
    try (Workbook wb =
        WorkbookFactory.create(file(BulletinRun.cityName(MONTH), "xlsx").toFile(), null, true)) {
      Sheet sheet = sheet(wb, "表2");
      for (Map.Entry<String, String> town : towns.entrySet()) {
        // the town's row of 表2 (镇街排名), whose first figure is the rate
        Cell cell = firstRow(sheet, town.getValue()).get(1);
        if (undelivered.contains(town.getKey())) {
          assertThat(cell.getStringCellValue()).isEqualTo(UNREPORTED);
        } else {
          assertThat(cell.getCellType()).as(town.getValue()).isEqualTo(CellType.NUMERIC);
          assertThat(cell.getNumericCellValue())
              .as(town.getValue())
              .isCloseTo(
                  Formats.rounded(rate.unit(), figures.get(town.getKey()).get(rate.code()).value()),
                  within(1e-9));
        }
      }
      Cell intake = firstRow(sheet(wb, "表1"), accepted.columnLabel()).get(1);
      assertThat(intake.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(intake.getNumericCellValue()).isCloseTo(cityAccepted, within(1e-9));
    }
  }

  /**
   * Parsed without reading the XHTML DTD the files name. The XML spec makes an undeclared entity a
   * well-formedness error only in a document without an external DTD, so the parser skips {@code
   * &nbsp;} (and would skip any misspelt entity) silently: the named entities are checked apart.
   */
  @Test
  void everyHtmlFileIsWellFormedXml() throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(
        new DefaultHandler() {
          @Override
          public void error(SAXParseException e) throws SAXParseException {
            throw e;
          }
        });
    Pattern entity = Pattern.compile("&([A-Za-z][A-Za-z0-9]*);");
    List<Path> html = files("html");
    assertThat(html).hasSize(18);
    for (Path p : html) {
      Document doc = builder.parse(p.toFile());
      assertThat(doc.getDocumentElement().getTagName()).isEqualTo("html");
      assertThat(doc.getDocumentElement().getTextContent()).as(p.toString()).contains("邹城市民政局文件");
      assertThat(entity.matcher(Files.readString(p)).results().map(r -> r.group(1)).distinct())
          .as(p.toString())
          .isSubsetOf("amp", "lt", "gt", "quot", "apos", "nbsp");
    }
  }

  /** The sheet whose name starts with {@code prefix} (表2 …). */
  static Sheet sheet(Workbook wb, String prefix) {
    for (Sheet s : wb) {
      if (s.getSheetName().startsWith(prefix + " ")) {
        return s;
      }
    }
    throw new AssertionError("no sheet " + prefix);
  }

  Path file(String stem, String extension) {
    return folder.resolve(stem + "." + extension);
  }

  List<Path> files(String extension) throws IOException {
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> p.toString().endsWith("." + extension)).sorted().toList();
    }
  }

  static String text(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(d);
    }
  }

  /** The text from {@code start} up to {@code end}. */
  static String section(String text, String start, String end) {
    int from = text.indexOf(start);
    int to = text.indexOf(end, Math.max(from, 0));
    assertThat(from).as(start).isNotNegative();
    assertThat(to).as(end).isGreaterThan(from);
    return text.substring(from, to);
  }

  /**
   * The cells of each row of table 1 (主要指标), in the order of {@link Activity#HEADLINE}: the words
   * after the row's label (which may wrap) up to the next label. Empty cells print nothing.
   */
  static List<List<String>> headlineRows(String table) {
    List<int[]> labels = new ArrayList<>();
    int from = 0;
    for (String code : Activity.HEADLINE) {
      String label = Activity.metric(code).columnLabel();
      Matcher m =
          Pattern.compile(
                  "(?m)^"
                      + label
                          .codePoints()
                          .mapToObj(Character::toString)
                          .map(Pattern::quote)
                          .collect(Collectors.joining("\\s*"))
                      + "(?=\\s)")
              .matcher(table);
      assertThat(m.find(from)).as(label + " in table 1:\n" + table).isTrue();
      labels.add(new int[] {m.start(), m.end()});
      from = m.end();
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < labels.size(); i++) {
      int end = i + 1 < labels.size() ? labels.get(i + 1)[0] : table.length();
      rows.add(List.of(table.substring(labels.get(i)[1], end).trim().split("\\s+")));
    }
    return rows;
  }

  /** The non-empty cells of the first row whose first non-empty cell reads {@code label}. */
  static List<Cell> firstRow(Sheet sheet, String label) {
    for (Row row : sheet) {
      List<Cell> cells = new ArrayList<>();
      for (Cell c : row) {
        if (c.getCellType() != CellType.BLANK
            && !(c.getCellType() == CellType.STRING && c.getStringCellValue().isEmpty())) {
          cells.add(c);
        }
      }
      if (!cells.isEmpty()
          && cells.get(0).getCellType() == CellType.STRING
          && cells.get(0).getStringCellValue().equals(label)) {
        return cells;
      }
    }
    throw new AssertionError("no row " + label + " in " + sheet.getSheetName());
  }

  static void fonts(PDResources resources, List<PDFont> out) throws IOException {
    if (resources == null) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      out.add(resources.getFont(name));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name) instanceof PDFormXObject form) {
        fonts(form.getResources(), out);
      }
    }
  }

  static List<List<Object>> query(Connection c, String sql, String... args) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (PreparedStatement st = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        st.setString(i + 1, args[i]);
      }
      try (ResultSet rs = st.executeQuery()) {
        int n = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          List<Object> r = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            r.add(rs.getObject(i));
          }
          rows.add(r);
        }
      }
    }
    return rows;
  }
}
