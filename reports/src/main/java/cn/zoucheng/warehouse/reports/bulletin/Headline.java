package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.reports.warehouse.Standing;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 总体情况: who delivered what, where the area stands against the year's targets, a town's rank among
 * the 16, and table 1 (the headline figures with 上月, 环比, 去年同期, 同比, target, status).
 */
final class Headline {
  private Headline() {}

  static void write(Document doc, Numbering n, Area area) {
    YearMonth p = area.period();
    doc.heading(n.section("总体情况"));
    doc.paragraph(
        area.town()
            .map(t -> Reporting.townSentence(area.data(), t))
            .orElse(Reporting.citySentence(area.data())));
    area.town().flatMap(t -> area.data().townStanding(t.code())).ifPresent(s -> rank(doc, area, s));
    List<Figure> own = new ArrayList<>();
    for (Metric m : MetricCatalog.ALL) {
      area.fig(m.code()).ifPresent(own::add);
    }
    targets(area.name() + "本月", p, own, false).ifPresent(doc::paragraph);
    doc.table(n.table(area.name() + "主要指标（" + Wording.month(p) + "）"), table(area));
    doc.note(
        "环比、同比：比率类指标为百分点变化，其余为原单位变化；“"
            + Wording.NO_VALUE
            + "”表示无可比数据。达标情况对照"
            + p.getYear()
            + "年度目标。"
            + (p.getMonthValue() == 12 ? "全年累计：比率类为全年分子之和除以分母之和，颜色为全年达标情况。" : ""));
  }

  /** 本月凫山街道综合排名全市第5位（16个镇街参与排名），比上月上升2位；8项主要指标中6项达标。 */
  static void rank(Document doc, Area area, Standing s) {
    String name = area.name();
    if (s.compositeRank() == null) {
      doc.paragraph(
          name
              + "本月未参与综合排名"
              + (s.prevCompositeRank() == null
                  ? "。"
                  : "，上月综合排名全市第" + s.prevCompositeRank() + "位。"));
      return;
    }
    StringBuilder t =
        new StringBuilder("本月")
            .append(name)
            .append("综合排名全市第")
            .append(s.compositeRank())
            .append("位（")
            .append(s.placesRanked())
            .append("个镇街参与排名）");
    if (s.rankChange() != null) {
      t.append(
          s.rankChange() == 0
              ? "，与上月持平"
              : "，比上月" + (s.rankChange() > 0 ? "上升" : "下降") + Math.abs(s.rankChange()) + "位");
    }
    t.append("；")
        .append(MetricCatalog.KEY_FIGURES.size())
        .append("项主要指标中")
        .append(s.metCount())
        .append("项达标。");
    doc.paragraph(t.toString());
  }

  /**
   * 对照2026年度目标，全市本月19项有目标的指标中，12项达标，4项预警（…），3项未达标（…）。 From the stored statuses, of the month or of
   * the year to date.
   */
  static Optional<String> targets(
      String subject, YearMonth month, List<Figure> figs, boolean yearToDate) {
    int met = 0;
    List<String> missed = new ArrayList<>();
    List<String> warned = new ArrayList<>();
    for (Figure f : figs) {
      Optional<TargetStatus> status = yearToDate ? f.yearStatus() : f.monthStatus();
      if (status.isEmpty()) {
        continue;
      }
      String label = Activity.metric(f.metric()).columnLabel();
      switch (status.get()) {
        case MET -> met++;
        case WARNING -> warned.add(label);
        case MISSED -> missed.add(label);
      }
    }
    int with = met + warned.size() + missed.size();
    if (with == 0) {
      return Optional.empty();
    }
    return Optional.of(
        "对照"
            + month.getYear()
            + "年度目标，"
            + subject
            + with
            + "项有目标的指标中，"
            + met
            + "项达标，"
            + warned.size()
            + "项预警"
            + (warned.isEmpty() ? "" : "（" + Wording.list(warned) + "）")
            + "，"
            + missed.size()
            + "项未达标"
            + (missed.isEmpty() ? "" : "（" + Wording.list(missed) + "）")
            + "。");
  }

  private static Table table(Area area) {
    YearMonth p = area.period();
    List<String> headers = new ArrayList<>(List.of("本月", "上月", "环比", "去年同期", "同比", "年度目标", "达标情况"));
    if (!area.isCity()) {
      headers.add("全市排名");
    }
    boolean december = p.getMonthValue() == 12;
    if (december) {
      headers.add("全年累计");
    }
    Table t = new Table("指标", headers);
    for (String code : Activity.HEADLINE) {
      Metric m = Activity.metric(code);
      Optional<Figure> f = area.fig(code);
      List<Cell> cells = new ArrayList<>();
      Double now = f.map(Figure::value).orElse(null);
      // a month without the figure still shows the months before, from their own rows
      Double before = f.isPresent() ? f.get().prevValue() : value(area.fig(p.minusMonths(1), code));
      Double yearAgo =
          f.isPresent() ? f.get().yoyValue() : value(area.fig(p.minusMonths(12), code));
      cells.add(Cells.month(m, f, area.unreported(m)));
      cells.add(Cells.value(m, before, null));
      cells.add(Cells.change(m, now, before));
      cells.add(Cells.value(m, yearAgo, null));
      cells.add(Cells.change(m, now, yearAgo));
      cells.add(Cells.value(m, f.map(Figure::target).orElse(null), null));
      String status = f.map(Figure::status).orElse(null);
      cells.add(
          Cell.text(
              status == null ? Wording.NO_VALUE : status,
              Marks.cell(f.flatMap(Figure::monthStatus))));
      if (!area.isCity()) {
        cells.add(
            Cell.text(
                f.map(Figure::rank).map(r -> r + "/" + f.get().ranked()).orElse(Wording.NO_VALUE)));
      }
      if (december) {
        cells.add(Cells.yearToDate(m, f));
      }
      t.add(m.columnLabel(), cells);
    }
    return t;
  }

  private static Double value(Optional<Figure> f) {
    return f.map(Figure::value).orElse(null);
  }
}
