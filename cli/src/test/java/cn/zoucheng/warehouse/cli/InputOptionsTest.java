package cn.zoucheng.warehouse.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class InputOptionsTest {
  static InputOptions parse(String... args) {
    InputOptions o = new InputOptions();
    new CommandLine(o).parseArgs(args);
    return o;
  }

  @Test
  void theSampleKeyAndAKeyFileExcludeEachOther() {
    InputOptions o = parse("--input", "in", "--sample", "--pii-key-file", "key.txt");
    assertThatThrownBy(o::pseudonymizer)
        .hasMessage(
            "--sample (the public sample key) and --pii-key-file exclude each other; choose one");
  }

  @Test
  void anEmptyRedeliveryIsRefusedUnlessAllowed() {
    assertThat(parse("--input", "in").ingestOptions("r").emptyRedelivery())
        .isEqualTo(IngestOptions.EmptyRedelivery.REFUSE);
    assertThat(
            parse("--input", "in", "--allow-empty-redelivery").ingestOptions("r").emptyRedelivery())
        .isEqualTo(IngestOptions.EmptyRedelivery.ALLOW);
  }
}
