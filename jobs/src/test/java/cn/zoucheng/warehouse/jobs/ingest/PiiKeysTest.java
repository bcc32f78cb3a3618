package cn.zoucheng.warehouse.jobs.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The public sample key only when asked for, or for a folder that still holds exactly the sample
 * its marker names; a marker beside real data is an error, not a warning.
 */
class PiiKeysTest {
  static final String SAMPLE_FINGERPRINT = PiiKeys.sample().fingerprint();

  @TempDir Path tmp;

  /** A generated sample: one export and a marker naming the folder's checksum. */
  Path sample() throws IOException {
    Path exports = tmp.resolve("exports");
    Files.createDirectories(exports.resolve("2026-11-03"));
    Files.writeString(exports.resolve("2026-11-03/凫山街道_2026-10_disputes.csv"), "纠纷编号\n");
    Files.writeString(
        exports.resolve(SyntheticSample.MARKER),
        SyntheticSample.markerText(SyntheticSample.checksum(exports)));
    return exports;
  }

  static Pseudonymizer resolve(Map<String, String> env, Path... inputs) {
    return PiiKeys.resolve(env, null, List.of(inputs));
  }

  @Test
  void anUnchangedGeneratedSampleUsesTheSampleKey() throws IOException {
    Path exports = sample();
    assertThat(resolve(Map.of(), exports).fingerprint()).isEqualTo(SAMPLE_FINGERPRINT);
    // a day's folder of the sample: the marker is in its parent
    assertThat(resolve(Map.of(), exports.resolve("2026-11-03")).fingerprint())
        .isEqualTo(SAMPLE_FINGERPRINT);
  }

  @Test
  void aMarkerBesideAnythingElseIsRefused() throws IOException {
    Path exports = sample();
    Files.writeString(exports.resolve("2026-11-03/钢山街道_2026-10_disputes.csv"), "real data\n");
    assertThatThrownBy(() -> resolve(Map.of(), exports))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(exports.resolve(SyntheticSample.MARKER).toString())
        .hasMessageContaining("its checksum differs", "WAREHOUSE_PII_KEY", "--sample");
  }

  @Test
  void aMarkerNamingNoChecksumIsRefused() throws IOException {
    Path exports = sample();
    Files.writeString(
        exports.resolve(SyntheticSample.MARKER),
        "Synthetic data made by SampleGenerator: no real person's data.\n");
    assertThatThrownBy(() -> resolve(Map.of(), exports)).hasMessageContaining("checksum differs");
  }

  @Test
  void withoutKeyOrMarkerTheErrorSaysHowToGoOn() {
    assertThatThrownBy(() -> resolve(Map.of(), tmp))
        .hasMessageContaining("no pseudonymisation key", "WAREHOUSE_PII_KEY", "--sample");
  }

  @Test
  void aConfiguredKeyWinsOverAnyMarker() throws IOException {
    Pseudonymizer p = resolve(Map.of("WAREHOUSE_PII_KEY", "a-real-secret-0123456789"), sample());
    assertThat(p.fingerprint()).isNotEqualTo(SAMPLE_FINGERPRINT);
  }
}
