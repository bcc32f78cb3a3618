package cn.zoucheng.warehouse.reports.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The JRXML templates of the PDF, compiled once per JVM and kept: a run of 18 reports compiles each
 * template once, not once per report or page.
 */
final class Templates {
  /** The page layout every report uses. */
  static final String DOCUMENT = "document";

  /** A chart. */
  static final String CHART = "chart";

  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  static {
    // JasperReports reads JRXML through Jackson XML, which takes the first StAX implementation on
    // the class path. Spark's hadoop-client-api brings a shaded Woodstox that registers itself and
    // lacks the Stax2 API Jackson needs ("does not implement Stax2 API natively"); name the real
    // Woodstox unless the JVM was told otherwise.
    setIfAbsent("javax.xml.stream.XMLInputFactory", "com.ctc.wstx.stax.WstxInputFactory");
    setIfAbsent("javax.xml.stream.XMLOutputFactory", "com.ctc.wstx.stax.WstxOutputFactory");
    setIfAbsent("java.awt.headless", "true");
  }

  private Templates() {}

  /** The compiled template {@code name}, compiling it on first use. */
  static JasperReport get(String name) {
    return COMPILED.computeIfAbsent(name, Templates::compile);
  }

  private static JasperReport compile(String name) {
    String resource = "/cn/zoucheng/warehouse/reports/templates/" + name + ".jrxml";
    try (InputStream in = Templates.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("template " + resource + " is not on the class path");
      }
      return JasperCompileManager.compileReport(in);
    } catch (JRException | IOException e) {
      throw new IllegalStateException(
          "cannot compile the report template " + resource + ": " + e.getMessage(), e);
    }
  }

  private static void setIfAbsent(String key, String value) {
    if (System.getProperty(key) == null) {
      System.setProperty(key, value);
    }
  }
}
