package cn.zoucheng.warehouse.jobs.metrics;

import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What one metrics run computes: the months {@code from}..{@code to}, read from one warehouse and
 * written to another (normally the same), under a run id.
 *
 * @param input the warehouse whose facts, manifest, quarantine and reference data are read
 * @param output the warehouse the metrics tables are written to
 * @param from first month computed
 * @param to last month computed
 * @param runId id written on every row of the run
 * @param deadlineDay day of the following month by which a month's files are due
 */
public record MetricsOptions(
    Warehouse input,
    Warehouse output,
    YearMonth from,
    YearMonth to,
    String runId,
    int deadlineDay) {

  /** Option key: the one month to compute, {@code YYYY-MM}. */
  public static final String PERIOD = "period";

  /** Option key: first month of a range, {@code YYYY-MM}. */
  public static final String FROM = "from";

  /** Option key: last month of a range, {@code YYYY-MM}. */
  public static final String TO = "to";

  /** Option key: the run id; default {@code metrics-<timestamp>-<random>}. */
  public static final String RUN_ID = "run-id";

  /** Option key: the day of the next month by which files are due; default 5. */
  public static final String DEADLINE_DAY = "submission.deadline-day";

  /** The default deadline: the 5th of the following month. */
  public static final int DEFAULT_DEADLINE_DAY = 5;

  public MetricsOptions {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(runId, "runId");
    if (from.isAfter(to)) {
      throw new IllegalArgumentException(
          "--from " + from + " is after --to " + to + ": give the earlier month first");
    }
    if (deadlineDay < 1 || deadlineDay > 28) {
      throw new IllegalArgumentException(
          DEADLINE_DAY + " must be a day from 1 to 28, got " + deadlineDay);
    }
    if (!runId.matches("[A-Za-z0-9._-]+")) {
      throw new IllegalArgumentException(
          "run id must be ASCII letters, digits, '.', '_' or '-', got '" + runId + "'");
    }
  }

  /** Options for the months {@code from}..{@code to} of one warehouse, with a fresh run id. */
  public static MetricsOptions of(Warehouse warehouse, YearMonth from, YearMonth to) {
    return new MetricsOptions(warehouse, warehouse, from, to, newRunId(), DEFAULT_DEADLINE_DAY);
  }

  /** These options with another run id. */
  public MetricsOptions withRunId(String id) {
    return new MetricsOptions(input, output, from, to, id, deadlineDay);
  }

  /** These options writing to another warehouse (e.g. a scratch folder for a comparison). */
  public MetricsOptions writingTo(Warehouse other) {
    return new MetricsOptions(input, other, from, to, runId, deadlineDay);
  }

  /** These options with another submission deadline day. */
  public MetricsOptions withDeadlineDay(int day) {
    return new MetricsOptions(input, output, from, to, runId, day);
  }

  /** A new run id: {@code metrics-yyyyMMdd'T'HHmmss-xxxx}. */
  public static String newRunId() {
    return RunIds.next("metrics");
  }

  /** Parses a {@code YYYY-MM} option value, naming the option when it is malformed. */
  public static YearMonth parseMonth(String option, String value) {
    try {
      return YearMonth.parse(value.trim());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException(
          "--" + option + " must be a month as YYYY-MM (e.g. 2026-10), got '" + value + "'", e);
    }
  }
}
