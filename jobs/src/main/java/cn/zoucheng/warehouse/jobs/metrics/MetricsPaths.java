package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.config.WarehouseLayout;

/**
 * Relative paths of the tables the metrics job writes, beside {@link WarehouseLayout#metrics()}:
 * each is Parquet partitioned as {@code <table>/period=YYYY-MM/} (changes by {@code run_id=…}).
 */
public final class MetricsPaths {
  private MetricsPaths() {}

  /** The metrics table: {@code metrics/period=YYYY-MM/}. */
  public static String metrics() {
    return WarehouseLayout.metrics();
  }

  /** Figures a recomputation changed: {@code metric_changes/run_id=…/}. */
  public static String metricChanges() {
    return "metric_changes";
  }

  /** Vouchers posted against the rules: {@code voucher_breaches/period=YYYY-MM/}. */
  public static String voucherBreaches() {
    return "voucher_breaches";
  }

  /** The submission matrix: {@code submissions/period=YYYY-MM/}. */
  public static String submissions() {
    return "submissions";
  }

  /** 达标项数 and 综合排名 of towns and villages: {@code rankings/period=YYYY-MM/}. */
  public static String rankings() {
    return "rankings";
  }

  /** Demonstration villages against the others: {@code demonstration/period=YYYY-MM/}. */
  public static String demonstration() {
    return "demonstration";
  }

  /** Per-file data quality: {@code file_quality/period=YYYY-MM/}. */
  public static String fileQuality() {
    return "file_quality";
  }
}
