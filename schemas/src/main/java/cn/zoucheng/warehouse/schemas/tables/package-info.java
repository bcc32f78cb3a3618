/**
 * Every table of the warehouse in one list: where it lives, its columns, how it is partitioned and
 * sorted, and the DuckDB view analysts read it through. Iceberg tables, DuckDB views and the
 * generated documentation are all derived from here.
 */
package cn.zoucheng.warehouse.schemas.tables;
