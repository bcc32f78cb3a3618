package cn.zoucheng.warehouse.reports.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;
import net.sf.jasperreports.pdf.SimplePdfReportConfiguration;

/** Writes a {@link Document} as PDF through JasperReports: the page template and its subreports. */
final class PdfWriter {
  private PdfWriter() {}

  /** Fills the page template with the document. */
  static JasperPrint fill(Document doc) {
    Document.Front f = doc.front();
    Document.Back b = doc.back();
    Map<String, Object> p = new HashMap<>();
    p.put("ISSUER_MARK", f.issuerMark());
    p.put("NUMBER", f.number());
    p.put("TITLE", f.title());
    p.put("ISSUE", f.issue());
    p.put("RECIPIENTS", f.recipients());
    p.put("ATTACHMENTS", attachments(doc.attachments()));
    p.put("SIGNATURE", b.signature());
    p.put("DATE", b.date());
    p.put("COPIES_TO", b.copiesTo());
    p.put("PRINTED_BY", b.printedBy());
    p.put("FOOTNOTE", b.footnote());
    // first: compiling the templates sets JasperReports up for every later table template
    p.put("CHART", Templates.get(Templates.CHART));
    p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
    try {
      JasperPrint print =
          JasperFillManager.fillReport(Templates.get(Templates.DOCUMENT), p, blocks(doc));
      print.setName(f.fullTitle());
      return print;
    } catch (JRException e) {
      throw new IllegalStateException(
          "cannot fill the report " + f.fullTitle() + ": " + e.getMessage(), e);
    }
  }

  /** Exports a filled document. */
  static void export(JasperPrint print, Path file) throws JRException {
    JRPdfExporter x = new JRPdfExporter();
    x.setExporterInput(new SimpleExporterInput(print));
    x.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
    SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
    c.setMetadataTitle(print.getName());
    c.setMetadataAuthor("邹城市民政局");
    c.setDisplayMetadataTitle(true);
    x.setConfiguration(c);
    SimplePdfReportConfiguration r = new SimplePdfReportConfiguration();
    // break lines where the fill did (java.text.BreakIterator, which keeps ：；、） off the start
    // of a line), not where OpenPDF would, anywhere in Chinese text
    r.setForceLineBreakPolicy(true);
    x.setConfiguration(r);
    x.exportReport();
  }

  /** 附件：1. … then the next titles, one a line, aligned under the first. */
  private static String attachments(List<String> titles) {
    if (titles.isEmpty()) {
      return null;
    }
    StringBuilder s = new StringBuilder("附件：");
    for (int i = 0; i < titles.size(); i++) {
      s.append(i == 0 ? "" : "\n").append(titles.size() == 1 ? "" : (i + 1) + ". ");
      s.append(titles.get(i));
    }
    return s.toString();
  }

  private static JRMapCollectionDataSource blocks(Document doc) {
    List<Map<String, ?>> rows = new ArrayList<>();
    for (Document.Block b : doc.blocks()) {
      Map<String, Object> m = new HashMap<>();
      m.put("kind", b.table() != null && isLong(b.table()) ? "LONG_TABLE" : b.kind().name());
      m.put("heading", b.kind() == Document.Kind.ATTACHMENT ? b.lead() : b.heading());
      m.put(
          "text",
          b.kind() == Document.Kind.PARAGRAPH
              ? (b.lead() == null ? "" : "<style isBold=\"true\">" + styled(b.lead()) + "</style>")
                  + styled(b.text())
              : b.text());
      if (b.table() != null) {
        TableLayout layout = TableLayout.of(b.table());
        m.put("table", TableTemplates.of(layout));
        m.put("rows", new JRMapCollectionDataSource(tableRows(b.table())));
        m.put("params", tableHeaders(b.table()));
      } else if (b.chart() != null) {
        m.put("rows", new JRMapCollectionDataSource(chartRows(b.chart())));
        Map<String, Object> params = new HashMap<>();
        params.put("KIND", b.chart().kind().name());
        params.put("SPEC", b.chart());
        m.put("params", params);
      }
      rows.add(m);
    }
    return new JRMapCollectionDataSource(rows);
  }

  /**
   * Whether a table is too long to be moved whole to the next page: it then starts where it stands
   * and breaks with its header repeated, rather than leave most of a page blank.
   */
  private static boolean isLong(Table t) {
    return t.size() > LONG_TABLE_ROWS;
  }

  /** About half a page of rows at the tables' sizes. */
  private static final int LONG_TABLE_ROWS = 22;

  private static Map<String, Object> tableHeaders(Table t) {
    Map<String, Object> p = new HashMap<>();
    p.put("H0", t.nameHeader());
    for (int i = 0; i < t.headers().size(); i++) {
      p.put("H" + (i + 1), t.headers().get(i));
    }
    return p;
  }

  private static List<Map<String, ?>> tableRows(Table t) {
    List<Map<String, ?>> out = new ArrayList<>();
    for (Table.Row r : t.rows()) {
      Map<String, Object> m = new HashMap<>();
      m.put("t0", bold(r.name(), r.bold()));
      m.put("c0", "#FFFFFF");
      for (int i = 0; i < r.cells().size(); i++) {
        Cell c = r.cells().get(i);
        m.put("t" + (i + 1), bold(c.text(), r.bold()));
        m.put("c" + (i + 1), c.colour() == null ? "#FFFFFF" : c.colour());
      }
      out.add(m);
    }
    return out;
  }

  private static List<Map<String, ?>> chartRows(Chart c) {
    List<Map<String, ?>> out = new ArrayList<>();
    if (c.kind() == Chart.Kind.BARS) {
      for (Chart.Bar b : c.bars()) {
        // a place without a value has no bar: its label says why (未报送, 无数据)
        out.add(
            point(
                "",
                b.value() == null ? b.label() + "（" + b.printed() + "）" : b.label(),
                b.value()));
      }
    } else {
      for (Chart.Line l : c.lines()) {
        for (int i = 0; i < c.months().size(); i++) {
          out.add(point(l.name(), c.months().get(i), l.values().get(i)));
        }
      }
    }
    return out;
  }

  private static Map<String, Object> point(String series, String category, Double value) {
    Map<String, Object> m = new HashMap<>();
    m.put("series", series);
    m.put("category", category);
    m.put("value", value);
    return m;
  }

  private static String bold(String text, boolean bold) {
    String s = styled(text == null ? "" : text);
    return bold ? "<style isBold=\"true\">" + s + "</style>" : s;
  }

  /** Escapes a text for JasperReports' styled markup. */
  static String styled(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
