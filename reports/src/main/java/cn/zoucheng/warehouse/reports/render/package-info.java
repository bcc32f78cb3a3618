/**
 * The reports' form: a {@link cn.zoucheng.warehouse.reports.render.Document} of blocks, written as
 * PDF through JasperReports (templates compiled once per JVM), as a workbook with one sheet per
 * table through Apache POI, and as an HTML page made for a phone.
 */
package cn.zoucheng.warehouse.reports.render;
