package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.reports.warehouse.GroupFigure;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.Places.Village;
import cn.zoucheng.warehouse.reports.warehouse.Standing;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.MetricDirection;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The leadership's progress report (实验区建设进展), every table on the year to date: the city's against
 * the year's targets (counts against their monthly target once per month, as the metrics job holds
 * them), the experiment years side by side, each town's year to date as the rankings table gives
 * it, the trends of every month so far, and the demonstration villages against the others over the
 * whole year.
 */
public final class ProgressReport {
  private ProgressReport() {}

  /** Builds the report of the month of {@code data}. */
  public static Document build(WarehouseFigures data, Letterhead letterhead) {
    YearMonth p = data.period();
    Document doc =
        new Document(
            letterhead.front(
                letterhead.number(data, p.getMonthValue() + "-" + (data.towns().size() + 1)),
                "邹城市全国农村社区治理实验区建设进展",
                "（截至" + Wording.month(p) + "）",
                "市全国农村社区治理实验区创建工作领导小组"));
    Numbering n = new Numbering();
    doc.heading(n.section("总体进展"));
    doc.paragraph(summary(data));
    List<Figure> ytd = targeted(data, p);
    Headline.targets("全市" + Wording.yearToDate(p) + "累计", p, ytd, true).ifPresent(doc::paragraph);
    demonstrationSentence(data).ifPresent(doc::paragraph);

    doc.heading(n.section(p.getYear() + "年度目标完成情况"));
    doc.table(n.table("全市年度目标完成情况（" + Wording.yearToDate(p) + "累计）"), targets(data, ytd));
    doc.note(
        "年累计：比率类指标为1月至本月分子之和除以分母之和，计数类为各月之和；计数类的目标为每月目标，"
            + "年累计对照各月目标之和。“上年全年”为上年12月的年累计。"
            + Marks.legend());

    doc.heading(n.section("实验区各年度情况"));
    doc.table(n.table("各年度目标完成情况（年末年累计）"), years(data));

    doc.heading(n.section("各镇街年度目标完成情况"));
    doc.table(n.table("各镇街主要指标年累计及完成情况"), towns(data));
    doc.note("按年累计达标项数排列，相同的名次并列。本月未报送的镇街，年累计取其本年最近报送的月份（镇街名后注明）。" + Marks.legend());

    doc.heading(n.section("主要指标走势"));
    for (Activity a : Activity.values()) {
      Metric m = a.keyMetric();
      List<YearMonth> months = data.periods().stream().filter(a::heldIn).toList();
      if (months.stream().noneMatch(x -> data.city(x, m.code()).map(Figure::value).isPresent())) {
        continue;
      }
      doc.chart(
          n.figure(
              a.title()
                  + "："
                  + m.columnLabel()
                  + "（"
                  + Wording.month(months.get(0))
                  + "至"
                  + Wording.month(p)
                  + "）"),
          Charts.lines(
              m,
              months,
              List.of(new Charts.Series("全市", x -> data.city(x, m.code()), Marks.LINE_CITY)),
              data.city(p, m.code()).map(Figure::target).orElse(null)));
    }

    doc.heading(n.section("示范村（社区）与其他村（社区）"));
    doc.table(
        n.table("示范村（社区）与其他村（社区）年累计对比（" + p.getYear() + "年" + Wording.yearToDate(p) + "）"),
        demonstration(data));
    doc.note(
        "每个镇街有一个示范村（社区）。各组的比率为组内各村（社区）本年各月分子之和除以分母之和，"
            + "本月未报送的镇街计入其此前各月；差值为示范村（社区）减其他村（社区），单位为百分点。");
    doc.close(letterhead.back(data));
    return doc;
  }

  /** The city's figures of {@code month} that have a target, in catalogue order. */
  private static List<Figure> targeted(WarehouseFigures data, YearMonth month) {
    List<Figure> out = new ArrayList<>();
    for (Metric m : MetricCatalog.ALL) {
      data.city(month, m.code()).filter(f -> f.target() != null).ifPresent(out::add);
    }
    return out;
  }

