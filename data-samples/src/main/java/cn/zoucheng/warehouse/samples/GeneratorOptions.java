package cn.zoucheng.warehouse.samples;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Objects;

/**
 * What to generate: the seed, the volume scale, the months and the output directory.
 *
 * @param seed the seed every random choice derives from; equal options give byte-identical files
 * @param scale multiplier of the event volumes (proxy cases, petitions, vouchers, disputes,
 *     suggestions); the per-village record types do not scale
 * @param firstMonth the first month exported
 * @param lastMonth the last month exported, inclusive
 * @param outputDir the directory that receives {@code exports/} and {@code expected/}
 */
public record GeneratorOptions(
    long seed, double scale, YearMonth firstMonth, YearMonth lastMonth, Path outputDir) {

  /** The seed of the committed sample. */
  public static final long DEFAULT_SEED = 344L;

  /** The first month of the committed sample. */
  public static final YearMonth DEFAULT_FIRST_MONTH = YearMonth.of(2024, 10);

  /** The last month of the committed sample. */
  public static final YearMonth DEFAULT_LAST_MONTH = YearMonth.of(2026, 10);

  public GeneratorOptions {
    Objects.requireNonNull(firstMonth, "firstMonth");
    Objects.requireNonNull(lastMonth, "lastMonth");
    Objects.requireNonNull(outputDir, "outputDir");
    if (!(scale > 0) || scale > 1000) {
      throw new IllegalArgumentException("scale must be in (0, 1000], got " + scale);
    }
    if (lastMonth.isBefore(firstMonth)) {
      throw new IllegalArgumentException(
          "last month " + lastMonth + " is before first month " + firstMonth);
    }
  }

  /** The committed sample's seed and months at the given scale, written to the given directory. */
  public static GeneratorOptions defaults(double scale, Path outputDir) {
    return new GeneratorOptions(
        DEFAULT_SEED, scale, DEFAULT_FIRST_MONTH, DEFAULT_LAST_MONTH, outputDir);
  }

  /** The number of months exported. */
  public int monthCount() {
    return (int)
        (lastMonth.getYear() * 12L
            + lastMonth.getMonthValue()
            - firstMonth.getYear() * 12L
            - firstMonth.getMonthValue()
            + 1);
  }
}
