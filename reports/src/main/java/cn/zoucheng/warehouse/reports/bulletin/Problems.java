package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Breach;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Submission;
import cn.zoucheng.warehouse.reports.warehouse.Figure;
import cn.zoucheng.warehouse.schemas.metrics.Metric;
import cn.zoucheng.warehouse.schemas.metrics.MetricCatalog;
import cn.zoucheng.warehouse.schemas.metrics.SubmissionStatus;
import cn.zoucheng.warehouse.schemas.metrics.TargetStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 问题通报: the voucher control breaches, the figures under target and the exports late or missing,
 * each said from the figures; "none found" only where the figures were delivered and show none.
 */
final class Problems {
  private static final String BREACHES = "voucher_control_breaches";

  private Problems() {}

  static void write(Document doc, Numbering n, Area area, Attachments attachments) {
    doc.heading(n.section("问题通报"));
    breaches(doc, area, attachments);
    underTarget(doc, n, area);
    submissions(doc, n, area);
  }

  /** The places with breaches, as 中心店镇（3笔）, in code order. */
  static List<String> breachPlaces(Area area) {
    Metric m = Activity.metric(BREACHES);
    List<String> out = new ArrayList<>();
    for (Area.Place p : area.places()) {
      area.placeFig(p, BREACHES)
          .map(Figure::value)
          .filter(v -> v > 0)
          .ifPresent(v -> out.add(p.name() + "（" + Formats.value(m, v) + "）"));
    }
    return out;
  }

  private static void breaches(Document doc, Area area, Attachments attachments) {
    Metric m = Activity.metric(BREACHES);
    Optional<Figure> own = area.fig(BREACHES);
    if (own.isEmpty() || own.get().value() == null) {
      return;
    }
    String lead = "（一）违规入账。";
    double count = own.get().value();
    if (count == 0) {
      doc.paragraph(lead, "本月" + area.name() + (area.isCity() ? "已报送村务监督数据的镇街" : "") + "未发现违规入账。");
      return;
    }
    List<String> places = breachPlaces(area);
    List<Breach> list = breachesOf(area);
    double amount = list.stream().mapToDouble(Breach::amount).sum();
    String where = places.isEmpty() ? "" : "，涉及" + Wording.list(places);
    doc.paragraph(
        lead,
        "本月"
            + area.name()
            + "违规入账"
            + Formats.value(m, count)
            + "、金额"
            + Formats.value(Activity.metric("vouchers_rejected_amount"), amount)
            + where
            + "，逐笔明细见附件"
            + attachments.breachNumber(list)
            + "。");
  }

  /** The breaches of the area's places. */
  static List<Breach> breachesOf(Area area) {
    return area.data().breaches().stream()
        .filter(b -> area.town().map(t -> t.code().equals(b.townCode())).orElse(true))
        .toList();
  }

  private static void underTarget(Document doc, Numbering n, Area area) {
    String lead = "（二）未达标指标。";
    if (area.isCity()) {
      Table t = new Table("镇街", List.of("有目标指标", "未达标", "预警", "未达标、预警的指标"));
      int reported = 0;
      for (Area.Place p : area.places()) {
        List<String> missed = new ArrayList<>();
        List<String> warned = new ArrayList<>();
        int targeted = 0;
        for (Metric m : MetricCatalog.ALL) {
          Optional<TargetStatus> s = area.placeFig(p, m.code()).flatMap(Figure::monthStatus);
          if (s.isEmpty()) {
            continue;
          }
          targeted++;
          if (s.get() == TargetStatus.MISSED) {
            missed.add(m.columnLabel());
          } else if (s.get() == TargetStatus.WARNING) {
            warned.add(m.columnLabel());
          }
        }
        reported += targeted > 0 ? 1 : 0;
        if (!missed.isEmpty() || !warned.isEmpty()) {
          t.add(
              p.name(),
              List.of(
                  Cells.count(targeted),
                  Cells.count(missed.size()).coloured(missed.isEmpty() ? null : Marks.MISSED),
                  Cells.count(warned.size()).coloured(warned.isEmpty() ? null : Marks.WARNING),
                  Cell.text(
                      (missed.isEmpty() ? "" : "未达标：" + Wording.list(missed))
                          + (!missed.isEmpty() && !warned.isEmpty() ? "；" : "")
                          + (warned.isEmpty() ? "" : "预警：" + Wording.list(warned)))));
        }
      }
      if (t.size() == 0) {
        doc.paragraph(lead, "本月有数据的" + reported + "个镇街有目标的指标均已达标。");
      } else {
        doc.paragraph(lead, "本月有数据的" + reported + "个镇街中，" + t.size() + "个存在未达标或预警指标，详见下表。");
        doc.table(n.table("未达标、预警指标"), t);
      }
      return;
    }
    List<String> missed = new ArrayList<>();
    for (Metric m : MetricCatalog.ALL) {
      Optional<Figure> f = area.fig(m.code());
      if (f.flatMap(Figure::monthStatus).filter(TargetStatus.MISSED::equals).isPresent()) {
        missed.add(
            m.columnLabel()
                + Formats.value(m, f.get().value())
                + "（目标"
                + Formats.bare(m, f.get().target())
                + "）");
      }
    }
    if (!missed.isEmpty()) {
      doc.paragraph(lead, "本月" + area.name() + "未达到年度目标的指标：" + Wording.list(missed) + "。");
    } else if (MetricCatalog.ALL.stream()
        .anyMatch(m -> area.fig(m.code()).flatMap(Figure::monthStatus).isPresent())) {
      doc.paragraph(lead, "本月" + area.name() + "有目标的指标中没有未达标项。");
    }
  }

  private static void submissions(Document doc, Numbering n, Area area) {
    String lead = "（三）数据报送。";
    List<String> headers = new ArrayList<>(List.of("报送情况", "截止日期", "接收日期"));
    if (area.isCity()) {
      headers.add(0, "数据类型");
    }
    Table t = new Table(area.isCity() ? "镇街" : "数据类型", headers);
    List<Submission> due =
        area.town().map(x -> area.data().submissions(x.code())).orElse(area.data().submissions());
    for (Submission s : due) {
      if (s.submissionStatus().filter(SubmissionStatus.ON_TIME::equals).isPresent()) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      if (area.isCity()) {
        cells.add(Cell.text(Reporting.typeName(s.recordType())));
      }
      cells.add(Cell.text(s.status(), s.delivered() ? null : Marks.UNREPORTED));
      cells.add(Cell.text(s.deadline() == null ? Wording.NO_VALUE : Formats.date(s.deadline())));
      cells.add(Cell.text(received(s)));
      t.add(
          area.isCity() ? area.data().townName(s.townCode()) : Reporting.typeName(s.recordType()),
          cells);
    }
    if (t.size() == 0) {
      doc.paragraph(lead, "本月应报的" + due.size() + "项数据均按时报送。");
    } else {
      doc.paragraph(lead, "本月应报的" + due.size() + "项数据中，" + t.size() + "项逾期、补报或未报送，详见下表。");
      doc.table(n.table("逾期、补报和未报送的数据"), t);
    }
  }

  private static String received(Submission s) {
    if (s.firstReceived() == null) {
      return Wording.NO_VALUE;
    }
    String first = Formats.date(s.firstReceived());
    return s.lastReceived() != null && !s.lastReceived().equals(s.firstReceived())
        ? first + "首次，" + Formats.date(s.lastReceived()) + "最近"
        : first;
  }
}
