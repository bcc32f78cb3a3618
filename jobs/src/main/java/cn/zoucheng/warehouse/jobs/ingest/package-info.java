/** The ingest of town exports: reading, validation, quarantine, deliveries, latest facts. */
package cn.zoucheng.warehouse.jobs.ingest;
