package cn.zoucheng.warehouse.airflow.internal;

import java.time.Duration;

/** Waits between retries and polls; tests pass one that does not wait. */
@FunctionalInterface
public interface Sleeper {

  /** The real clock. */
  Sleeper SYSTEM =
      d -> {
        try {
          Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while waiting", e);
        }
      };

  /** Waits for {@code duration}. */
  void sleep(Duration duration);
}
