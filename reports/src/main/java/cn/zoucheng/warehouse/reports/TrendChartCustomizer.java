package cn.zoucheng.warehouse.reports;

import net.sf.jasperreports.charts.JRChart;
import net.sf.jasperreports.charts.JRChartCustomizer;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.CategoryPlot;

/**
 * Month labels of the trend charts at 45 degrees and never shortened to "...": up to 25 months
 * (2024.10 to 2026.10) fit under a 523-point chart. Named by {@code chart.jrxml}.
 */
public final class TrendChartCustomizer implements JRChartCustomizer {
  @Override
  public void customize(JFreeChart chart, JRChart jasperChart) {
    if (chart.getPlot() instanceof CategoryPlot plot) {
      CategoryAxis axis = plot.getDomainAxis();
      axis.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
      axis.setMaximumCategoryLabelWidthRatio(4f);
      axis.setMaximumCategoryLabelLines(1);
      axis.setCategoryMargin(0.05);
    }
  }
}
