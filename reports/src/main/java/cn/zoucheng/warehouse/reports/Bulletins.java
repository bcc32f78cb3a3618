package cn.zoucheng.warehouse.reports;

import cn.zoucheng.warehouse.reports.Area.Place;
import cn.zoucheng.warehouse.reports.WarehouseFigures.Breach;
import cn.zoucheng.warehouse.reports.WarehouseFigures.Fig;
import cn.zoucheng.warehouse.reports.WarehouseFigures.FileQuality;
import cn.zoucheng.warehouse.reports.WarehouseFigures.Submission;
import cn.zoucheng.warehouse.schemas.exports.ExportCatalog;
import cn.zoucheng.warehouse.schemas.exports.WarehouseTables.FileStatus;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.MetricUnit;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import cn.zoucheng.warehouse.schemas.types.RecordSchema;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The monthly bulletin of the city (月度通报) and of each town (镇街通报): one structure, over the city and
 * its towns or over a town and its villages ({@link Area}). Sections as OUTPUTS.md lists them:
 * 总体情况, the ranking, one section per activity, 问题通报, 附：数据质量.
 */
public final class Bulletins {
  /** Issuing unit of every bulletin. */
  public static final String ISSUER = "邹城市民政局";

  static final String UNREPORTED = SubmissionStatus.MISSING.label();
  static final String NO_VALUE = "—";
  static final String UNREPORTED_COLOUR = "#EDEDED";
  private static final String[] NUMERALS = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
  private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("M月d日");

  private Bulletins() {}

  /** 邹城市农村社区治理工作通报（2026年第10期）. */
  public static Document city(WarehouseFigures data, String issuedOn) {
    return build(data, Area.city(data), "邹城市", issuedOn);
  }

  /** 凫山街道农村社区治理工作通报（2026年第10期）. */
  public static Document town(WarehouseFigures data, WarehouseFigures.Town town, String issuedOn) {
    return build(data, Area.town(data, town), town.name(), issuedOn);
  }

