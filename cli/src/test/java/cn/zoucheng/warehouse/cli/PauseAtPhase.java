package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.storage.RunPhases;
import java.util.concurrent.TimeUnit;

/**
 * The crash tests' seam: in a run started with {@code -Dwarehouse.test.pause-at=<phase>}, prints
 * {@code PAUSED-AT <phase>} to standard error when the run reaches that phase and waits there, so
 * that the test can kill the process at exactly that moment. Registered through {@code
 * META-INF/services}, on the test classpath only.
 */
public final class PauseAtPhase implements RunPhases.Listener {
  /** The system property naming the phase to pause at. */
  static final String PROPERTY = "warehouse.test.pause-at";

  @Override
  public void reached(String runId, String phase) {
    if (!phase.equals(System.getProperty(PROPERTY))) {
      return;
    }
    System.err.println("PAUSED-AT " + phase);
    System.err.flush();
    try {
      TimeUnit.MINUTES.sleep(2);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
