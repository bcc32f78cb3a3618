/**
 * The analysts' door to the warehouse, without Spark: the DuckDB file of views over the data files
 * of each table's committed snapshot ({@link cn.zoucheng.warehouse.catalog.DuckDbCatalog}), the
 * record of what each committed run left ({@link cn.zoucheng.warehouse.catalog.WarehouseState}),
 * the read-only SQL console, and the generated documentation of the views.
 */
package cn.zoucheng.warehouse.catalog;