  private static Document build(
      WarehouseFigures data, Area area, String titlePlace, String issuedOn) {
    YearMonth p = data.period();
    String title = titlePlace + "农村社区治理工作通报";
    String issue = "（" + p.getYear() + "年第" + p.getMonthValue() + "期）";
    Document doc =
        new Document(new Document.Heading(title, issue, ISSUER, issuedOn, title + issue));
    boolean city = area.townCode().isEmpty();
    int section = 0;
    Numbers n = new Numbers();

    doc.h1(numeral(section++) + "、总体情况");
    doc.paragraph(reporting(data, area, city));
    StringBuilder prose = new StringBuilder();
    for (Activity a : Activity.values()) {
      if (a == Activity.DEMOCRATIC_MANAGEMENT && !isDemocraticMonth(p)) {
        continue;
      }
      prose.append(Prose.activity(a, area.name(), code -> area.fig(p, code), unreported(area, a)));
    }
    doc.paragraph(prose.toString());
    List<Fig> own =
        MetricCatalog.ALL.stream()
            .map(m -> area.fig(p, m.code()))
            .flatMap(Optional::stream)
            .toList();
    Prose.targets(area.name(), p, own, false).ifPresent(doc::paragraph);
    doc.grid(n.table() + area.name() + "主要指标（" + Prose.month(p) + "）", headline(data, area, city));
    doc.note(
        "环比、同比列：比率类指标为百分点变化，其余为原单位变化；“"
            + NO_VALUE
            + "”表示无可比数据。达标情况对照"
            + p.getYear()
            + "年度目标：绿色为达标，黄色为预警，红色为未达标。"
            + (p.getMonthValue() == 12 ? "全年累计：比率类为全年分子之和除以分母之和，颜色为全年达标情况。" : ""));

    doc.pageBreak();
    doc.h1(numeral(section++) + "、" + area.placeLabel() + "排名");
    Grid ranking = ranking(area);
    doc.grid(n.table() + "各" + area.placeLabel() + "主要指标及综合排名", ranking);
    doc.note("综合排名按达标项数从多到少排列，相同的按各项排名的平均值排列。颜色：绿色达标、黄色预警、红色未达标、" + "灰色未报送。");

    for (Activity a : Activity.values()) {
      doc.pageBreak();
      doc.h1(numeral(section++) + "、" + a.title());
      YearMonth month = p;
      if (a == Activity.DEMOCRATIC_MANAGEMENT && !isDemocraticMonth(p)) {
        Optional<YearMonth> last = lastDemocraticMonth(data, area);
        if (last.isEmpty()) {
          doc.paragraph("民主管理日每年1月5日、7月5日召开，截至本期尚无测评数据。");
          continue;
        }
        month = last.get();
        doc.paragraph("民主管理日每年1月5日、7月5日召开，本月不召开。以下为" + Prose.month(month) + "民主管理日的情况。");
      }
      YearMonth m = month;
      doc.paragraph(
          Prose.activity(
                  a, area.name(), code -> area.fig(m, code), m.equals(p) && unreported(area, a))
              + (m.equals(p)
                  ? Prose.extremes(
                          a.keyMetric(),
                          area.placeLabel(),
                          area.places(),
                          u -> area.placeFig(u, a.keyMetric().code()))
                      .orElse("")
                  : ""));
      if (m.equals(p)) {
        doc.chart(
            n.figure()
                + "各"
                + area.placeLabel()
                + a.keyMetric().columnLabel()
                + unitSuffix(a.keyMetric()),
            bars(area, a.keyMetric()));
      }
      doc.chart(
          n.figure()
              + a.keyMetric().columnLabel()
              + "走势"
              + unitSuffix(a.keyMetric())
              + "（"
              + Prose.month(m.minusMonths(12))
              + "至"
              + Prose.month(m)
              + "）",
          trend(data, area, city, a.keyMetric(), m));
      if (m.equals(p) || city) {
        doc.grid(
            n.table()
                + "各"
                + area.placeLabel()
                + a.title()
                + "情况"
                + (m.equals(p) ? "" : "（" + Prose.month(m) + "）"),
            activityTable(area, a, m));
      } else {
        doc.note("村(社区)明细见" + Prose.month(m) + "通报。");
      }
    }

    doc.pageBreak();
    doc.h1(numeral(section++) + "、问题通报");
    problems(doc, data, area, city, n);

    doc.pageBreak();
    doc.h1("附：数据质量");
    quality(doc, data, area, city, n);
    return doc;
  }

  private static String reporting(WarehouseFigures data, Area area, boolean city) {
    YearMonth p = data.period();
    int types = ExportCatalog.ALL.size();
    if (!city) {
      List<String> missing =
          area.missingTypes().stream().map(WarehouseFigures::recordTypeName).toList();
      return Prose.month(p)
          + "，"
          + area.name()
          + (missing.isEmpty()
              ? "按要求报送了全部" + types + "类数据。"
              : "未报送" + String.join("、", missing) + "数据（共" + types + "类），相关指标标注为未报送。");
    }
    List<String> missingTowns = new ArrayList<>();
    for (WarehouseFigures.Town t : data.towns()) {
      List<String> m =
          data.missingTypes(t.code()).stream().map(WarehouseFigures::recordTypeName).toList();
      if (!m.isEmpty()) {
        missingTowns.add(
            t.name()
                + (m.size() == types ? "（全部" + types + "类）" : "（" + String.join("、", m) + "）"));
      }
    }
    int n = data.towns().size();
    if (missingTowns.isEmpty()) {
      return Prose.month(p) + "，全市" + n + "个镇街均报送了全部" + types + "类数据。";
    }
    return Prose.month(p)
        + "，全市"
        + n
        + "个镇街中，"
        + (n - missingTowns.size())
        + "个报送了全部数据；"
        + String.join("、", missingTowns)
        + "未报送，全市数据按已报送镇街统计，未报送的镇街在各表中标注为未报送。";
  }

