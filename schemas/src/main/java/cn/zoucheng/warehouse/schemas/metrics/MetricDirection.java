package cn.zoucheng.warehouse.schemas.metrics;

/** Which way a metric is better: ranks and target statuses follow it. */
public enum MetricDirection {
  /** Higher is better: ranked largest first. */
  HIGHER,
  /** Lower is better (breaches, petitions, days): ranked smallest first. */
  LOWER,
  /** Neither, e.g. a volume of cases: not ranked. */
  NEUTRAL;

  /** The lower-case form used in {@code targets.csv} and the metrics tables. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