  private static String summary(WarehouseFigures data) {
    YearMonth p = data.period();
    List<Integer> years = data.themes().keySet().stream().sorted().toList();
    int index = years.indexOf(p.getYear());
    StringBuilder s = new StringBuilder();
    if (index >= 0) {
      s.append("邹城市全国农村社区治理实验区建设进入第")
          .append(Wording.numeral(index))
          .append("年（")
          .append(p.getYear())
          .append("年，")
          .append(data.themes().get(p.getYear()))
          .append("）。");
    }
    List<String> parts = new ArrayList<>();
    for (String code :
        List.of(
            "proxy_accepted",
            "proxy_completion_rate",
            "voucher_five_sign_rate",
            "voucher_control_breaches",
            "meeting_village_coverage",
            "suggestion_adoption_rate")) {
      Metric m = Activity.metric(code);
      data.city(p, code)
          .map(Figure::ytdValue)
          .ifPresent(v -> parts.add(lead(m) + Formats.value(m, v)));
    }
    if (!parts.isEmpty()) {
      s.append(Wording.yearToDate(p)).append("累计，全市").append(String.join("，", parts)).append("。");
    }
    return s.toString();
  }

  private static String lead(Metric m) {
    return switch (m.code()) {
      case "proxy_accepted" -> "民生代办受理";
      case "voucher_control_breaches" -> "违规入账";
      default -> m.columnLabel();
    };
  }

  private static Table targets(WarehouseFigures data, List<Figure> ytd) {
    YearMonth lastDecember = YearMonth.of(data.period().getYear() - 1, 12);
    Table t = new Table("指标", List.of("本年累计", "年度目标", "预警值", "完成情况", "上年全年", "上年目标", "上年完成情况"));
    for (Figure f : ytd) {
      Metric m = Activity.metric(f.metric());
      Optional<Figure> last = data.city(lastDecember, f.metric());
      t.add(
          m.columnLabel(),
          List.of(
              Cells.value(m, f.ytdValue(), null),
              Cells.value(m, f.target(), null),
              Cells.value(m, f.warningAt(), null),
              status(f.ytdStatus()),
              Cells.value(m, last.map(Figure::ytdValue).orElse(null), null),
              Cells.value(m, last.map(Figure::target).orElse(null), null),
              status(last.map(Figure::ytdStatus).orElse(null))));
    }
    return t;
  }

  private static Cell status(String status) {
    return Cell.text(
        status == null ? Wording.NO_VALUE : status, Marks.cell(TargetStatus.ofLabel(status)));
  }

  private static Table years(WarehouseFigures data) {
    YearMonth p = data.period();
    Table t = new Table("年度", List.of("主题", "有目标指标", "达标项", "未达标、预警指标"));
    for (int year : data.themes().keySet().stream().sorted().toList()) {
      YearMonth end = YearMonth.of(year, 12).isAfter(p) ? p : YearMonth.of(year, 12);
      String theme = data.themes().get(year);
      if (end.getYear() != year || !data.periods().contains(end)) {
        t.add(
            year + "年", List.of(Cell.text(theme), Cell.text(""), Cell.text(""), Cell.text("尚无数据")));
        continue;
      }
      List<Figure> fs = targeted(data, end).stream().filter(f -> f.ytdStatus() != null).toList();
      long met = fs.stream().filter(f -> f.yearStatus().orElse(null) == TargetStatus.MET).count();
      List<String> notMet =
          fs.stream()
              .filter(f -> f.yearStatus().orElse(null) != TargetStatus.MET)
              .map(f -> Activity.metric(f.metric()).columnLabel() + "（" + f.ytdStatus() + "）")
              .toList();
      t.add(
          year + "年" + (end.getMonthValue() == 12 ? "" : "（截至" + end.getMonthValue() + "月）"),
          List.of(
              Cell.text(theme),
              Cells.count(fs.size()),
              Cells.count((int) met),
              Cell.text(Wording.list(notMet))));
    }
    return t;
  }