  /** Table 1: the headline figures with 环比, 同比, target and status (and the town's rank). */
  private static Grid headline(WarehouseFigures data, Area area, boolean city) {
    List<String> headers = new ArrayList<>(List.of("本月", "上月", "环比", "去年同期", "同比", "年度目标", "达标情况"));
    if (!city) {
      headers.add("全市排名");
    }
    YearMonth p = data.period();
    boolean december = p.getMonthValue() == 12;
    if (december) {
      headers.add("全年累计");
    }
    Grid g = new Grid("指标", headers);
    for (String code : Activity.HEADLINE) {
      Metric m = Activity.metric(code);
      Grid.Row r = g.row(m.columnLabel());
      Optional<Fig> f = area.fig(p, code);
      if (f.isEmpty()) {
        r.text(unreported(area, m) ? UNREPORTED : NO_VALUE, null);
        for (int i = 1; i < headers.size(); i++) {
          r.text("", null);
        }
        r.add();
        continue;
      }
      Fig x = f.get();
      r.num(m.unit(), x.value(), null);
      r.num(m.unit(), x.prevValue(), null);
      r.text(
          x.value() != null && x.prevValue() != null
              ? Formats.arrow(m, x.value(), x.prevValue())
              : NO_VALUE,
          null);
      r.num(m.unit(), x.yoyValue(), null);
      r.text(
          x.value() != null && x.yoyValue() != null
              ? Formats.arrow(m, x.value(), x.yoyValue())
              : NO_VALUE,
          null);
      r.num(m.unit(), x.target(), null);
      r.text(x.status() == null ? "" : x.status(), Grid.colour(x.status()));
      if (!city) {
        r.text(x.rank() == null ? NO_VALUE : x.rank() + "/" + x.ranked(), null);
      }
      if (december) {
        r.num(m.unit(), x.ytdValue(), Grid.colour(x.ytdStatus()));
      }
      r.add();
    }
    return g;
  }

  /** Table 2: each place's key figures coloured by status, 达标项数 and the overall order. */
  static Grid ranking(Area area) {
    List<String> headers = new ArrayList<>();
    for (String code : Activity.RANKING) {
      headers.add(Activity.metric(code).columnLabel());
    }
    headers.add("达标项数");
    headers.add("综合排名");
    record Ranked(Place place, int met, double meanRank) {}
    List<Ranked> order = new ArrayList<>();
    for (Place u : area.places()) {
      int met = 0;
      List<Integer> ranks = new ArrayList<>();
      for (String code : Activity.RANKING) {
        Optional<Fig> f = area.placeFig(u, code);
        if (f.isPresent() && TargetStatus.MET.label().equals(f.get().status())) {
          met++;
        }
        f.map(Fig::rank).ifPresent(ranks::add);
      }
      OptionalDouble mean = ranks.stream().mapToInt(Integer::intValue).average();
      order.add(new Ranked(u, met, mean.orElse(Double.MAX_VALUE)));
    }
    order.sort(
        Comparator.comparingInt(Ranked::met)
            .reversed()
            .thenComparingDouble(Ranked::meanRank)
            .thenComparing(r -> r.place().code()));
    Grid g = new Grid(area.placeLabel(), headers);
    int position = 1;
    for (Ranked r : order) {
      Grid.Row row = g.row(r.place().name());
      for (String code : Activity.RANKING) {
        cell(row, area, r.place(), Activity.metric(code), area.period());
      }
      row.num(MetricUnit.COUNT, (double) r.met(), null);
      row.num(MetricUnit.COUNT, (double) position++, null);
      row.add();
    }
    return g;
  }

  /**
   * A place's figure of a month as a coloured cell; 未报送 in grey where the place did not deliver the
   * record type this month; — where there is no value.
   */
  private static void cell(Grid.Row row, Area area, Place u, Metric m, YearMonth month) {
    Optional<Fig> f = area.placeFig(u, m.code(), month);
    if (f.isPresent() && f.get().value() != null) {
      row.num(m.unit(), f.get().value(), Grid.colour(f.get().status()));
    } else if (month.equals(area.period()) && area.unreported(u, m)) {
      row.text(UNREPORTED, UNREPORTED_COLOUR);
    } else {
      row.text(NO_VALUE, null);
    }
  }

