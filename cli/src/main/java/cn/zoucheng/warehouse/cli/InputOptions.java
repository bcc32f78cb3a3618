package cn.zoucheng.warehouse.cli;

import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestErrors;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.PiiKeys;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * What an ingest reads: the folders of exports, the key (a key file, or the public sample key for
 * synthetic input) and whether a re-delivery may withdraw every record of its town-month.
 */
final class InputOptions {
  @Option(
      names = "--input",
      required = true,
      paramLabel = "DIR",
      description = "folder of exports (repeatable): a month's inbox, corrected files, samples")
  List<String> inputs;

  @Option(
      names = "--pii-key-file",
      paramLabel = "FILE",
      description = "file holding the pseudonymisation key (else WAREHOUSE_PII_KEY[_FILE])")
  String piiKeyFile;

  @Option(
      names = "--sample",
      description = {
        "the input is synthetic: pseudonymise with the public sample key, which protects",
        "nothing (never for real data). Not needed for an unchanged generated sample, whose",
        ".synthetic-sample marker names its checksum"
      })
  boolean sample;

  @Option(
      names = "--allow-empty-redelivery",
      description = {
        "let a re-delivery without one loadable row (a header alone, or every row bad)",
        "replace the earlier delivery, withdrawing all records of its town-month"
      })
  boolean allowEmptyRedelivery;

  /** Options reading the given folders, as {@code --input DIR…} alone would. */
  static InputOptions of(String... folders) {
    InputOptions o = new InputOptions();
    o.inputs = List.of(folders);
    return o;
  }

  /** Options reading the given folders of synthetic exports, as with {@code --sample}. */
  static InputOptions ofSample(String... folders) {
    InputOptions o = of(folders);
    o.sample = true;
    return o;
  }

  /** The folders as URIs. */
  List<URI> uris() {
    return inputs.stream().map(WarehouseConfig::toUri).toList();
  }

  /** The pseudonymizer these options ask for. */
  Pseudonymizer pseudonymizer() {
    if (sample) {
      if (piiKeyFile != null) {
        throw IngestErrors.sampleAndKeyFile();
      }
      return PiiKeys.sample();
    }
    List<Path> local = new ArrayList<>();
    for (URI u : uris()) {
      if ("file".equals(u.getScheme())) {
        local.add(Path.of(u));
      }
    }
    return PiiKeys.resolve(System.getenv(), piiKeyFile, local);
  }

  /** The ingest options of a run with the given id. */
  IngestOptions ingestOptions(String runId) {
    IngestOptions o = new IngestOptions(uris(), runId);
    return allowEmptyRedelivery ? o.allowingEmptyRedelivery() : o;
  }
}
