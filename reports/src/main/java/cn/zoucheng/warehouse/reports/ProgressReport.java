package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The leadership's progress report of the experiment zone (实验区建设进展): each metric's year to date
 * against the year's target for the city and each town, the experiment years side by side, the
 * trends over every month so far, and the demonstration communities against the rest, with a short
 * generated summary.
 */
public final class ProgressReport {
  private ProgressReport() {}

  /** Builds the report of the month of {@code data}. */
  public static Document build(WarehouseFigures data, String issuedOn) {
    YearMonth p = data.period();
    Document doc =
        new Document(
            new Document.Heading(
                "邹城市全国农村社区治理实验区建设进展",
                "（截至" + Prose.month(p) + "）",
                Bulletins.ISSUER,
                issuedOn,
                "邹城市全国农村社区治理实验区建设进展（截至" + Prose.month(p) + "）"));
    int section = 0;
    int table = 1;
    int figure = 1;

    doc.h1(Bulletins.numeral(section++) + "、总体进展");
    doc.paragraph(summary(data));
    List<Fig> ytd = targeted(data, p);
    Prose.targets("全市", p, ytd, true).ifPresent(doc::paragraph);
    demonstrationSentence(data).ifPresent(doc::paragraph);

    doc.h1(Bulletins.numeral(section++) + "、" + p.getYear() + "年度目标完成情况");
    YearMonth lastDecember = YearMonth.of(p.getYear() - 1, 12);
    Grid g = new Grid("指标", List.of("本年累计", "年度目标", "预警值", "完成情况", "上年全年", "上年目标", "上年完成情况"));
    for (Fig f : ytd) {
      Metric m = Activity.metric(f.metric());
      Optional<Fig> last = data.city(lastDecember, f.metric());
      g.row(m.columnLabel())
          .num(m.unit(), f.ytdValue(), null)
          .num(m.unit(), f.target(), null)
          .num(m.unit(), f.warningAt(), null)
          .text(
              f.ytdStatus() == null ? Bulletins.NO_VALUE : f.ytdStatus(),
              Grid.colour(f.ytdStatus()))
          .num(m.unit(), last.map(Fig::ytdValue).orElse(null), null)
          .num(m.unit(), last.map(Fig::target).orElse(null), null)
          .text(
              last.map(Fig::ytdStatus).orElse(Bulletins.NO_VALUE),
              Grid.colour(last.map(Fig::ytdStatus).orElse(null)))
          .add();
    }
    doc.grid("表" + table++ + "  全市年度目标完成情况（年累计）", g);
    doc.note("年累计：比率类指标为1月至本月分子之和除以分母之和，计数类为各月之和。“上年全年”为上年12月的年累计。" + "颜色：绿色达标、黄色预警、红色未达标。");

    doc.h1(Bulletins.numeral(section++) + "、实验区各年度情况");
    ListTable years = new ListTable("年度", "主题", "有目标指标", "达标项", "未达标、预警指标");
    for (int year : data.themes().keySet().stream().sorted().toList()) {
      YearMonth end = YearMonth.of(year, 12).isAfter(p) ? p : YearMonth.of(year, 12);
      if (end.getYear() != year || !data.periods().contains(end)) {
        years.row(year + "年", data.themes().get(year), "", "", "尚无数据");
        continue;
      }
      List<Fig> fs = targeted(data, end).stream().filter(f -> f.ytdStatus() != null).toList();
      long met = fs.stream().filter(f -> TargetStatus.MET.label().equals(f.ytdStatus())).count();
      List<String> notMet =
          fs.stream()
              .filter(f -> f.ytdStatus() != null && !TargetStatus.MET.label().equals(f.ytdStatus()))
              .map(f -> Activity.metric(f.metric()).columnLabel() + "（" + f.ytdStatus() + "）")
              .toList();
      years.row(
          year + "年" + (end.getMonthValue() == 12 ? "" : "（截至" + end.getMonthValue() + "月）"),
          data.themes().get(year),
          String.valueOf(fs.size()),
          String.valueOf(met),
          String.join("、", notMet));
    }
    doc.list("表" + table++ + "  各年度目标完成情况（年末年累计）", years);
    YearMonth first = data.periods().get(0);
    if (first.getMonthValue() != 1) {
      doc.note(
          "数据自"
              + Prose.month(first)
              + "起，"
              + first.getYear()
              + "年的年累计只含"
              + first.getMonthValue()
              + "月至12月。");
    }

    doc.pageBreak();
    doc.h1(Bulletins.numeral(section++) + "、各镇街年度目标完成情况");
    doc.grid("表" + table++ + "  各镇街主要指标年累计及完成情况", townsYtd(data));
    doc.note("按年累计达标项数从多到少排列。颜色：绿色达标、黄色预警、红色未达标；“—”为无数据。" + "本月未报送的镇街，年累计取其本年最近报送的月份（镇街名后注明）。");

    doc.pageBreak();
    doc.h1(Bulletins.numeral(section++) + "、主要指标走势");
    for (Activity a : Activity.values()) {
      Metric m = a.keyMetric();
      ChartData c = new ChartData(ChartData.Kind.LINE);
      for (YearMonth x : data.periods()) {
        if (a == Activity.DEMOCRATIC_MANAGEMENT && !Bulletins.isDemocraticMonth(x)) {
          continue;
        }
        c.add(
            "全市",
            x.getYear() + "." + x.getMonthValue(),
            data.city(x, m.code())
                .map(Fig::value)
                .map(v -> Bulletins.chartValue(m, v))
                .orElse(null));
      }
      doc.chart(
          "图"
              + figure++
              + "  "
              + a.title()
              + "："
              + m.columnLabel()
              + Bulletins.unitSuffix(m)
              + "（"
              + Prose.month(data.periods().get(0))
              + "至"
              + Prose.month(p)
              + (a == Activity.DEMOCRATIC_MANAGEMENT ? "，每年1月、7月" : "")
              + "）",
          c);
    }

    doc.pageBreak();
    doc.h1(Bulletins.numeral(section) + "、示范村（社区）与其他村（社区）");
    doc.grid(
        "表" + table + "  示范村（社区）与其他村（社区）年累计对比（" + p.getYear() + "年1月至" + p.getMonthValue() + "月）",
        demonstration(data));
    doc.note(
        "每个镇街有一个示范村（社区）。各组的比率为组内各村（社区）年累计分子之和除以分母之和；差值为示范村（社区）"
            + "减其他村（社区），单位为百分点。“—”为本月无村级年累计（民主管理日指标只在1月、7月有村级数据）。");
    return doc;
  }

