package cn.zoucheng.warehouse.samples;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.SplittableRandom;

/** Random choices from a seeded stream, with the few shapes the generator needs. */
final class Draw {
  private final SplittableRandom random;

  Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A stream seeded from the run's seed and the given parts, independent of generation order. */
  static Draw of(long seed, Object... parts) {
    long h = seed * 0x9E3779B97F4A7C15L + 0x632BE59BD9B4E019L;
    for (Object p : parts) {
      h = (h ^ p.toString().hashCode()) * 0xBF58476D1CE4E5B9L;
      h ^= h >>> 31;
    }
    return new Draw(h);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  /** A whole number in {@code [lo, hi]}. */
  int between(int lo, int hi) {
    return lo + random.nextInt(hi - lo + 1);
  }

  double unit() {
    return random.nextDouble();
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  @SafeVarargs
  final <T> T pick(T... items) {
    return items[random.nextInt(items.length)];
  }

  /** An index chosen with the given relative weights. */
  int weighted(double... weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double r = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      r -= weights[i];
      if (r < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }

  /** A count near the mean (±20%), rounded so that small means still give whole numbers fairly. */
  int count(double mean) {
    double m = mean * (0.8 + 0.4 * random.nextDouble());
    int whole = (int) m;
    return whole + (random.nextDouble() < m - whole ? 1 : 0);
  }

  /** A day of the month. */
  LocalDate day(YearMonth month) {
    return month.atDay(between(1, month.lengthOfMonth()));
  }

  /** A working day of the month; with the given share, a Tuesday or Thursday. */
  LocalDate workingDay(YearMonth month, double tuesdayOrThursdayShare) {
    boolean wanted = chance(tuesdayOrThursdayShare);
    for (int attempt = 0; attempt < 100; attempt++) {
      LocalDate d = day(month);
      DayOfWeek w = d.getDayOfWeek();
      boolean tueThu = w == DayOfWeek.TUESDAY || w == DayOfWeek.THURSDAY;
      boolean weekend = w == DayOfWeek.SATURDAY || w == DayOfWeek.SUNDAY;
      if (tueThu == wanted && (!weekend || chance(0.05))) {
        return d;
      }
    }
    return month.atDay(1);
  }
}
