package cn.zoucheng.warehouse.reports.bulletin;

import cn.zoucheng.warehouse.reports.render.Document;
import cn.zoucheng.warehouse.reports.warehouse.Places.Town;
import cn.zoucheng.warehouse.reports.warehouse.WarehouseFigures;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The 公文 blocks around the body: the 版头 (发文机关标志, 文号), 主送, the opening sentence, the 落款 and 成文日期,
 * and the 版记 (抄送, 印发) with the small line naming the warehouse snapshot.
 *
 * @param numberPrefix the 文号's agency code, e.g. 邹民通 (文号 邹民通〔2026〕10号)
 * @param issuedOn 成文日期 as printed, e.g. 2026年11月5日
 */
public record Letterhead(String numberPrefix, String issuedOn) {
  /** The 发文机关标志. */
  static final String ISSUER_MARK = Wording.ISSUER + "文件";

  /** The default agency code of the 文号. */
  public static final String DEFAULT_PREFIX = "邹民通";

  private static final String COPIES_TO = "市委办公室，市政府办公室，济宁市民政局";
  private static final String PRINTED_BY = Wording.ISSUER + "办公室";

  /** The 文号: 邹民通〔2026〕10号, with a suffix for a town's or the progress report (10-3号). */
  String number(WarehouseFigures data, String serial) {
    return numberPrefix + "〔" + data.period().getYear() + "〕" + serial + "号";
  }

  /** The front of a bulletin to {@code recipients}. */
  Document.Front front(String number, String title, String issue, String recipients) {
    return new Document.Front(ISSUER_MARK, number, title, issue, recipients + "：");
  }

  /** 各镇人民政府、街道办事处 */
  static String cityRecipients() {
    return "各镇人民政府、街道办事处";
  }

  /** 凫山街道办事处, 看庄镇人民政府 */
  static String townRecipient(Town t) {
    return t.name() + ("街道".equals(t.kind()) ? "办事处" : "人民政府");
  }

  /** The back: 落款, date, 抄送, 印发 and the snapshot line. */
  Document.Back back(WarehouseFigures data) {
    WarehouseFigures.Snapshot s = data.snapshot();
    return new Document.Back(
        Wording.ISSUER,
        issuedOn,
        COPIES_TO + "。",
        PRINTED_BY,
        "数据来源：邹城市农村社区治理数据仓库，批次 " + s.runId() + "（" + time(s.committedAt()) + "）");
  }

  private static String time(LocalDateTime t) {
    return t == null
        ? Wording.NO_VALUE
        : Formats.date(t.toLocalDate()) + t.format(DateTimeFormatter.ofPattern(" HH:mm"));
  }
}
