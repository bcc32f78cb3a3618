package cn.zoucheng.warehouse.jobs.config;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** Run ids: {@code <kind>-<yyyyMMdd'T'HHmmss>-<4 hex>}, sortable by start time, ASCII only. */
public final class RunIds {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private RunIds() {}

  /** A new run id of the given kind, e.g. {@code ingest-20261128T134501-3fa2}. */
  public static String next(String kind) {
    return kind
        + "-"
        + LocalDateTime.now().format(TIME)
        + "-"
        + String.format("%04x", ThreadLocalRandom.current().nextInt(0x10000));
  }
}