  private static Table towns(WarehouseFigures data) {
    YearMonth p = data.period();
    List<String> headers = new ArrayList<>();
    for (String code : MetricCatalog.KEY_FIGURES) {
      headers.add(Activity.metric(code).columnLabel());
    }
    headers.add("达标项数");
    headers.add("年累计排名");
    Table t = new Table("镇街", headers);
    List<Cell> city = new ArrayList<>();
    for (String code : MetricCatalog.KEY_FIGURES) {
      city.add(Cells.yearToDate(Activity.metric(code), data.city(p, code)));
    }
    city.add(Cell.text(""));
    city.add(Cell.text(""));
    t.addBold("全市", city);
    record Row(Town town, Optional<Standing> standing) {}
    List<Row> rows = new ArrayList<>();
    for (Town town : data.towns()) {
      rows.add(new Row(town, data.townStanding(town.code())));
    }
    rows.sort(
        Comparator.comparing(
                (Row r) -> r.standing().map(Standing::ytdRank).orElse(Integer.MAX_VALUE))
            .thenComparing(r -> r.town().code()));
    for (Row r : rows) {
      Optional<YearMonth> through = r.standing().flatMap(Standing::yearToDateThrough);
      List<Cell> cells = new ArrayList<>();
      for (String code : MetricCatalog.KEY_FIGURES) {
        Metric m = Activity.metric(code);
        cells.add(Cells.yearToDate(m, through.flatMap(x -> data.town(x, r.town().code(), code))));
      }
      cells.add(Cells.count(r.standing().map(Standing::ytdMetCount).orElse(null)));
      cells.add(Cells.count(r.standing().map(Standing::ytdRank).orElse(null)));
      t.add(
          r.town().name()
              + (through.isPresent() && !through.get().equals(p)
                  ? "（截至" + through.get().getMonthValue() + "月）"
                  : ""),
          cells);
    }
    return t;
  }

  private static List<Metric> compared() {
    return MetricCatalog.ALL.stream().filter(m -> m.unit() == MetricUnit.RATE).toList();
  }

  private static Table demonstration(WarehouseFigures data) {
    Table t = new Table("指标", List.of("示范村（社区）", "其他村（社区）", "差值（百分点）", "示范村数", "其他村数"));
    for (Metric m : compared()) {
      Optional<GroupFigure> demo = data.group(m.code(), true);
      Optional<GroupFigure> rest = data.group(m.code(), false);
      Double d = demo.map(GroupFigure::ytdValue).orElse(null);
      Double r = rest.map(GroupFigure::ytdValue).orElse(null);
      Cell diff =
          d == null || r == null
              ? Cell.text(Wording.NO_VALUE)
              : new Cell(
                  String.format(java.util.Locale.ROOT, "%+.1f", Formats.changeNumber(m, d, r)),
                  Formats.changeNumber(m, d, r),
                  "+0.0;-0.0;0.0",
                  null);
      t.add(
          m.columnLabel(),
          List.of(
              Cells.value(m, d, null),
              Cells.value(m, r, null),
              diff,
              Cells.count(demo.map(GroupFigure::ytdVillages).orElse(null)),
              Cells.count(rest.map(GroupFigure::ytdVillages).orElse(null))));
    }
    return t;
  }

  private static Optional<String> demonstrationSentence(WarehouseFigures data) {
    int better = 0;
    int comparedCount = 0;
    int counted = 0;
    for (Metric m : compared()) {
      Double d = data.group(m.code(), true).map(GroupFigure::ytdValue).orElse(null);
      Double r = data.group(m.code(), false).map(GroupFigure::ytdValue).orElse(null);
      if (d == null || r == null) {
        continue;
      }
      counted =
          Math.max(counted, data.group(m.code(), true).map(GroupFigure::ytdVillages).orElse(0));
      comparedCount++;
      double diff = Formats.changeNumber(m, d, r);
      if (m.direction() == MetricDirection.LOWER ? diff < 0 : diff > 0) {
        better++;
      }
    }
    if (comparedCount == 0) {
      return Optional.empty();
    }
    long demos = data.villages().stream().filter(Village::demonstration).count();
    return Optional.of(
        "全市"
            + demos
            + "个示范村（社区）"
            + (counted == demos ? "" : "（本年有数据的" + counted + "个）")
            + "在"
            + comparedCount
            + "项比率指标中有"
            + better
            + "项好于其他村（社区）。");
  }
}
