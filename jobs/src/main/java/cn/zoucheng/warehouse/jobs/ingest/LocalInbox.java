package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * An input folder on the local disk, listed and read with {@code java.nio} rather than Hadoop's
 * local file system, which would follow links and open a named pipe like a file. Links are never
 * followed while listing; a link to a regular file inside the folder is read as that file, any
 * other link gets a manifest row instead.
 */
final class LocalInbox {
  private LocalInbox() {}

  /** Every entry under the folder but folders and the synthetic-sample marker. */
  static List<InputFile> list(Path folder) {
    if (!Files.exists(folder)) {
      throw IngestErrors.inputNotFound(folder.toString());
    }
    List<InputFile> out = new ArrayList<>();
    try {
      Path root = folder.toRealPath();
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path p, BasicFileAttributes attrs) {
              String rel = root.relativize(p).toString().replace('\\', '/');
              if (!rel.equals(SyntheticSample.MARKER)) {
                out.add(entry(root, p, rel, attrs));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path p, IOException e) {
              String rel = root.relativize(p).toString().replace('\\', '/');
              out.add(
                  new InputFile(
                      p.toUri().toString(),
                      rel,
                      InputFile.dateReceived(rel, System.currentTimeMillis()),
                      InputFile.Refusal.of(
                          IngestErrors.readFailed(rel, "cannot be listed: " + kind(e)))));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return out;
  }

  private static InputFile entry(Path root, Path p, String rel, BasicFileAttributes attrs) {
    java.time.LocalDate received = InputFile.dateReceived(rel, attrs.lastModifiedTime().toMillis());
    String skipped = InputFile.skippedPart(rel);
    if (skipped != null) {
      return refused(p, rel, received, IngestErrors.skippedName(rel, skipped));
    }
    if (attrs.isRegularFile()) {
      return new InputFile(p.toUri().toString(), rel, received);
    }
    if (!attrs.isSymbolicLink()) {
      return refused(
          p, rel, received, IngestErrors.notARegularFile(rel, "a pipe, device or socket"));
    }
    Path target;
    try {
      target = p.toRealPath();
    } catch (IOException e) {
      return refused(p, rel, received, IngestErrors.notARegularFile(rel, "a link to nothing"));
    }
    if (!target.startsWith(root)) {
      return refused(p, rel, received, IngestErrors.linkOutOfInbox(rel));
    }
    if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS)) {
      return refused(
          p, rel, received, IngestErrors.notARegularFile(rel, "a link to a folder or a pipe"));
    }
    return new InputFile(target.toUri().toString(), rel, received);
  }

  private static InputFile refused(
      Path p, String rel, java.time.LocalDate received, ExportFileException why) {
    return new InputFile(p.toUri().toString(), rel, received, InputFile.Refusal.of(why));
  }

  /**
   * The bytes of a regular file, checked again just before it is opened (it may have been swapped
   * for a pipe since it was listed), at most {@code maxBytes} of them.
   */
  static byte[] read(Path p, String rel, long maxBytes) throws IOException {
    BasicFileAttributes attrs =
        Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    if (!attrs.isRegularFile()) {
      throw IngestErrors.notARegularFile(rel, "no longer a regular file");
    }
    if (attrs.size() > maxBytes) {
      throw IngestErrors.fileTooLarge(rel, attrs.size(), maxBytes);
    }
    try (InputStream in =
        Files.newInputStream(p, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
      return upTo(in, rel, maxBytes);
    }
  }

  /** At most {@code maxBytes} bytes of a stream; a file grown past them is too large. */
  static byte[] upTo(InputStream in, String rel, long maxBytes) throws IOException {
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      throw IngestErrors.fileTooLarge(rel, bytes.length, maxBytes);
    }
    return bytes;
  }

  private static String kind(IOException e) {
    return e.getClass().getSimpleName();
  }
}
