package cn.zoucheng.warehouse.samples;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Locale;

/**
 * Runs the generator by hand: {@code --seed 344 --scale 1 --from 2024-10 --to 2026-10 --out DIR};
 * every argument but {@code --out} has the committed sample's default.
 */
public final class SampleGeneratorMain {
  private static final String USAGE =
      "usage: SampleGeneratorMain --out DIR [--seed 344] [--scale 1.0] [--from 2024-10] [--to"
          + " 2026-10]";

  private SampleGeneratorMain() {}

  /** Parses the arguments, generates, and prints what was written. */
  public static void main(String[] args) {
    GeneratorOptions options;
    try {
      options = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    // POI logs through the Log4j API; without a provider it complains on every run
    if (System.getProperty("log4j2.loggerContextFactory") == null) {
      System.setProperty(
          "log4j2.loggerContextFactory",
          "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
    }
    long start = System.nanoTime();
    GeneratorResult r = new SampleGenerator(options).run();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        Locale.ROOT,
        "wrote %d files, %d rows %s, %d bad rows, %d bad files to %s in %.1f s%n",
        r.filesWritten(),
        r.totalRows(),
        r.rowsByRecordType(),
        r.badRowsInjected(),
        r.badFilesInjected(),
        options.outputDir(),
        seconds);
  }

  /** The options the arguments give. */
  static GeneratorOptions parse(String[] args) {
    long seed = GeneratorOptions.DEFAULT_SEED;
    double scale = 1.0;
    YearMonth from = GeneratorOptions.DEFAULT_FIRST_MONTH;
    YearMonth to = GeneratorOptions.DEFAULT_LAST_MONTH;
    Path out = null;
    for (int i = 0; i < args.length; i += 2) {
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException("missing value after " + args[i]);
      }
      String v = args[i + 1];
      try {
        switch (args[i]) {
          case "--seed" -> seed = Long.parseLong(v);
          case "--scale" -> scale = Double.parseDouble(v);
          case "--from" -> from = YearMonth.parse(v);
          case "--to" -> to = YearMonth.parse(v);
          case "--out" -> out = Path.of(v);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
        throw new IllegalArgumentException("bad value for " + args[i] + ": " + v, e);
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out is required");
    }
    return new GeneratorOptions(seed, scale, from, to, out);
  }
}
