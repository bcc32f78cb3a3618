/**
 * The metric catalogue: every metric code of {@code METRICS.md} with its Chinese label, unit,
 * direction and record type, and the columns of the metrics tables. Engine-free: jobs, bulletins
 * and documentation all derive from it.
 */
package cn.zoucheng.warehouse.schemas.metrics;
