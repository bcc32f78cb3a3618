/**
 * The figures the reports print, read by column name from the warehouse's DuckDB catalogue views
 * ({@code metrics}, {@code rankings}, {@code demonstration}, {@code submissions}, …) through one
 * connection ({@link cn.zoucheng.warehouse.reports.warehouse.Catalog}); nothing is computed here.
 */
package cn.zoucheng.warehouse.reports.warehouse;
