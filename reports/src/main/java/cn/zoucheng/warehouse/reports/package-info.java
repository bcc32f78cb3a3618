/**
 * The reports: the city's monthly bulletin (月度通报), one bulletin per town (镇街通报) and the
 * leadership's progress report (实验区建设进展), as PDF, XLSX and HTML.
 *
 * <p>{@link cn.zoucheng.warehouse.reports.BulletinRun} reads the month's figures once through the
 * warehouse's DuckDB catalogue ({@code reports.warehouse}), builds each report section by section
 * in the form of a 通报 ({@code reports.bulletin}) and writes it ({@code reports.render}).
 */
package cn.zoucheng.warehouse.reports;
