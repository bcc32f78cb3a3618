package cn.zoucheng.warehouse.cli;

import java.io.PrintStream;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The progress display of long commands: each step on its own line with the elapsed time, and a
 * heartbeat every ten seconds while a step runs, so an operator can tell work from a hang.
 */
final class Progress implements Consumer<String>, AutoCloseable {
  private final PrintStream out;
  private final long start = System.nanoTime();
  private final ScheduledExecutorService ticker;
  private volatile String step = "starting";
  private volatile long stepStart = System.nanoTime();

  Progress(PrintStream out) {
    this.out = out;
    this.ticker =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "progress");
              t.setDaemon(true);
              return t;
            });
    ticker.scheduleAtFixedRate(this::heartbeat, 10, 10, TimeUnit.SECONDS);
  }

  @Override
  public void accept(String what) {
    step = what;
    stepStart = System.nanoTime();
    out.printf("[%6.1fs] %s%n", seconds(start), what);
    out.flush();
  }

  private void heartbeat() {
    out.printf("[%6.1fs]   … still %s (%.0fs)%n", seconds(start), step, seconds(stepStart));
    out.flush();
  }

  double elapsed() {
    return seconds(start);
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  @Override
  public void close() {
    ticker.shutdownNow();
  }
}