  /** The area (in bold) and each of its units, with the activity's figures of the month. */
  private static Grid activityTable(Area area, Activity a, YearMonth month) {
    List<Metric> metrics = a.metrics();
    Grid g = new Grid(area.placeLabel(), metrics.stream().map(Metric::columnLabel).toList());
    Grid.Row total = g.boldRow(area.name());
    boolean unreported = month.equals(area.period()) && unreported(area, a);
    for (Metric m : metrics) {
      Optional<Fig> f = area.fig(month, m.code());
      if (f.isPresent() && f.get().value() != null) {
        total.num(m.unit(), f.get().value(), Grid.colour(f.get().status()));
      } else {
        total.text(unreported ? UNREPORTED : NO_VALUE, null);
      }
    }
    total.add();
    for (Place u : area.places()) {
      Grid.Row row = g.row(u.name());
      for (Metric m : metrics) {
        cell(row, area, u, m, month);
      }
      row.add();
    }
    return g;
  }

  private static ChartData bars(Area area, Metric m) {
    List<Place> units = area.places();
    ChartData c = ChartData.bars(units.size());
    for (Place u : units) {
      Optional<Double> v = area.placeFig(u, m.code()).map(Fig::value);
      c.add(m.columnLabel(), u.name(), v.map(x -> chartValue(m, x)).orElse(null));
    }
    return c;
  }

  /** The 13 months up to {@code month}: the area's line, and the city's for a town. */
  private static ChartData trend(
      WarehouseFigures data, Area area, boolean city, Metric m, YearMonth month) {
    ChartData c = new ChartData(ChartData.Kind.LINE);
    for (int i = 12; i >= 0; i--) {
      YearMonth x = month.minusMonths(i);
      String label = x.getYear() + "." + x.getMonthValue();
      c.add(
          area.name(),
          label,
          area.fig(x, m.code()).map(Fig::value).map(v -> chartValue(m, v)).orElse(null));
      if (!city) {
        c.add(
            "全市",
            label,
            data.city(x, m.code()).map(Fig::value).map(v -> chartValue(m, v)).orElse(null));
      }
    }
    return c;
  }

  /** Rates and relative changes are charted as percentages, rounded as the tables print them. */
  static double chartValue(Metric m, double v) {
    double r = Formats.rounded(m.unit(), v);
    return m.unit() == MetricUnit.RATE || m.unit() == MetricUnit.RATIO ? r * 100 : r;
  }

  static String unitSuffix(Metric m) {
    return switch (m.unit()) {
      case RATE, RATIO -> "（%）";
      case COUNT -> "（" + Formats.measureWord(m) + "）";
      case DAYS -> "（天）";
      case YUAN -> "（元）";
    };
  }

