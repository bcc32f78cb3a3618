package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Cell;
import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.render.Table;
import cn.zoucheng.warehouse.reports.warehouse.Deliveries.Breach;
import java.util.ArrayList;
import java.util.List;

/**
 * The 附件 of a bulletin, numbered before the body refers to them: a town's village-by-village
 * ranking, the breaches voucher by voucher, and the data quality of the files received.
 */
final class Attachments {

  private enum Kind {
    VILLAGES,
    BREACHES,
    QUALITY
  }

  private final Area area;
  private final List<Kind> kinds = new ArrayList<>();

  Attachments(Area area) {
    this.area = area;
    if (area.town().isPresent() && !Reporting.silent(area.data(), area.town().get().code())) {
      kinds.add(Kind.VILLAGES);
    }
    if (!Problems.breachesOf(area).isEmpty()) {
      kinds.add(Kind.BREACHES);
    }
    if (Quality.hasFiles(area)) {
      kinds.add(Kind.QUALITY);
    }
  }

  /** The number of the village ranking attachment. */
  int villagesNumber() {
    return kinds.indexOf(Kind.VILLAGES) + 1;
  }

  /** The number of the breach list attachment. */
  int breachNumber(List<Breach> breaches) {
    return breaches.isEmpty() ? 0 : kinds.indexOf(Kind.BREACHES) + 1;
  }

  /** Writes every attachment, each on a new page. */
  void write(Document doc) {
    for (Kind k : kinds) {
      switch (k) {
        case VILLAGES -> {
          doc.attachment(area.name() + "各村（社区）主要指标及综合排名（" + Wording.month(area.period()) + "）");
          doc.table("各村（社区）主要指标及综合排名", RankingSection.table(area));
          doc.note(RankingSection.note());
        }
        case BREACHES -> {
          doc.attachment(area.name() + "违规入账明细（" + Wording.month(area.period()) + "）");
          doc.table("违规入账明细", breaches());
        }
        case QUALITY -> {
          doc.attachment("数据质量（" + Wording.month(area.period()) + "数据）");
          Quality.write(doc, area);
        }
      }
    }
  }

  private Table breaches() {
    Table t = new Table("镇街", List.of("村（社区）", "单据编号", "金额（元）", "入账日期", "违规情形"));
    for (Breach b : Problems.breachesOf(area)) {
      t.add(
          area.data().townName(b.townCode()),
          List.of(
              Cell.text(area.data().villageName(b.villageCode())),
              Cell.text(b.voucherId()),
              new Cell(Formats.grouped(b.amount(), 2), b.amount(), "#,##0.00", null),
              Cell.text(b.postedOn() == null ? Wording.NO_VALUE : Formats.date(b.postedOn())),
              Cell.text(b.rules())));
    }
    return t;
  }
}
