package cn.zoucheng.warehouse.jobs.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Keeps the fingerprint of the pseudonymisation key at the warehouse root, so that a run with a
 * different key is refused instead of silently making pseudonyms that match nothing.
 */
final class PiiKeyFingerprint {
  static final String FILE = "_pii_key_fingerprint";

  private PiiKeyFingerprint() {}

  static void check(FileSystem fs, Path root, Pseudonymizer pseudonymizer) {
    Path p = new Path(root, FILE);
    String mine = pseudonymizer.fingerprint();
    try {
      if (fs.exists(p)) {
        try (var in = fs.open(p)) {
          String theirs = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
          if (!theirs.equals(mine)) {
            throw IngestErrors.piiKeyChanged(p.toString());
          }
        }
        return;
      }
      try (FSDataOutputStream out = fs.create(p, true)) {
        out.write(mine.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot check the key fingerprint " + p, e);
    }
  }
}
