package cn.zoucheng.warehouse.schemas.exports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The marker of generated, synthetic exports: a file of this name in an input folder (or its
 * parent) that names the checksum of everything beside it. Only while the folder still holds
 * exactly what the generator wrote may the ingest use the public sample key for the pseudonyms; one
 * file added, changed or removed and the marker no longer speaks for the folder.
 */
public final class SyntheticSample {
  /** File name of the marker; hidden, so the ingest never reads it as an export. */
  public static final String MARKER = ".synthetic-sample";

  private static final String FIRST_LINE =
      "Synthetic data made by SampleGenerator: no real person's data.";
  private static final String CHECKSUM = "content-sha256: ";

  private SyntheticSample() {}

  /** The marker's text for a folder whose {@link #checksum} is the given one. */
  public static String markerText(String checksum) {
    return FIRST_LINE + "\n" + CHECKSUM + checksum + "\n";
  }

  /** The checksum a marker's text names, if it names one. */
  public static Optional<String> declaredChecksum(String markerText) {
    return markerText
        .lines()
        .filter(l -> l.startsWith(CHECKSUM))
        .map(l -> l.substring(CHECKSUM.length()).trim())
        .findFirst();
  }

  /**
   * SHA-256 over every entry under the folder but the marker itself and folders: each regular
   * file's path and content hash, each other entry (a link, a pipe) by its path and kind. Links are
   * not followed.
   */
  public static String checksum(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      List<Path> entries =
          walk.filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
              .filter(p -> !folder.relativize(p).toString().equals(MARKER))
              .sorted()
              .toList();
      MessageDigest all = sha256();
      for (Path p : entries) {
        String rel = folder.relativize(p).toString().replace('\\', '/');
        String what =
            Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)
                ? HexFormat.of().formatHex(sha256().digest(Files.readAllBytes(p)))
                : Files.isSymbolicLink(p) ? "link" : "special";
        all.update((what + "  " + rel + "\n").getBytes(StandardCharsets.UTF_8));
      }
      return HexFormat.of().formatHex(all.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot compute the checksum of " + folder, e);
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
