package cn.zoucheng.warehouse.reports.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import net.sf.jasperreports.charts.JRAbstractChartCustomizer;
import net.sf.jasperreports.charts.JRChart;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;

/**
 * Applies a {@link Chart} (the parameter {@code SPEC} of {@code chart.jrxml}) to the JFreeChart
 * JasperReports made: bar colours by status and printed values beside the bars, series colours, the
 * value axis's range, step and pattern, and the target as a dashed line.
 */
public final class ChartCustomizer extends JRAbstractChartCustomizer {
  private static final Color TARGET = new Color(0xC0, 0x00, 0x00);

  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    if (!(getParameterValue("SPEC") instanceof Chart spec)
        || !(chart.getPlot() instanceof CategoryPlot plot)) {
      return;
    }
    Font font = plot.getDomainAxis().getTickLabelFont();
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xD9, 0xD9, 0xD9));
    NumberAxis axis = (NumberAxis) plot.getRangeAxis();
    axis.setAutoRangeIncludesZero(false);
    axis.setRange(spec.axis().min(), spec.axis().max());
    DecimalFormat pattern =
        new DecimalFormat(spec.axis().pattern(), DecimalFormatSymbols.getInstance(Locale.ROOT));
    axis.setTickUnit(new NumberTickUnit(spec.axis().step(), pattern));
    if (spec.target() != null) {
      ValueMarker m = new ValueMarker(spec.target());
      m.setPaint(TARGET);
      m.setStroke(
          new BasicStroke(
              1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1f, new float[] {4f, 3f}, 0f));
      m.setLabel(spec.targetLabel());
      m.setLabelFont(font);
      m.setLabelPaint(TARGET);
      // inside the plot: left of the line at the foot of the bars, above the line at the left
      boolean bars = spec.kind() == Chart.Kind.BARS;
      m.setLabelAnchor(bars ? RectangleAnchor.BOTTOM_LEFT : RectangleAnchor.TOP_LEFT);
      m.setLabelTextAnchor(bars ? TextAnchor.BOTTOM_RIGHT : TextAnchor.BOTTOM_LEFT);
      plot.addRangeMarker(m);
    }
    if (spec.kind() == Chart.Kind.BARS) {
      plot.setRenderer(bars(spec, font));
    } else {
      lines(plot, spec, font);
    }
  }

  private static BarRenderer bars(Chart spec, Font font) {
    BarRenderer r = new Bars(spec);
    r.setBarPainter(new StandardBarPainter());
    r.setShadowVisible(false);
    r.setMaximumBarWidth(0.08);
    r.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator() {
          @Override
          public String generateLabel(CategoryDataset dataset, int row, int column) {
            return spec.bars().get(column).printed();
          }
        });
    r.setDefaultItemLabelsVisible(true);
    r.setDefaultItemLabelFont(font);
    return r;
  }

  /**
   * Bars whose printed value would run past the plot's end carry it inside their end, in white; the
   * others just after it.
   */
  private static final class Bars extends BarRenderer {
    private static final long serialVersionUID = 1L;
    private static final ItemLabelPosition INSIDE =
        new ItemLabelPosition(ItemLabelAnchor.INSIDE3, TextAnchor.CENTER_RIGHT);
    private static final ItemLabelPosition OUTSIDE =
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT);

    private final transient Chart spec;

    Bars(Chart spec) {
      this.spec = spec;
    }

    @Override
    public Paint getItemPaint(int row, int column) {
      return Color.decode(spec.bars().get(column).colour());
    }

    @Override
    public ItemLabelPosition getPositiveItemLabelPosition(int row, int column) {
      return inside(column) ? INSIDE : OUTSIDE;
    }

    @Override
    public Paint getItemLabelPaint(int row, int column) {
      return inside(column) ? Color.WHITE : Color.BLACK;
    }

    private boolean inside(int column) {
      Double v = spec.bars().get(column).value();
      Chart.Axis a = spec.axis();
      return v != null && (v - a.min()) / (a.max() - a.min()) > INSIDE_FROM;
    }
  }

  /** Past this share of the axis a bar's value is printed inside it. */
  private static final double INSIDE_FROM = 0.85;

  private static void lines(CategoryPlot plot, Chart spec, Font font) {
    LineAndShapeRenderer r = (LineAndShapeRenderer) plot.getRenderer();
    for (int i = 0; i < spec.lines().size(); i++) {
      r.setSeriesPaint(i, Color.decode(spec.lines().get(i).colour()));
      r.setSeriesStroke(i, new BasicStroke(1.5f));
    }
    CategoryAxis domain = plot.getDomainAxis();
    domain.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    domain.setMaximumCategoryLabelWidthRatio(4f);
    domain.setMaximumCategoryLabelLines(1);
    domain.setCategoryMargin(0.05);
    domain.setTickLabelFont(font);
  }
}
