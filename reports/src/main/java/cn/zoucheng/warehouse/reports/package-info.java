/**
 * The bulletins: the city's monthly bulletin (月度通报), one bulletin per town (镇街通报) and the
 * leadership's progress report (实验区建设进展), rendered by JasperReports as PDF, XLSX and HTML.
 *
 * <p>Every figure is read from the warehouse's DuckDB catalogue, the same views the analysts query
 * ({@link cn.zoucheng.warehouse.reports.WarehouseFigures}). The three reports are built as a
 * sequence of blocks ({@link cn.zoucheng.warehouse.reports.Document}) that four templates lay out:
 * {@code document.jrxml} (page, title, headings, prose, page numbers), {@code grid.jrxml}, {@code
 * list.jrxml} and {@code chart.jrxml}, compiled once per JVM ({@link
 * cn.zoucheng.warehouse.reports.Templates}). Generated Chinese prose comes from {@link
 * cn.zoucheng.warehouse.reports.Prose}; number formats from {@link
 * cn.zoucheng.warehouse.reports.Formats}.
 */
package cn.zoucheng.warehouse.reports;
