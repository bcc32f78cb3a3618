package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * One section per activity (民生代办, 村务监督, 阳光议事, 民主管理, 信访与矛盾调处): the figures in a sentence, the places
 * at either end, the 13-month trend, and for the city the towns' bars and table. A town that sent
 * none of the activity's record types has no such section (its 总体情况 says so once); 民主管理 outside
 * January and July reports its latest day.
 */
final class ActivitySection {
  private ActivitySection() {}

  static void write(Document doc, Numbering n, Area area, Activity a) {
    if (area.town().isPresent()
        && a.recordTypes().stream()
            .allMatch(rt -> Reporting.missing(area.data(), area.town().get().code(), rt))) {
      return;
    }
    doc.heading(n.section(a.title()));
    YearMonth p = area.period();
    if (!a.heldIn(p)) {
      doc.paragraph(offMonth(area, a));
      return;
    }
    Metric key = a.keyMetric();
    String prose =
        Prose.activity(a, area.name(), area::fig).orElse(area.name() + "本月无" + a.title() + "记录。")
            + Prose.extremes(
                    key, area.placeLabel(), area.places(), pl -> area.placeFig(pl, key.code()))
                .orElse("");
    doc.paragraph(prose);
    cn.zoucheng.warehouse.reports.render.Chart bars = Charts.bars(key, area);
    if (area.isCity() && bars.bars().stream().anyMatch(b -> b.value() != null)) {
      doc.chart(n.figure("各镇街" + key.columnLabel()), bars);
    }
    cn.zoucheng.warehouse.reports.render.Chart trend = trend(area, key, p);
    if (trend.lines().stream().anyMatch(l -> l.values().stream().anyMatch(v -> v != null))) {
      doc.chart(n.figure(trendCaption(key, p)), trend);
    }
    if (area.isCity()) {
      doc.table(n.table("各镇街" + a.title() + "情况"), table(area, a));
      doc.note(Marks.legend());
    }
  }

  /** 民主管理日每年1月5日、7月5日召开，本月不召开。2026年7月，全市召开率…。 */
  private static String offMonth(Area area, Activity a) {
    String head = "民主管理日每年1月5日、7月5日召开，本月不召开";
    Optional<YearMonth> last =
        area.data().periods().stream()
            .filter(a::heldIn)
            .filter(m -> area.fig(m, a.keyMetric().code()).isPresent())
            .max(Comparator.naturalOrder());
    if (last.isEmpty()) {
      return head + "，截至本期尚无测评数据。";
    }
    YearMonth m = last.get();
    return head
        + "。"
        + Prose.activity(a, Wording.month(m) + "，" + area.name(), code -> area.fig(m, code))
            .orElse("");
  }

  private static String trendCaption(Metric key, YearMonth p) {
    return key.columnLabel()
        + "走势（"
        + Wording.month(p.minusMonths(12))
        + "至"
        + Wording.month(p)
        + "）";
  }

  private static cn.zoucheng.warehouse.reports.render.Chart trend(
      Area area, Metric key, YearMonth p) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = p.minusMonths(12); !m.isAfter(p); m = m.plusMonths(1)) {
      months.add(m);
    }
    List<Charts.Series> series = new ArrayList<>();
    series.add(new Charts.Series("全市", m -> area.data().city(m, key.code()), Marks.LINE_CITY));
    area.town()
        .ifPresent(
            t ->
                series.add(
                    new Charts.Series(
                        t.name(),
                        m -> area.data().town(m, t.code(), key.code()),
                        Marks.LINE_TOWN)));
    return Charts.lines(key, months, series, Charts.target(area, key));
  }

  /** The area's total in bold, then each place, with the activity's figures of the month. */
  static Table table(Area area, Activity a) {
    List<Metric> metrics = a.metrics();
    Table t = new Table(area.placeLabel(), metrics.stream().map(Metric::columnLabel).toList());
    List<Cell> total = new ArrayList<>();
    for (Metric m : metrics) {
      total.add(Cells.month(m, area.fig(m.code()), area.unreported(m)));
    }
    t.addBold(area.name(), total);
    for (Area.Place pl : area.places()) {
      List<Cell> cells = new ArrayList<>();
      for (Metric m : metrics) {
        Optional<Figure> f = area.placeFig(pl, m.code());
        cells.add(Cells.month(m, f, area.unreported(pl, m)));
      }
      t.add(pl.name(), cells);
    }
    return t;
  }
}
