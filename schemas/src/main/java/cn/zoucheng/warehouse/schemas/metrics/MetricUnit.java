package cn.zoucheng.warehouse.schemas.metrics;

/** What a metric's value measures, and so how a bulletin prints it. */
public enum MetricUnit {
  /** A number of records, villages or cadres (件, 个). */
  COUNT,
  /** A share between 0 and 1, printed as a percentage. */
  RATE,
  /** A mean number of days. */
  DAYS,
  /** A sum of money in yuan. */
  YUAN,
  /** A relative change, e.g. -0.346 printed as 下降34.6%. */
  RATIO
}
