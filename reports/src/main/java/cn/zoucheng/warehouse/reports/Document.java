package cn.zoucheng.warehouse.reports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * A report as the page template lays it out: its title block, then blocks in order (headings,
 * paragraphs, notes, tables, charts, page breaks). Built by the three report builders, rendered by
 * {@link Renderer}. Also what tests read: the blocks keep their text.
 */
public final class Document {
  /** What the rendered files are called and titled. */
  public record Heading(String title, String issue, String issuer, String issuedOn, String footer) {
    public Heading {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(issue, "issue");
      Objects.requireNonNull(issuer, "issuer");
      Objects.requireNonNull(issuedOn, "issuedOn");
      Objects.requireNonNull(footer, "footer");
    }
  }

  private final Heading heading;
  private final List<Map<String, ?>> blocks = new ArrayList<>();
  private final List<String> texts = new ArrayList<>();

  public Document(Heading heading) {
    this.heading = heading;
  }

  public Heading heading() {
    return heading;
  }

  /** A section heading, e.g. 一、总体情况. */
  public Document h1(String text) {
    return add("h1", text, null, null);
  }

  /** A paragraph of prose, first line indented by two characters. */
  public Document paragraph(String text) {
    return add("p", text, null, null);
  }

  /** Small print: legends, definitions, sources. */
  public Document note(String text) {
    return add("note", text, null, null);
  }

  /** A table with its caption (may be null). */
  public Document grid(String caption, Grid grid) {
    return add("grid", caption, grid.rows(), grid.parameters());
  }

  /** A list with its caption (may be null). */
  public Document list(String caption, ListTable list) {
    return add("list", caption, list.rows(), list.parameters());
  }

  /** A chart with its caption (may be null). */
  public Document chart(String caption, ChartData chart) {
    return add("chart", caption, chart.rows(), chart.parameters());
  }

  /** A new page. */
  public Document pageBreak() {
    return add("break", null, null, null);
  }

  /** The rows of the page template's data source, one per block. */
  JRMapCollectionDataSource dataSource() {
    List<Map<String, ?>> fresh = new ArrayList<>();
    for (Map<String, ?> b : blocks) {
      Map<String, Object> m = new HashMap<>(b);
      Object rows = m.get("rows");
      if (rows instanceof List<?> list) {
        @SuppressWarnings("unchecked")
        List<Map<String, ?>> r = (List<Map<String, ?>>) list;
        m.put("rows", new JRMapCollectionDataSource(r));
      }
      fresh.add(m);
    }
    return new JRMapCollectionDataSource(fresh);
  }

  /** Every heading, paragraph, note and caption, in order (for tests and logs). */
  public List<String> texts() {
    return List.copyOf(texts);
  }

  private Document add(
      String kind, String text, List<Map<String, ?>> rows, Map<String, Object> params) {
    Map<String, Object> b = new HashMap<>();
    b.put("kind", kind);
    b.put("text", text);
    b.put("rows", rows == null ? List.of() : rows);
    b.put("params", params == null ? Map.of() : params);
    blocks.add(b);
    if (text != null) {
      texts.add(text);
    }
    return this;
  }
}
