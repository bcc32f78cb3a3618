package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 下一步工作要求, generated from the problems found: who must send or resend which data, who must put
 * which breaches right, who must bring which key figure up to its target, each by the next month's
 * deadline (the deadline of the month's data, a month on).
 */
final class NextSteps {
  private NextSteps() {}

  static void write(Document doc, Numbering n, Area area) {
    doc.heading(n.section("下一步工作要求"));
    String by =
        Reporting.deadline(area.data())
            .map(d -> "于" + Formats.date(d.plusMonths(1)) + "前")
            .orElse("于下次报送截止日前");
    List<String[]> items = new ArrayList<>();
    String deliveries = deliveries(area, by);
    if (deliveries != null) {
      items.add(new String[] {"按时报送数据。", deliveries});
    }
    String breaches = breaches(area, by);
    if (breaches != null) {
      items.add(new String[] {"整改违规入账。", breaches});
    }
    String targets = targets(area, by);
    if (targets != null) {
      items.add(new String[] {"补齐指标短板。", targets});
    }
    if (items.isEmpty()) {
      items.add(
          new String[] {
            "巩固工作成效。",
            area.name() + "本月数据按时报送，未发现违规入账，各" + area.placeLabel() + "主要指标没有未达标项，要保持现有做法，按月按时报送数据。"
          });
    }
    for (int i = 0; i < items.size(); i++) {
      doc.paragraph("（" + Wording.numeral(i) + "）" + items.get(i)[0], items.get(i)[1]);
    }
  }

  private static String deliveries(Area area, String by) {
    List<String> resend = new ArrayList<>();
    List<String> late = new ArrayList<>();
    for (Town t : area.data().towns()) {
      if (area.town().map(x -> !x.code().equals(t.code())).orElse(false)) {
        continue;
      }
      List<String> missing = Reporting.types(area.data(), t.code(), SubmissionStatus.MISSING);
      if (Reporting.silent(area.data(), t.code())) {
        resend.add(
            t.name() + "补报" + Wording.shortMonth(area.period()) + "全部" + missing.size() + "类数据");
      } else if (!missing.isEmpty()) {
        resend.add(t.name() + "补报" + Wording.list(missing) + "数据");
      }
      if (!Reporting.types(area.data(), t.code(), SubmissionStatus.LATE).isEmpty()) {
        late.add(t.name());
      }
    }
    List<String> parts = new ArrayList<>();
    if (!resend.isEmpty()) {
      parts.add(Wording.list(resend) + "，" + by + "随下月数据一并报送");
    }
    if (!late.isEmpty()) {
      LocalDate d = Reporting.deadline(area.data()).orElse(null);
      parts.add(
          Wording.places(late, "镇街")
              + "本月数据逾期报送，要严格按每月"
              + (d == null ? "规定日期" : d.getDayOfMonth() + "日")
              + "的截止时间报送");
    }
    return parts.isEmpty() ? null : String.join("；", parts) + "。";
  }

  private static String breaches(Area area, String by) {
    List<String> places = Problems.breachPlaces(area);
    if (places.isEmpty()) {
      return null;
    }
    return Wording.list(places) + "要对本月违规入账逐笔核查，" + by + "整改到位，整改情况报市民政局。";
  }

  private static String targets(Area area, String by) {
    List<String> parts = new ArrayList<>();
    for (String code : MetricCatalog.KEY_FIGURES) {
      Metric m = Activity.metric(code);
      List<String> missed = new ArrayList<>();
      for (Area.Place p : area.places()) {
        if (area.placeFig(p, code)
            .flatMap(Figure::monthStatus)
            .filter(TargetStatus.MISSED::equals)
            .isPresent()) {
          missed.add(p.name());
        }
      }
      if (!missed.isEmpty()) {
        parts.add(m.columnLabel() + "（" + Wording.places(missed, area.placeLabel()) + "）");
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    return "主要指标未达到年度目标的"
        + area.placeLabel()
        + "："
        + Wording.list(parts)
        + "，要查找原因、制定措施，"
        + by
        + "明显改进，下期通报复核。";
  }
}
