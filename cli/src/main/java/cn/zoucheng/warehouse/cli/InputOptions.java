package cn.zoucheng.warehouse.cli;

import java.util.List;
import picocli.CommandLine.Option;

/** What an ingest reads: the folders of exports and, optionally, the key file. */
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
}
