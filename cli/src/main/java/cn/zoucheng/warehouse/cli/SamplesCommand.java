package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.samples.GeneratorOptions;
import cn.zoucheng.warehouse.samples.GeneratorResult;
import cn.zoucheng.warehouse.samples.SampleGenerator;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code warehouse samples}: generates realistic town exports, deterministically. */
@Command(
    name = "samples",
    mixinStandardHelpOptions = true,
    description = {
      "Generate realistic town exports of every record type (with bad rows, bad files,",
      "a re-delivery and a missing town-month) into OUT/exports and the expected results into",
      "OUT/expected. The same options give byte-identical files. The committed sample is",
      "  bin/warehouse samples --seed 344 --scale 0.1 --from 2024-10 --to 2026-10 --out"
          + " data-samples"
    })
final class SamplesCommand implements Callable<Integer> {
  @Option(names = "--out", required = true, paramLabel = "DIR", description = "output folder")
  Path out;

  @Option(
      names = "--seed",
      defaultValue = "344",
      description = "random seed (default ${DEFAULT-VALUE})")
  long seed;

  @Option(
      names = "--scale",
      defaultValue = "1",
      description =
          "1 = the county's volumes, about 2,500 proxy cases a month (default ${DEFAULT-VALUE})")
  double scale;

  @Option(
      names = "--from",
      defaultValue = "2024-10",
      description = "first month (default ${DEFAULT-VALUE})")
  YearMonth from;

  @Option(
      names = "--to",
      defaultValue = "2026-10",
      description = "last month (default ${DEFAULT-VALUE})")
  YearMonth to;

  @Override
  public Integer call() throws Exception {
    GeneratorResult r = generate(seed, scale, from, to, out);
    System.out.println("wrote " + r + " to " + out.toAbsolutePath());
    return 0;
  }

  static GeneratorResult generate(long seed, double scale, YearMonth from, YearMonth to, Path out)
      throws Exception {
    return new SampleGenerator(new GeneratorOptions(seed, scale, from, to, out)).run();
  }
}
