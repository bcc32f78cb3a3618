package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the pseudonymisation key: {@code WAREHOUSE_PII_KEY} (the key itself), else {@code
 * WAREHOUSE_PII_KEY_FILE} or the {@code pii.key-file} setting (a file outside the repository). The
 * public sample key is used only when asked for ({@link #sample()}, the CLI's {@code --sample}), or
 * for an input that is provably the generated sample: a {@code .synthetic-sample} marker in the
 * input folder (or its parent) naming the checksum of what the folder holds now. A marker beside
 * anything else is refused with an error, never a silent fallback.
 */
public final class PiiKeys {
  private static final Logger LOG = LoggerFactory.getLogger(PiiKeys.class);

  /** The public key of the synthetic sample: it protects nothing, and needs not to. */
  static final String SAMPLE_KEY = "zoucheng-synthetic-sample-key-not-a-secret";

  private PiiKeys() {}

  /** The public sample key, for input the user declares synthetic. */
  public static Pseudonymizer sample() {
    LOG.warn("--sample: pseudonymising with the public sample key; use it for synthetic data only");
    return of(SAMPLE_KEY);
  }

  /** The pseudonymizer for a run over the given local input folders. */
  public static Pseudonymizer resolve(
      Map<String, String> env, String keyFileSetting, List<Path> localInputs) {
    String key = env.get("WAREHOUSE_PII_KEY");
    if (key != null && !key.isBlank()) {
      return of(key.trim());
    }
    String file = env.getOrDefault("WAREHOUSE_PII_KEY_FILE", keyFileSetting);
    if (file != null && !file.isBlank()) {
      try {
        return of(Files.readString(Path.of(file), StandardCharsets.UTF_8).trim());
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the pseudonymisation key file " + file, e);
      }
    }
    if (localInputs.isEmpty()) {
      throw IngestErrors.missingPiiKey();
    }
    for (Path input : localInputs) {
      Path marker = marker(input).orElseThrow(IngestErrors::missingPiiKey);
      if (!isCurrent(marker)) {
        throw IngestErrors.sampleMarkerStale(marker.toString());
      }
    }
    LOG.info("the input is the generated synthetic sample (its marker's checksum matches)");
    return of(SAMPLE_KEY);
  }

  /** The sample marker in the folder or its parent. */
  private static Optional<Path> marker(Path input) {
    Path abs = input.toAbsolutePath().normalize();
    for (Path dir : abs.getParent() == null ? List.of(abs) : List.of(abs, abs.getParent())) {
      Path m = dir.resolve(SyntheticSample.MARKER);
      if (Files.isRegularFile(m)) {
        return Optional.of(m);
      }
    }
    return Optional.empty();
  }

  /** Whether the marker names the checksum its folder has now. */
  private static boolean isCurrent(Path marker) {
    try {
      Optional<String> declared =
          SyntheticSample.declaredChecksum(Files.readString(marker, StandardCharsets.UTF_8));
      return declared.isPresent()
          && declared.get().equals(SyntheticSample.checksum(marker.getParent()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the sample marker " + marker, e);
    }
  }

  private static Pseudonymizer of(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw IngestErrors.missingPiiKey();
    }
    return new Pseudonymizer(bytes);
  }
}
