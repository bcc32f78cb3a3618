package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Standing;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * 镇街排名 (村（社区）排名): the places in the order of the 综合排名 the metrics job stored, their key figures
 * coloured by status, 达标项数 and 综合排名; equal ranks print equal, places without a rank last.
 */
final class RankingSection {
  private RankingSection() {}

  /** A place with its standing. */
  record Ranked(Area.Place place, Optional<Standing> standing) {
    Integer rank() {
      return standing.map(Standing::compositeRank).orElse(null);
    }
  }

  /** The places, ranked first in rank order, then the others in code order. */
  static List<Ranked> order(Area area) {
    List<Ranked> out = new ArrayList<>();
    for (Area.Place p : area.places()) {
      out.add(new Ranked(p, area.standing(p)));
    }
    out.sort(
        Comparator.comparing((Ranked r) -> r.rank() == null ? Integer.MAX_VALUE : r.rank())
            .thenComparing(r -> r.place().code()));
    return out;
  }

  /**
   * The sentence on the order: the first three, the last, the places not ranked; {@code more} is
   * added before its full stop (where the details are).
   */
  static String summary(Area area, String more) {
    List<Ranked> order = order(area);
    List<String> top = new ArrayList<>();
    List<String> unranked = new ArrayList<>();
    int last = 0;
    for (Ranked r : order) {
      if (r.rank() == null) {
        unranked.add(r.place().name());
      } else {
        last = Math.max(last, r.rank());
        if (r.rank() <= 3) {
          top.add(r.place().name() + "（" + r.rank() + "）");
        }
      }
    }
    int lastRank = last;
    List<String> bottom =
        order.stream()
            .filter(r -> r.rank() != null && r.rank() == lastRank && lastRank > 3)
            .map(r -> r.place().name())
            .toList();
    StringBuilder s =
        new StringBuilder("按")
            .append(MetricCatalog.KEY_FIGURES.size())
            .append("项主要指标的达标项数及各项排名综合排序");
    if (top.isEmpty()) {
      return s.append("，本月没有")
          .append(area.placeLabel())
          .append("参与排名")
          .append(more)
          .append("。")
          .toString();
    }
    s.append("，本月前三位是").append(Wording.list(top));
    if (!bottom.isEmpty()) {
      s.append("，末位是").append(Wording.places(bottom, area.placeLabel()));
    }
    if (!unranked.isEmpty()) {
      s.append("；").append(Wording.places(unranked, area.placeLabel())).append("本月无主要指标数据，未参与排名");
    }
    return s.append("（括号内为综合排名，并列的名次相同）").append(more).append("。").toString();
  }

  /** The ranking table. */
  static Table table(Area area) {
    List<String> headers = new ArrayList<>();
    for (String code : MetricCatalog.KEY_FIGURES) {
      headers.add(Activity.metric(code).columnLabel());
    }
    headers.add("达标项数");
    headers.add("综合排名");
    Table t = new Table(area.placeLabel(), headers);
    for (Ranked r : order(area)) {
      List<Cell> cells = new ArrayList<>();
      for (String code : MetricCatalog.KEY_FIGURES) {
        Metric m = Activity.metric(code);
        cells.add(Cells.month(m, area.placeFig(r.place(), code), area.unreported(r.place(), m)));
      }
      cells.add(Cells.count(r.standing().map(Standing::metCount).orElse(null)));
      cells.add(Cells.count(r.rank()));
      t.add(r.place().name(), cells);
    }
    return t;
  }

  /** The note under the table. */
  static String note() {
    return "综合排名：先比达标项数，多者在前；相同的比各项排名的平均值，小者在前；两者都相同的名次并列。" + Marks.legend();
  }

  /** The city bulletin's section. */
  static void write(Document doc, Numbering n, Area area) {
    doc.heading(n.section(area.placeLabel() + "排名"));
    doc.paragraph(summary(area, ""));
    doc.table(n.table("各" + area.placeLabel() + "主要指标及综合排名"), table(area));
    doc.note(note());
  }
}
