package cn.zoucheng.warehouse.jobs.storage;

import java.util.List;
import java.util.ServiceLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Announces the phases of a writing run (staged, committed, catalogued, …) to every {@link
 * Listener} on the classpath ({@link ServiceLoader}), and logs them. A run's phases are the moments
 * at which a crash leaves a different state behind, so this is where crash tests stop a run.
 */
public final class RunPhases {
  private static final Logger LOG = LoggerFactory.getLogger(RunPhases.class);
  private static final List<Listener> LISTENERS =
      ServiceLoader.load(Listener.class).stream().map(ServiceLoader.Provider::get).toList();

  private RunPhases() {}

  /** Hears each phase of a run as the run reaches it, on the run's own thread. */
  public interface Listener {
    /** The run {@code runId} has reached {@code phase}. */
    void reached(String runId, String phase);
  }

  /** Tells every listener that the run has reached the phase. */
  public static void reached(String runId, String phase) {
    LOG.debug("run {} reached {}", runId, phase);
    for (Listener l : LISTENERS) {
      l.reached(runId, phase);
    }
  }
}
