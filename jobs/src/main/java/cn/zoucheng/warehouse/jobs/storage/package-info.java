/**
 * The warehouse's storage: its Iceberg tables ({@link
 * cn.zoucheng.warehouse.jobs.storage.Warehouse}), the writers that replace, merge and append their
 * rows, the run protocol that makes a run's commits all-or-nothing for readers ({@link
 * cn.zoucheng.warehouse.jobs.storage.WarehouseRun}), and the lock that keeps a second writer out.
 */
package cn.zoucheng.warehouse.jobs.storage;
