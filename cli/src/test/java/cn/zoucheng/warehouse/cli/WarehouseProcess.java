package cn.zoucheng.warehouse.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs {@code bin/warehouse} as a user does: a new JVM, its output (logs included) captured. */
final class WarehouseProcess {
  /** What a run printed on stdout and stderr, interleaved, and its exit code. */
  record Result(int exitCode, String output) {}

  /**
   * JVM options for the short runs the tests start (a few seconds of work each, often killed): the
   * client compiler only and the throughput collector. On a 2-core machine C2's compiling was 31%
   * of a monthly run's CPU, and the crash tests took 397.9 s with bin/warehouse's options alone,
   * 331.3 s with these (one run each, docs/benchmarks.md). bin/warehouse keeps the JVM's defaults:
   * on the whole sample these were no faster.
   */
  static final List<String> SHORT_RUN = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseParallelGC");

  private WarehouseProcess() {}

  static Result run(Map<String, String> env, String... args) throws Exception {
    Process p = builder(env, List.of(), args).start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException("bin/warehouse did not finish within 5 minutes:\n" + output);
    }
    return new Result(p.exitValue(), output);
  }

  /**
   * {@code bin/warehouse <args>} as a new JVM with this test JVM's class path, the CLI's JVM
   * options, {@link #SHORT_RUN} and the extra ones, stdout and stderr merged, no PII key but the
   * environment's given.
   */
  static ProcessBuilder builder(Map<String, String> env, List<String> jvmOptions, String... args) {
    List<String> options = new ArrayList<>(SHORT_RUN);
    options.addAll(jvmOptions);
    List<String> cmd = WarehouseJvm.cli("1g", options, List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove("WAREHOUSE_PII_KEY");
    pb.environment().remove("WAREHOUSE_PII_KEY_FILE");
    pb.environment().putAll(env);
    return pb;
  }
}