  private static void problems(
      Document doc, WarehouseFigures data, Area area, boolean city, Numbers n) {
    List<Breach> breaches =
        data.breaches().stream()
            .filter(b -> area.townCode().map(b.townCode()::equals).orElse(true))
            .toList();
    if (breaches.isEmpty()) {
      doc.paragraph("（一）违规入账。本月未发现未经五人会签、审理或代理中心审核即入账的支出单据。");
    } else {
      double sum = breaches.stream().mapToDouble(Breach::amount).sum();
      doc.paragraph(
          "（一）违规入账。本月发现"
              + breaches.size()
              + "笔支出单据违规入账，金额合计"
              + Formats.grouped(sum, 2)
              + "元，涉及"
              + breaches.stream().map(Breach::villageCode).distinct().count()
              + "个村(社区)，请相关镇街督促整改。");
      ListTable l = new ListTable("镇街", "村(社区)", "金额(元)", "入账日期", "单据编号及违规情形");
      for (Breach b : breaches) {
        l.row(
            data.townName(b.townCode()),
            data.villageName(b.villageCode()),
            Formats.grouped(b.amount(), 2),
            b.postedOn() == null ? "" : b.postedOn().toString(),
            b.voucherId() + "：" + b.rules());
      }
      doc.list(n.table() + "违规入账明细", l);
    }

    ListTable under = new ListTable(area.placeLabel(), "有目标指标", "未达标项", "预警项", "未达标、预警指标");
    for (Place u : area.places()) {
      List<String> missed = new ArrayList<>();
      List<String> warned = new ArrayList<>();
      int targeted = 0;
      for (Metric m : MetricCatalog.ALL) {
        Optional<Fig> f = area.placeFig(u, m.code());
        if (f.isEmpty() || f.get().target() == null || f.get().status() == null) {
          continue;
        }
        targeted++;
        if (TargetStatus.MISSED.label().equals(f.get().status())) {
          missed.add(m.columnLabel());
        } else if (TargetStatus.WARNING.label().equals(f.get().status())) {
          warned.add(m.columnLabel());
        }
      }
      if (!missed.isEmpty() || (city && !warned.isEmpty())) {
        under.row(
            u.name(),
            String.valueOf(targeted),
            String.valueOf(missed.size()),
            String.valueOf(warned.size()),
            (missed.isEmpty() ? "" : "未达标：" + String.join("、", missed))
                + (!missed.isEmpty() && !warned.isEmpty() && city ? "；" : "")
                + (city && !warned.isEmpty() ? "预警：" + String.join("、", warned) : ""));
      }
    }
    doc.paragraph(
        "（二）未达标指标。"
            + (under.size() == 0
                ? "本月各" + area.placeLabel() + "有目标的指标均已达标。"
                : "本月有"
                    + under.size()
                    + "个"
                    + area.placeLabel()
                    + (city ? "存在未达标或预警指标" : "存在未达标指标")
                    + "，详见下表。"));
    if (under.size() > 0) {
      doc.list(n.table() + (city ? "未达标、预警指标" : "未达标指标"), under);
    }

    ListTable late = new ListTable("镇街", "记录类型", "报送情况", "截止日期", "接收日期");
    for (Submission s : data.submissions()) {
      if (!area.townCode().map(s.townCode()::equals).orElse(true)) {
        continue;
      }
      if (SubmissionStatus.ON_TIME.label().equals(s.status())) {
        continue;
      }
      String received =
          s.firstReceived() == null
              ? "—"
              : s.firstReceived().format(MONTH_DAY)
                  + (s.lastReceived() != null && !s.lastReceived().equals(s.firstReceived())
                      ? "首次，" + s.lastReceived().format(MONTH_DAY) + "最近"
                      : "");
      late.row(
          data.townName(s.townCode()),
          WarehouseFigures.recordTypeName(s.recordType()),
          s.status(),
          s.deadline() == null ? "" : s.deadline().format(MONTH_DAY),
          received);
    }
    doc.paragraph(
        "（三）数据报送。" + (late.size() == 0 ? "本月数据均按时报送。" : "以下" + late.size() + "项数据逾期、补报或未报送："));
    if (late.size() > 0) {
      doc.list(n.table() + "逾期、补报和未报送的数据", late);
    }
  }