  /** The city's figures of {@code month} that have a target, in catalogue order. */
  private static List<Fig> targeted(WarehouseFigures data, YearMonth month) {
    List<Fig> out = new ArrayList<>();
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
          .append(Bulletins.numeral(index))
          .append("年（")
          .append(p.getYear())
          .append("年，")
          .append(data.themes().get(p.getYear()))
          .append("）。");
    }
    s.append("截至").append(Prose.month(p)).append("，");
    List<String> parts = new ArrayList<>();
    for (String code :
        List.of(
            "proxy_accepted",
            "proxy_completion_rate",
            "voucher_five_sign_rate",
            "meeting_village_coverage",
            "suggestion_adoption_rate",
            "petitions_livelihood_yoy")) {
      Metric m = Activity.metric(code);
      data.city(p, code)
          .map(Fig::ytdValue)
          .ifPresent(
              v ->
                  parts.add(
                      (m.unit() == MetricUnit.COUNT ? "全年累计" : "")
                          + label(m)
                          + Formats.value(m, v)));
    }
    s.append(String.join("，", parts)).append("。");
    return s.toString();
  }

  private static String label(Metric m) {
    return switch (m.code()) {
      case "proxy_accepted" -> "民生代办受理";
      case "petitions_livelihood_yoy" -> "民生类信访同比";
      default -> m.columnLabel();
    };
  }

  private static Grid townsYtd(WarehouseFigures data) {
    YearMonth p = data.period();
    List<String> headers = new ArrayList<>();
    for (String code : Activity.RANKING) {
      headers.add(Activity.metric(code).columnLabel());
    }
    headers.add("达标项数");
    record T(WarehouseFigures.Town town, int met) {}
    List<T> towns = new ArrayList<>();
    for (WarehouseFigures.Town t : data.towns()) {
      int met = 0;
      for (String code : Activity.RANKING) {
        if (latestYtd(data, t.code(), code)
            .map(Fig::ytdStatus)
            .filter(TargetStatus.MET.label()::equals)
            .isPresent()) {
          met++;
        }
      }
      towns.add(new T(t, met));
    }
    towns.sort(Comparator.comparingInt(T::met).reversed().thenComparing(x -> x.town().code()));
    Grid g = new Grid("镇街", headers);
    Grid.Row city = g.boldRow("全市");
    for (String code : Activity.RANKING) {
      Metric m = Activity.metric(code);
      Optional<Fig> f = data.city(p, code);
      city.num(
          m.unit(),
          f.map(Fig::ytdValue).orElse(null),
          Grid.colour(f.map(Fig::ytdStatus).orElse(null)));
    }
    city.text("", null).add();
    for (T t : towns) {
      Optional<YearMonth> through =
          data.periods().stream()
              .filter(x -> x.getYear() == p.getYear())
              .filter(
                  x ->
                      Activity.RANKING.stream()
                          .anyMatch(code -> data.town(x, t.town().code(), code).isPresent()))
              .max(Comparator.naturalOrder());
      String name =
          t.town().name()
              + (through.isPresent() && !through.get().equals(p)
                  ? "（截至" + through.get().getMonthValue() + "月）"
                  : "");
      Grid.Row r = g.row(name);
      for (String code : Activity.RANKING) {
        Metric m = Activity.metric(code);
        Optional<Fig> f = latestYtd(data, t.town().code(), code);
        if (f.isPresent() && f.get().ytdValue() != null) {
          r.num(m.unit(), f.get().ytdValue(), Grid.colour(f.get().ytdStatus()));
        } else {
          r.text(Bulletins.NO_VALUE, null);
        }
      }
      r.num(MetricUnit.COUNT, (double) t.met(), null).add();
    }
    return g;
  }

  /**
   * A town's year to date of a metric: from the report's month, or, when the town sent nothing that
   * month, from its latest month of the year that has the figure.
   */
  static Optional<Fig> latestYtd(WarehouseFigures data, String townCode, String metric) {
    YearMonth p = data.period();
    for (YearMonth m = p; m.getYear() == p.getYear(); m = m.minusMonths(1)) {
      Optional<Fig> f = data.town(m, townCode, metric).filter(x -> x.ytdValue() != null);
      if (f.isPresent()) {
        return f;
      }
    }
    return Optional.empty();
  }

  /** Year-to-date rate of a group of villages: the sum of numerators over that of denominators. */
  record Pair(Double demonstration, Double others) {}

  static Pair compare(WarehouseFigures data, Metric m) {
    Set<String> demonstrations =
        data.villages().stream()
            .filter(WarehouseFigures.Village::demonstration)
            .map(WarehouseFigures.Village::code)
            .collect(Collectors.toSet());
    double[] demo = new double[2];
    double[] rest = new double[2];
    for (Fig f : data.villageFigures(m.code())) {
      if (f.ytdNumerator() == null || f.ytdDenominator() == null) {
        continue;
      }
      double[] acc = demonstrations.contains(f.villageCode()) ? demo : rest;
      acc[0] += f.ytdNumerator();
      acc[1] += f.ytdDenominator();
    }
    return new Pair(
        demo[1] == 0 ? null : demo[0] / demo[1], rest[1] == 0 ? null : rest[0] / rest[1]);
  }

  private static List<Metric> comparedMetrics() {
    return MetricCatalog.ALL.stream().filter(m -> m.unit() == MetricUnit.RATE).toList();
  }

  private static Grid demonstration(WarehouseFigures data) {
    Grid g = new Grid("指标", List.of("示范村(社区)", "其他村(社区)", "差值(百分点)"));
    for (Metric m : comparedMetrics()) {
      Pair c = compare(data, m);
      Grid.Row r = g.row(m.columnLabel());
      for (Double v : new Double[] {c.demonstration(), c.others()}) {
        if (v == null) {
          r.text(Bulletins.NO_VALUE, null);
        } else {
          r.num(m.unit(), v, null);
        }
      }
      if (c.demonstration() != null && c.others() != null) {
        double pp =
            (Formats.rounded(m.unit(), c.demonstration()) - Formats.rounded(m.unit(), c.others()))
                * 100;
        r.num(MetricUnit.DAYS, pp, null);
      } else {
        r.text(Bulletins.NO_VALUE, null);
      }
      r.add();
    }
    return g;
  }

  private static Optional<String> demonstrationSentence(WarehouseFigures data) {
    int better = 0;
    int compared = 0;
    for (Metric m : comparedMetrics()) {
      Pair c = compare(data, m);
      if (c.demonstration() == null || c.others() == null) {
        continue;
      }
      compared++;
      boolean higherIsBetter =
          m.direction() != cn.zoucheng.warehouse.schemas.metrics.MetricDirection.LOWER;
      if (higherIsBetter ? c.demonstration() > c.others() : c.demonstration() < c.others()) {
        better++;
      }
    }
    if (compared == 0) {
      return Optional.empty();
    }
    long demos = data.villages().stream().filter(WarehouseFigures.Village::demonstration).count();
    return Optional.of(
        "全市"
            + demos
            + "个示范村（社区）在"
            + compared
            + "项比率指标中有"
            + better
            + "项好于其他村（社区）（见第"
            + Bulletins.numeral(5)
            + "部分）。");
  }
}
