package cn.zoucheng.warehouse.reports.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a {@link Document} as a page made for reading on a phone: one column of text that wraps to
 * the screen, at least 14 px everywhere, tables that scroll inside themselves, charts as SVG that
 * scale to the width. The same blocks as the PDF, not its page layout; well-formed XML.
 */
final class HtmlWriter {
  private static final String STYLE =
      """
      html{-webkit-text-size-adjust:100%;text-size-adjust:100%}
      body{margin:0 auto;padding:0 16px 32px;max-width:760px;color:#111;background:#fff;\
      font:17px/1.8 "Noto Serif SC","Source Han Serif SC","Songti SC","SimSun",serif}
      .mark{color:#E60012;font-size:28px;font-weight:bold;text-align:center;margin:24px 0 4px;\
      letter-spacing:.1em}
      .number{text-align:center;margin:0}
      hr.red{border:0;border-top:2px solid #E60012;margin:8px 0 20px}
      h1{font-size:22px;line-height:1.5;text-align:center;margin:12px 0 0}
      .issue{text-align:center;margin:0 0 16px}
      .to{margin:16px 0 8px}
      h2{font:bold 18px/1.6 "Noto Sans SC","Source Han Sans SC","PingFang SC",sans-serif;\
      margin:24px 0 8px}
      p{margin:0 0 10px;text-indent:2em;overflow-wrap:anywhere}
      p .lead{font-weight:bold}
      .note{font-size:14px;color:#444;text-indent:0;line-height:1.6}
      figure{margin:18px 0}
      figcaption{font:bold 15px/1.5 "Noto Sans SC","PingFang SC",sans-serif;text-align:center;\
      margin-bottom:6px}
      .scroll{overflow-x:auto;max-width:100%;-webkit-overflow-scrolling:touch}
      table{border-collapse:collapse;font:14px/1.4 "Noto Sans SC","PingFang SC",sans-serif;\
      white-space:nowrap}
      th,td{border:1px solid #999;padding:4px 6px}
      th{background:#E7ECF3}
      td{text-align:right}
      td.t,th.t{text-align:left;white-space:normal;min-width:10em}
      tr>:first-child{text-align:left;position:sticky;left:0;background:#fff}
      tr>th:first-child{background:#E7ECF3}
      tr.b td{font-weight:bold}
      svg{display:block;width:100%;height:auto;font-family:"Noto Sans SC","PingFang SC",sans-serif}
      .attachment{margin-top:40px;border-top:1px dashed #999;padding-top:16px}
      .closing{text-align:right;margin:24px 2em 0 0}
      .closing p{text-indent:0;margin:0}
      .attachments{text-indent:0}
      .back{margin-top:32px;border-top:1px solid #111;border-bottom:1px solid #111;font-size:15px}
      .back p{text-indent:0;margin:4px 0}
      .footnote{font-size:14px;color:#666;text-indent:0;overflow-wrap:anywhere}
      """;

  private HtmlWriter() {}

  static void write(Document doc, Path file) throws IOException {
    Files.writeString(file, html(doc), StandardCharsets.UTF_8);
  }

  static String html(Document doc) {
    Document.Front f = doc.front();
    StringBuilder s = new StringBuilder();
    s.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\">\n")
        .append("<head>\n<meta charset=\"UTF-8\"/>\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n")
        .append("<title>")
        .append(escape(f.fullTitle()))
        .append("</title>\n<style>\n")
        .append(STYLE)
        .append("</style>\n</head>\n<body>\n<header>\n")
        .append(tag("div class=\"mark\"", f.issuerMark()))
        .append(tag("p class=\"number\"", f.number()))
        .append("<hr class=\"red\"/>\n")
        .append(tag("h1", f.title()))
        .append(tag("p class=\"issue\"", f.issue()))
        .append("</header>\n<main>\n")
        .append(tag("p class=\"to\" style=\"text-indent:0\"", f.recipients()));
    for (Document.Block b : doc.blocks()) {
      block(s, doc, b);
    }
    Document.Back back = doc.back();
    s.append("</main>\n<footer class=\"back\">\n")
        .append(tag("p", "抄送：" + back.copiesTo()))
        .append(tag("p", back.printedBy() + "　" + back.date() + "印发"))
        .append("</footer>\n")
        .append(tag("p class=\"footnote\"", back.footnote()))
        .append("</body>\n</html>\n");
    return s.toString();
  }

  private static void block(StringBuilder s, Document doc, Document.Block b) {
    if (b.heading() != null) {
      s.append(tag("h2", b.heading()));
    }
    switch (b.kind()) {
      case HEADING -> {}
      case PARAGRAPH ->
          s.append("<p>")
              .append(b.lead() == null ? "" : tag("span class=\"lead\"", b.lead()).strip())
              .append(escape(b.text()))
              .append("</p>\n");
      case NOTE -> s.append(tag("p class=\"note\"", b.text()));
      case TABLE -> table(s, b.text(), b.table());
      case CHART ->
          s.append("<figure>\n")
              .append(tag("figcaption", b.text()))
              .append(SvgChart.svg(b.chart(), b.text()))
              .append("\n</figure>\n");
      case ATTACHMENT ->
          s.append("<section class=\"attachment\">\n")
              .append(tag("h2", b.lead()))
              .append(tag("h1", b.text()))
              .append("</section>\n");
      case CLOSING -> closing(s, doc);
    }
  }

  private static void closing(StringBuilder s, Document doc) {
    List<String> titles = doc.attachments();
    for (int i = 0; i < titles.size(); i++) {
      s.append(
          tag(
              "p class=\"attachments\"",
              (i == 0 ? "附件：" : "　　　")
                  + (titles.size() == 1 ? "" : (i + 1) + ". ")
                  + titles.get(i)));
    }
    s.append("<div class=\"closing\">\n")
        .append(tag("p", doc.back().signature()))
        .append(tag("p", doc.back().date()))
        .append("</div>\n");
  }

  private static void table(StringBuilder s, String caption, Table t) {
    TableLayout layout = TableLayout.of(t);
    s.append("<figure>\n")
        .append(tag("figcaption", caption))
        .append("<div class=\"scroll\" role=\"region\" tabindex=\"0\">\n<table>\n<thead><tr>")
        .append(tag("th", t.nameHeader()).strip());
    for (int i = 0; i < t.headers().size(); i++) {
      s.append(
          tag(layout.wraps().get(i + 1) ? "th class=\"t\"" : "th", t.headers().get(i)).strip());
    }
    s.append("</tr></thead>\n<tbody>\n");
    for (Table.Row r : t.rows()) {
      s.append(r.bold() ? "<tr class=\"b\">" : "<tr>").append(tag("td", r.name()).strip());
      for (int i = 0; i < r.cells().size(); i++) {
        Cell c = r.cells().get(i);
        String attrs =
            (layout.wraps().get(i + 1) ? " class=\"t\"" : "")
                + (c.colour() == null ? "" : " style=\"background:" + c.colour() + "\"");
        s.append(tag("td" + attrs, c.text()).strip());
      }
      s.append("</tr>\n");
    }
    s.append("</tbody>\n</table>\n</div>\n</figure>\n");
  }

  private static String tag(String open, String text) {
    String name = open.contains(" ") ? open.substring(0, open.indexOf(' ')) : open;
    return "<" + open + ">" + escape(text) + "</" + name + ">\n";
  }

  /** Escapes a text for XHTML. */
  static String escape(String s) {
    return s == null
        ? ""
        : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }
}