  private static void quality(
      Document doc, WarehouseFigures data, Area area, boolean city, Numbers n) {
    List<FileQuality> files = data.files();
    Grid g;
    if (city) {
      g = new Grid("镇街", List.of("文件数", "读取行数", "入库行数", "隔离行数", "入库率", "被拒文件", "未报送类型"));
      for (WarehouseFigures.Town t : data.towns()) {
        qualityRow(
                g.row(t.name()), files.stream().filter(f -> t.code().equals(f.townCode())).toList())
            .num(MetricUnit.COUNT, (double) data.missingTypes(t.code()).size(), null)
            .add();
      }
      qualityRow(g.boldRow("全市"), files)
          .num(
              MetricUnit.COUNT,
              (double)
                  data.submissions().stream().filter(s -> UNREPORTED.equals(s.status())).count(),
              null)
          .add();
    } else {
      String townCode = area.townCode().orElseThrow();
      g = new Grid("记录类型", List.of("文件数", "读取行数", "入库行数", "隔离行数", "入库率", "被拒文件", "报送情况"));
      List<FileQuality> own = files.stream().filter(f -> townCode.equals(f.townCode())).toList();
      for (RecordSchema s : ExportCatalog.ALL) {
        String status =
            data.submissions().stream()
                .filter(x -> x.townCode().equals(townCode) && x.recordType().equals(s.name()))
                .map(Submission::status)
                .findFirst()
                .orElse(NO_VALUE);
        qualityRow(
                g.row(s.chineseName()),
                own.stream().filter(f -> s.name().equals(f.recordType())).toList())
            .text(status, UNREPORTED.equals(status) ? UNREPORTED_COLOUR : null)
            .add();
      }
      files = own;
    }
    doc.grid(n.table() + "收到的文件及入库情况（" + Prose.month(data.period()) + "数据）", g);

    ListTable l = new ListTable("镇街", "记录类型", "隔离行数", "文件状态", "文件及主要问题");
    for (FileQuality f : files) {
      if (f.rowsQuarantined() == 0 && !FileStatus.REJECTED.name().equals(f.status())) {
        continue;
      }
      l.row(
          data.townName(f.townCode()),
          f.recordType() == null ? "" : WarehouseFigures.recordTypeName(f.recordType()),
          Formats.grouped(f.rowsQuarantined(), 0),
          fileStatus(f.status()),
          f.fileName()
              + "："
              + (FileStatus.REJECTED.name().equals(f.status())
                  ? "整个文件被拒收（" + f.rejectReason() + "）"
                  : f.topReasons() == null ? "" : f.topReasons()));
    }
    if (l.size() > 0) {
      doc.list(n.table() + "有隔离行或被拒收的文件", l);
    } else {
      doc.paragraph("本月收到的文件均完整入库，没有隔离行。");
    }
    WarehouseFigures.Snapshot s = data.snapshot();
    doc.note(
        "数据快照：入库批次 "
            + s.ingestRunId()
            + "（"
            + time(s.ingestedAt())
            + "），指标计算批次 "
            + s.metricsRunId()
            + "（"
            + time(s.computedAt())
            + "）。本通报的全部数字取自数据仓库的 metrics 等视图，"
            + "可用 bin/warehouse sql 复核。隔离行的文件、行号、列和原因见 quarantine 视图。");
  }

  private static String time(LocalDateTime t) {
    return t == null ? "—" : t.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
  }

  private static Grid.Row qualityRow(Grid.Row row, List<FileQuality> files) {
    long read = files.stream().mapToLong(FileQuality::rowsRead).sum();
    long loaded = files.stream().mapToLong(FileQuality::rowsLoaded).sum();
    long quarantined = files.stream().mapToLong(FileQuality::rowsQuarantined).sum();
    long rejected =
        files.stream().filter(f -> FileStatus.REJECTED.name().equals(f.status())).count();
    row.num(MetricUnit.COUNT, (double) files.size(), null)
        .num(MetricUnit.COUNT, (double) read, null)
        .num(MetricUnit.COUNT, (double) loaded, null)
        .num(MetricUnit.COUNT, (double) quarantined, null)
        .num(MetricUnit.RATE, read == 0 ? null : (double) loaded / read, null)
        .num(MetricUnit.COUNT, (double) rejected, rejected > 0 ? Grid.MISSED_COLOUR : null);
    return row;
  }

  private static String fileStatus(String status) {
    return status == null ? "" : FileStatus.valueOf(status).label();
  }

  private static boolean unreported(Area area, Activity a) {
    return a.metrics().stream()
        .map(Metric::recordType)
        .distinct()
        .allMatch(rt -> area.missingTypes().contains(rt));
  }

  private static boolean unreported(Area area, Metric m) {
    return area.missingTypes().contains(m.recordType());
  }

  static boolean isDemocraticMonth(YearMonth p) {
    return MetricCatalog.DEMOCRATIC_MANAGEMENT_MONTHS.contains(p.getMonthValue());
  }

  private static Optional<YearMonth> lastDemocraticMonth(WarehouseFigures data, Area area) {
    List<YearMonth> months = new ArrayList<>(data.periods());
    months.sort(Comparator.reverseOrder());
    return months.stream()
        .filter(Bulletins::isDemocraticMonth)
        .filter(m -> area.fig(m, Activity.DEMOCRATIC_MANAGEMENT.keyMetric().code()).isPresent())
        .findFirst();
  }

  /** Numbers the tables and figures of one report in order. */
  private static final class Numbers {
    private int table = 1;
    private int figure = 1;

    String table() {
      return "表" + table++ + "  ";
    }

    String figure() {
      return "图" + figure++ + "  ";
    }
  }

  static String numeral(int i) {
    return NUMERALS[i];
  }
}
