package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the pseudonymisation key: {@code WAREHOUSE_PII_KEY} (the key itself), else {@code
 * WAREHOUSE_PII_KEY_FILE} or the {@code pii.key-file} setting (a file outside the repository). Only
 * an input marked as the shipped synthetic sample (a {@code .synthetic-sample} file in the input
 * folder or its parent) may fall back to the public sample key.
 */
public final class PiiKeys {
  private static final Logger LOG = LoggerFactory.getLogger(PiiKeys.class);

  /** The public key of the synthetic sample: it protects nothing, and needs not to. */
  static final String SAMPLE_KEY = "zoucheng-synthetic-sample-key-not-a-secret";

  private PiiKeys() {}

  /** The pseudonymizer for a run over the given local input folders. */
  public static Pseudonymizer resolve(
      Map<String, String> env, String keyFileSetting, java.util.List<Path> localInputs) {
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
    if (!localInputs.isEmpty() && localInputs.stream().allMatch(PiiKeys::isSample)) {
      LOG.warn("no WAREHOUSE_PII_KEY set: using the public key of the synthetic sample");
      return of(SAMPLE_KEY);
    }
    throw IngestErrors.missingPiiKey();
  }

  private static boolean isSample(Path input) {
    Path abs = input.toAbsolutePath().normalize();
    return Files.exists(abs.resolve(SyntheticSample.MARKER))
        || abs.getParent() != null && Files.exists(abs.getParent().resolve(SyntheticSample.MARKER));
  }

  private static Pseudonymizer of(String key) {
    byte[] bytes = key.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < 16) {
      throw IngestErrors.missingPiiKey();
    }
    return new Pseudonymizer(bytes);
  }
}
