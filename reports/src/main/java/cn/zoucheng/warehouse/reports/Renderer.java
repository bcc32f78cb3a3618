package cn.zoucheng.warehouse.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.export.HtmlExporter;
import net.sf.jasperreports.engine.export.ooxml.JRXlsxExporter;
import net.sf.jasperreports.export.SimpleExporterInput;
import net.sf.jasperreports.export.SimpleHtmlExporterConfiguration;
import net.sf.jasperreports.export.SimpleHtmlExporterOutput;
import net.sf.jasperreports.export.SimpleHtmlReportConfiguration;
import net.sf.jasperreports.export.SimpleOutputStreamExporterOutput;
import net.sf.jasperreports.export.SimpleXlsxReportConfiguration;
import net.sf.jasperreports.pdf.JRPdfExporter;
import net.sf.jasperreports.pdf.SimplePdfExporterConfiguration;

/** Fills the page template with a {@link Document} and writes it as PDF, XLSX and HTML. */
public final class Renderer {
  private Renderer() {}

  /** Fills the document: one JasperPrint for all its formats. */
  public static JasperPrint fill(Document doc) {
    Map<String, Object> p = new HashMap<>();
    Document.Heading h = doc.heading();
    p.put("TITLE", h.title());
    p.put("ISSUE", h.issue());
    p.put("ISSUER", h.issuer());
    p.put("ISSUED_ON", h.issuedOn());
    p.put("FOOTER", h.footer());
    p.put("GRID", Templates.get(Templates.GRID));
    p.put("LIST", Templates.get(Templates.LIST));
    p.put("CHART", Templates.get(Templates.CHART));
    p.put(JRParameter.REPORT_LOCALE, Locale.SIMPLIFIED_CHINESE);
    try {
      return JasperFillManager.fillReport(Templates.get(Templates.DOCUMENT), p, doc.dataSource());
    } catch (JRException e) {
      throw new IllegalStateException(
          "cannot fill the report " + h.title() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code print} in each format to {@code folder/<baseName>.<ext>} (each file written to a
   * temporary name, then renamed) and returns the files in the order of {@code formats}.
   */
  public static List<Path> export(
      JasperPrint print, Set<OutputFormat> formats, Path folder, String baseName) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      for (OutputFormat f : OutputFormat.ordered(formats)) {
        Path target = folder.resolve(baseName + "." + f.extension());
        Path tmp = folder.resolve("." + baseName + "." + f.extension() + ".tmp");
        switch (f) {
          case PDF -> pdf(print, tmp);
          case XLSX -> xlsx(print, tmp);
          case HTML -> html(print, tmp);
        }
        Files.move(
            tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        out.add(target);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + baseName + " under " + folder, e);
    } catch (JRException e) {
      throw new IllegalStateException("cannot export " + baseName + ": " + e.getMessage(), e);
    }
    return out;
  }

  private static void pdf(JasperPrint print, Path file) throws JRException {
    JRPdfExporter x = new JRPdfExporter();
    x.setExporterInput(new SimpleExporterInput(print));
    x.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
    SimplePdfExporterConfiguration c = new SimplePdfExporterConfiguration();
    c.setMetadataTitle(print.getName());
    c.setMetadataAuthor("邹城市民政局");
    c.setMetadataCreator("Zoucheng governance warehouse");
    c.setDisplayMetadataTitle(true);
    x.setConfiguration(c);
    x.exportReport();
  }

  private static void xlsx(JasperPrint print, Path file) throws JRException {
    JRXlsxExporter x = new JRXlsxExporter();
    x.setExporterInput(new SimpleExporterInput(print));
    x.setExporterOutput(new SimpleOutputStreamExporterOutput(file.toFile()));
    SimpleXlsxReportConfiguration c = new SimpleXlsxReportConfiguration();
    c.setOnePagePerSheet(false);
    c.setDetectCellType(true);
    c.setRemoveEmptySpaceBetweenRows(true);
    c.setWhitePageBackground(false);
    c.setSheetNames(new String[] {"通报"});
    x.setConfiguration(c);
    x.exportReport();
  }

  /** The default page wrapper of JasperReports' HTML, with the title, language and viewport. */
  private static final String HTML_HEADER =
      """
      <!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" \
      "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
      <html xmlns="http://www.w3.org/1999/xhtml" lang="zh-CN" xml:lang="zh-CN">
      <head>
        <title>TITLE</title>
        <meta http-equiv="Content-Type" content="text/html; charset=UTF-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <style type="text/css">
          a {text-decoration: none}
        </style>
      </head>
      <body text="#000000" link="#000000" alink="#000000" vlink="#000000">
      <table role="none" width="100%" cellpadding="0" cellspacing="0" border="0">
      <tr><td width="50%">&#160;</td><td align="center">
      """;

  private static final String HTML_FOOTER =
      """
      </td><td width="50%">&#160;</td></tr>
      </table>
      </body>
      </html>
      """;

  private static String escape(String s) {
    return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static void html(JasperPrint print, Path file) throws JRException {
    HtmlExporter x = new HtmlExporter();
    x.setExporterInput(new SimpleExporterInput(print));
    x.setExporterOutput(new SimpleHtmlExporterOutput(file.toFile(), "UTF-8"));
    SimpleHtmlReportConfiguration c = new SimpleHtmlReportConfiguration();
    c.setEmbedImage(true);
    x.setConfiguration(c);
    SimpleHtmlExporterConfiguration page = new SimpleHtmlExporterConfiguration();
    page.setHtmlHeader(HTML_HEADER.replace("TITLE", escape(print.getName())));
    page.setHtmlFooter(HTML_FOOTER);
    x.setConfiguration(page);
    x.exportReport();
  }
}
