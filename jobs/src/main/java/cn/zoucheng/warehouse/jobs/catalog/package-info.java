/** The DuckDB catalogue of views that analysts and bulletins read. */
package cn.zoucheng.warehouse.jobs.catalog;
