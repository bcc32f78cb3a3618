package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import java.time.YearMonth;

/**
 * The monthly bulletin of the city (月度通报) and of each town (镇街通报), section by section, in the form
 * of a 通报. A town that sent nothing gets the sentence that says so, its figures of earlier months,
 * the problems and what it must do, and no section that would have nothing true to say.
 */
public final class Bulletin {
  private Bulletin() {}

  /** 邹城市农村社区治理工作通报（2026年第10期）. */
  public static Document city(WarehouseFigures data, Letterhead letterhead) {
    Area area = Area.city(data);
    Document doc =
        new Document(
            letterhead.front(
                letterhead.number(data, String.valueOf(data.period().getMonthValue())),
                "邹城市农村社区治理工作通报",
                issue(data.period()),
                Letterhead.cityRecipients()));
    Numbering n = new Numbering();
    Attachments attachments = new Attachments(area);
    doc.paragraph("现将" + Wording.month(data.period()) + "全市农村社区治理工作情况通报如下。");
    Headline.write(doc, n, area);
    RankingSection.write(doc, n, area);
    for (Activity a : Activity.values()) {
      ActivitySection.write(doc, n, area, a);
    }
    Problems.write(doc, n, area, attachments);
    Praise.write(doc, n, area);
    NextSteps.write(doc, n, area);
    doc.close(letterhead.back(data));
    attachments.write(doc);
    return doc;
  }

  /** 凫山街道农村社区治理工作通报（2026年第10期）. */
  public static Document town(WarehouseFigures data, Town town, Letterhead letterhead) {
    Area area = Area.town(data, town);
    int index = data.towns().indexOf(town) + 1;
    Document doc =
        new Document(
            letterhead.front(
                letterhead.number(data, data.period().getMonthValue() + "-" + index),
                town.name() + "农村社区治理工作通报",
                issue(data.period()),
                Letterhead.townRecipient(town)));
    Numbering n = new Numbering();
    Attachments attachments = new Attachments(area);
    doc.paragraph("现将" + Wording.month(data.period()) + town.name() + "农村社区治理工作情况通报如下。");
    Headline.write(doc, n, area);
    if (!Reporting.silent(data, town.code())) {
      doc.heading(n.section("村（社区）排名"));
      doc.paragraph(RankingSection.summary(area, "，各村（社区）明细见附件" + attachments.villagesNumber()));
      for (Activity a : Activity.values()) {
        ActivitySection.write(doc, n, area, a);
      }
      Problems.write(doc, n, area, attachments);
    }
    NextSteps.write(doc, n, area);
    doc.close(letterhead.back(data));
    attachments.write(doc);
    return doc;
  }

  private static String issue(YearMonth p) {
    return "（" + p.getYear() + "年第" + p.getMonthValue() + "期）";
  }
}
