package cn.zoucheng.warehouse.reports.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;

/**
 * The PDF template of a table of a given {@link TableLayout}, written as JRXML and compiled once
 * per JVM for each layout: tables alike (the same report for another town) share one. The header
 * row repeats on every page a table spans; each cell is a styled text with its background colour.
 */
final class TableTemplates {
  private static final Map<String, JasperReport> COMPILED = new ConcurrentHashMap<>();

  private TableTemplates() {}

  /** The compiled template of {@code layout} (after {@link Templates} set up JasperReports). */
  static JasperReport of(TableLayout layout) {
    return COMPILED.computeIfAbsent(layout.key(), k -> compile(jrxml(layout)));
  }

  private static JasperReport compile(String jrxml) {
    try {
      return JasperCompileManager.compileReport(
          new ByteArrayInputStream(jrxml.getBytes(StandardCharsets.UTF_8)));
    } catch (JRException e) {
      throw new IllegalStateException("cannot compile a table template: " + e.getMessage(), e);
    }
  }

  static String jrxml(TableLayout layout) {
    List<Integer> widths = layout.widths();
    float size = layout.fontSize();
    int row = Math.round(size * 1.25f + 6);
    StringBuilder s = new StringBuilder();
    s.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<jasperReport name=\"table\" language=\"java\" pageWidth=\"")
        .append(TableLayout.WIDTH)
        .append("\" pageHeight=\"842\" columnWidth=\"")
        .append(TableLayout.WIDTH)
        .append("\" leftMargin=\"0\" rightMargin=\"0\" topMargin=\"0\" bottomMargin=\"0\"")
        .append(" whenNoDataType=\"AllSectionsNoDetail\">\n")
        .append("<style name=\"base\" default=\"true\" fontName=\"Noto Sans SC\" fontSize=\"")
        .append(size)
        .append("\"/>\n");
    for (int i = 0; i < widths.size(); i++) {
      s.append("<parameter name=\"H").append(i).append("\" class=\"java.lang.String\"/>\n");
    }
    for (int i = 0; i < widths.size(); i++) {
      s.append("<field name=\"t").append(i).append("\" class=\"java.lang.String\"/>\n");
      s.append("<field name=\"c").append(i).append("\" class=\"java.lang.String\"/>\n");
    }
    s.append("<columnHeader height=\"").append(row + 2).append("\">\n");
    int x = 0;
    for (int i = 0; i < widths.size(); i++) {
      s.append("<element kind=\"textField\" x=\"")
          .append(x)
          .append("\" y=\"0\" width=\"")
          .append(widths.get(i))
          .append("\" height=\"")
          .append(row + 2)
          .append("\" mode=\"Opaque\" backcolor=\"#E7ECF3\" bold=\"true\"")
          .append(" hTextAlign=\"Center\" vTextAlign=\"Middle\">\n")
          .append("<expression><![CDATA[$P{H")
          .append(i)
          .append("}]]></expression>\n")
          .append(box())
          .append("</element>\n");
      x += widths.get(i);
    }
    s.append("</columnHeader>\n<detail>\n<band height=\"").append(row).append("\">\n");
    x = 0;
    for (int i = 0; i < widths.size(); i++) {
      String align = i == 0 || layout.wraps().get(i) ? "Left" : "Right";
      s.append("<element kind=\"textField\" x=\"")
          .append(x)
          .append("\" y=\"0\" width=\"")
          .append(widths.get(i))
          .append("\" height=\"")
          .append(row)
          .append("\" stretchType=\"ContainerHeight\" textAdjust=\"StretchHeight\"")
          .append(" mode=\"Opaque\" backcolor=\"#FFFFFF\" markup=\"styled\" hTextAlign=\"")
          .append(align)
          .append("\" vTextAlign=\"Middle\">\n")
          .append("<expression><![CDATA[$F{t")
          .append(i)
          .append("}]]></expression>\n")
          .append("<propertyExpression name=\"net.sf.jasperreports.style.backcolor\"><![CDATA[$F{c")
          .append(i)
          .append("}]]></propertyExpression>\n")
          .append(box())
          .append("</element>\n");
      x += widths.get(i);
    }
    s.append("</band>\n</detail>\n</jasperReport>\n");
    return s.toString();
  }

  private static String box() {
    return "<box leftPadding=\"3\" rightPadding=\"3\"><pen lineWidth=\"0.5\""
        + " lineColor=\"#595959\"/></box>\n";
  }
}
