package cn.zoucheng.warehouse.airflow;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;

/**
 * The {@code dag_run_id}s the warehouse sends.
 *
 * <p>By default one id per month, {@code warehouse__2026-10}, so triggering a month twice collides
 * (Airflow answers 409) and the second trigger follows the first run instead of starting another.
 * {@link #fresh} adds a UTC timestamp, {@code warehouse__2026-10__20261105T083012Z}, for a
 * deliberate rerun ({@code --new}). Runs Airflow schedules itself are named {@code scheduled__…}
 * and never collide with these.
 */
public final class RunIds {

  /** The prefix of every run id the warehouse sends. */
  public static final String PREFIX = "warehouse__";

  private static final Pattern PERIOD = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  private RunIds() {}

  /** Returns the month's run id, e.g. {@code warehouse__2026-10}. */
  public static String forPeriod(String period) {
    return PREFIX + validPeriod(period);
  }

  /** Returns a run id for a new run of the month at {@code now}. */
  public static String fresh(String period, Instant now) {
    return forPeriod(period) + "__" + STAMP.format(now);
  }

  /** Returns {@code period} if it is a month written YYYY-MM, else throws. */
  public static String validPeriod(String period) {
    if (period == null || !PERIOD.matcher(period).matches()) {
      throw AirflowErrors.badPeriod(period);
    }
    return period;
  }
}
