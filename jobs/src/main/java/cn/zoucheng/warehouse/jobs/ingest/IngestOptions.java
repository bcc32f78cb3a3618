package cn.zoucheng.warehouse.jobs.ingest;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What one ingest run reads: one or more folders of exports (a month's inbox, a town's corrected
 * files, the samples), in delivery order, the run's id, whether a re-delivery may withdraw every
 * record of its town-month, and how much of one file is read and for how long.
 */
public record IngestOptions(
    List<URI> inputs, String runId, EmptyRedelivery emptyRedelivery, InputFile.Limits limits) {

  /** Whether a re-delivery with no loadable row may replace a delivery that has rows. */
  public enum EmptyRedelivery {
    /** It is rejected, and the earlier delivery stays (the default). */
    REFUSE,
    /** It replaces the earlier delivery: every record of the town-month is withdrawn. */
    ALLOW
  }

  public IngestOptions {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input folder is needed");
    }
    inputs = List.copyOf(inputs);
    Objects.requireNonNull(emptyRedelivery, "emptyRedelivery");
    Objects.requireNonNull(limits, "limits");
  }

  /**
   * A run over the folders that refuses empty re-deliveries and reads within the default limits.
   */
  public IngestOptions(List<URI> inputs, String runId) {
    this(inputs, runId, EmptyRedelivery.REFUSE, InputFile.Limits.DEFAULT);
  }

  /** This run, letting a re-delivery without loadable rows withdraw its town-month's records. */
  public IngestOptions allowingEmptyRedelivery() {
    return new IngestOptions(inputs, runId, EmptyRedelivery.ALLOW, limits);
  }
}
