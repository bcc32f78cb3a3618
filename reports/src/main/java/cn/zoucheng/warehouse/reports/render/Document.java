package cn.zoucheng.warehouse.reports.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report as its writers lay it out, in the form of a municipal 通报 (GB/T 9704-2012): the 版头
 * (发文机关标志 in red, 文号), the title, 主送, the body as a sequence of blocks, the 落款 and 成文日期, the 附件,
 * and the 版记 (抄送, 印发). Built by the report builders, written as PDF, XLSX and HTML by {@link
 * ReportWriter}; tests read its texts.
 */
public final class Document {
  /**
   * What stands above the body.
   *
   * @param issuerMark 发文机关标志, e.g. 邹城市民政局文件
   * @param number 文号, e.g. 邹民通〔2026〕10号
   * @param title the title, e.g. 邹城市农村社区治理工作通报
   * @param issue the line under it, e.g. （2026年第10期）
   * @param recipients 主送, ending in a full-width colon
   */
  public record Front(
      String issuerMark, String number, String title, String issue, String recipients) {
    public Front {
      Objects.requireNonNull(issuerMark, "issuerMark");
      Objects.requireNonNull(number, "number");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(recipients, "recipients");
    }

    /** The title and the issue: what the files are called inside. */
    public String fullTitle() {
      return title + issue;
    }
  }

  /**
   * What stands below it.
   *
   * @param signature 发文机关署名
   * @param date 成文日期, e.g. 2026年11月5日
   * @param copiesTo 抄送 (the words after 抄送：)
   * @param printedBy 印发机关
   * @param footnote the small line of where the figures come from (the warehouse snapshot)
   */
  public record Back(
      String signature, String date, String copiesTo, String printedBy, String footnote) {}

  /** The kinds of block. */
  public enum Kind {
    /** A section heading (一、总体情况), kept with the block after it. */
    HEADING,
    /** A paragraph, possibly opening with a run-in heading ({@link Block#lead()}). */
    PARAGRAPH,
    /** Small print under a table or chart. */
    NOTE,
    TABLE,
    CHART,
    /** The start of an attachment on a new page: 附件1 and its title. */
    ATTACHMENT,
    /** The 附件 list, the signature and the date, after the body. */
    CLOSING
  }

  /** One block; {@code heading} is the section heading printed just above it (kept on its page). */
  public record Block(
      Kind kind, String heading, String lead, String text, Table table, Chart chart) {}

  private final Front front;
  private Back back;
  private final List<Block> blocks = new ArrayList<>();
  private final List<String> attachments = new ArrayList<>();
  private String pendingHeading;

  public Document(Front front) {
    this.front = front;
  }

  public Front front() {
    return front;
  }

  public Back back() {
    return back;
  }

  public List<Block> blocks() {
    flushHeading();
    return List.copyOf(blocks);
  }

  /** The titles of the attachments, in order. */
  public List<String> attachments() {
    return List.copyOf(attachments);
  }

  /** A section heading; it is printed with the block that follows. */
  public Document heading(String text) {
    flushHeading();
    pendingHeading = text;
    return this;
  }

  /** A paragraph. */
  public Document paragraph(String text) {
    return add(Kind.PARAGRAPH, null, text, null, null);
  }

  /** A paragraph opening with a run-in heading, e.g. （一）表扬。 */
  public Document paragraph(String lead, String text) {
    return add(Kind.PARAGRAPH, lead, text, null, null);
  }

  /** Small print. */
  public Document note(String text) {
    return add(Kind.NOTE, null, text, null, null);
  }

  /** A table with its caption. */
  public Document table(String caption, Table table) {
    return add(Kind.TABLE, null, caption, table, null);
  }

  /** A chart with its caption. */
  public Document chart(String caption, Chart chart) {
    return add(Kind.CHART, null, caption, null, chart);
  }

  /** Ends the body: the 附件 list, 落款 and date follow, then the attachments and the 版记. */
  public Document close(Back b) {
    this.back = b;
    return add(Kind.CLOSING, null, null, null, null);
  }

  /** Starts attachment {@code n} (附件1) titled {@code title} on a new page. */
  public Document attachment(String title) {
    attachments.add(title);
    return add(Kind.ATTACHMENT, "附件" + attachments.size(), title, null, null);
  }

  /** Every heading, paragraph, note and caption, in order (for tests and logs). */
  public List<String> texts() {
    List<String> out = new ArrayList<>();
    for (Block b : blocks()) {
      if (b.heading() != null) {
        out.add(b.heading());
      }
      if (b.text() != null) {
        out.add(b.lead() == null ? b.text() : b.lead() + b.text());
      }
    }
    return out;
  }

  private Document add(Kind kind, String lead, String text, Table table, Chart chart) {
    blocks.add(new Block(kind, pendingHeading, lead, text, table, chart));
    pendingHeading = null;
    return this;
  }

  private void flushHeading() {
    if (pendingHeading != null) {
      blocks.add(new Block(Kind.HEADING, pendingHeading, null, null, null, null));
      pendingHeading = null;
    }
  }
}
