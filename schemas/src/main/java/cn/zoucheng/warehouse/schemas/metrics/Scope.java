package cn.zoucheng.warehouse.schemas.metrics;

import java.util.Locale;

/** What a row of the metrics table is about: the whole city, one town or one village. */
public enum Scope {
  /** The whole city. */
  CITY,
  /** One town (镇街). */
  TOWN,
  /** One village or community (村/社区). */
  VILLAGE;

  /** The code the metrics table stores: {@code city}, {@code town} or {@code village}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }
}
