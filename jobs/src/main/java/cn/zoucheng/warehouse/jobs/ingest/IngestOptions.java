package cn.zoucheng.warehouse.jobs.ingest;

import java.net.URI;
import java.util.List;

/**
 * What one ingest run reads: one or more folders of exports (a month's inbox, a town's corrected
 * files, the samples), in delivery order, and the run's id.
 */
public record IngestOptions(List<URI> inputs, String runId) {
  public IngestOptions {
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input folder is needed");
    }
    inputs = List.copyOf(inputs);
  }
}
