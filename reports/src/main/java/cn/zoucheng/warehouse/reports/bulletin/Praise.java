package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.Standing;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * 表扬和通报批评, by the rules and the stored rankings: praised are the towns ranked first to third and
 * the town that rose most since last month; criticised are the town ranked last, the towns with
 * voucher control breaches and the towns that sent nothing.
 */
final class Praise {
  private Praise() {}

  static void write(Document doc, Numbering n, Area area) {
    doc.heading(n.section("表扬和通报批评"));
    doc.paragraph("（一）表扬。", praise(area));
    doc.paragraph("（二）通报批评。", criticism(area));
  }

  static String praise(Area area) {
    List<String> top = new ArrayList<>();
    int best = 0;
    List<String> risers = new ArrayList<>();
    for (RankingSection.Ranked r : RankingSection.order(area)) {
      Standing s = r.standing().orElse(null);
      if (s == null || s.compositeRank() == null) {
        continue;
      }
      if (s.compositeRank() <= 3) {
        top.add(r.place().name() + "（第" + s.compositeRank() + "位，" + s.metCount() + "项主要指标达标）");
      }
      if (s.rankChange() != null && s.rankChange() > 0) {
        if (s.rankChange() > best) {
          best = s.rankChange();
          risers.clear();
        }
        if (s.rankChange() == best) {
          risers.add(
              r.place().name() + "由上月第" + s.prevCompositeRank() + "位升至第" + s.compositeRank() + "位");
        }
      }
    }
    if (top.isEmpty()) {
      return "本月没有镇街参与综合排名，不作表扬。";
    }
    StringBuilder s = new StringBuilder("本月综合排名前三位的").append(Wording.list(top)).append("，予以通报表扬");
    if (!risers.isEmpty()) {
      s.append("；").append(Wording.list(risers)).append("，上升").append(best).append("位，进步最快，提出表扬");
    }
    return s.append("。").toString();
  }

  static String criticism(Area area) {
    List<String> parts = new ArrayList<>();
    List<RankingSection.Ranked> order = RankingSection.order(area);
    int last =
        order.stream()
            .map(RankingSection.Ranked::rank)
            .filter(r -> r != null)
            .max(Integer::compare)
            .orElse(0);
    if (last > 3) {
      List<String> bottom = new ArrayList<>();
      for (RankingSection.Ranked r : order) {
        if (r.rank() != null && r.rank() == last) {
          bottom.add(r.place().name());
        }
      }
      Standing s =
          order.stream()
              .filter(r -> r.rank() != null && r.rank() == last)
              .findFirst()
              .orElseThrow()
              .standing()
              .orElseThrow();
      parts.add(
          Wording.tie(bottom, "镇街")
              + "综合排名末位（第"
              + last
              + "位，"
              + MetricCatalog.KEY_FIGURES.size()
              + "项主要指标中"
              + s.metCount()
              + "项达标）");
    }
    List<String> breaches = Problems.breachPlaces(area);
    if (!breaches.isEmpty()) {
      parts.add(Wording.list(breaches) + "发生违规入账，违反“五人会签、代理中心审核后入账”的规定");
    }
    List<String> silent = new ArrayList<>();
    for (Town t : area.data().towns()) {
      if (Reporting.silent(area.data(), t.code())) {
        silent.add(t.name());
      }
    }
    if (!silent.isEmpty()) {
      parts.add(Wording.list(silent) + Wording.shortMonth(area.period()) + "应报数据均未报送");
    }
    if (parts.isEmpty()) {
      return "本月无通报批评事项。";
    }
    return String.join("；", parts) + "，予以通报批评。";
  }
}
