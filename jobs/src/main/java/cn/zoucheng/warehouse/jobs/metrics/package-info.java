/**
 * The metrics job: every metric of {@code METRICS.md} for the city, each town and each village from
 * the latest facts, with comparisons (环比, 同比, year to date, ranks, target status), the tables the
 * bulletins need beyond figures (voucher breaches, submissions, file quality), the record of
 * restated figures, and the DuckDB views over all of it. {@link
 * cn.zoucheng.warehouse.jobs.metrics.MetricsRun} is the entry point for the command line.
 */
package cn.zoucheng.warehouse.jobs.metrics;
