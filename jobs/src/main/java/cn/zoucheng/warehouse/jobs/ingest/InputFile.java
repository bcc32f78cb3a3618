package cn.zoucheng.warehouse.jobs.ingest;

import cn.zoucheng.warehouse.schemas.exports.Reason;
import cn.zoucheng.warehouse.schemas.exports.SyntheticSample;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

/**
 * One entry found under an input folder: where it is, its path relative to the folder, the date the
 * city received it (the nearest parent folder named {@code YYYY-MM-DD}, else the entry's
 * modification date in China time) and, for an entry that must not be read, why. Nothing found is
 * dropped: backups and hidden files, pipes, devices and links leading out of the folder all get a
 * manifest row saying why they were not read.
 */
public record InputFile(String uri, String relativePath, LocalDate receivedOn, Refusal refusal)
    implements Serializable {

  private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  /** Reads run on daemon threads, so that a read stuck past its timeout cannot hold the JVM. */
  private static final ExecutorService READERS =
      Executors.newCachedThreadPool(
          r -> {
            Thread t = new Thread(r, "export-file-reader");
            t.setDaemon(true);
            return t;
          });

  /** Why an entry is not read: the reason and the message its manifest row carries. */
  public record Refusal(Reason reason, String message) implements Serializable {
    static Refusal of(ExportFileException e) {
      return new Refusal(e.reason(), e.getMessage());
    }

    ExportFileException asException() {
      return new ExportFileException(reason, message);
    }
  }

  /** How much of one file the ingest reads, and how long it waits for it. */
  public record Limits(long maxBytes, Duration timeout) implements Serializable {
    /**
     * 64 MiB (a county's month of one record type is a few MiB at most; parsing needs about ten
     * times a file's size in memory), two minutes.
     */
    public static final Limits DEFAULT = new Limits(64L << 20, Duration.ofMinutes(2));
  }

  /** An entry to read. */
  public InputFile(String uri, String relativePath, LocalDate receivedOn) {
    this(uri, relativePath, receivedOn, null);
  }

  /**
   * Every entry under the folders but the synthetic-sample marker, in delivery order: by receipt
   * date, then path.
   */
  public static List<InputFile> discover(Configuration conf, List<URI> folders) {
    List<InputFile> out = new ArrayList<>();
    for (URI folder : folders) {
      if ("file".equals(folder.getScheme())) {
        out.addAll(LocalInbox.list(java.nio.file.Path.of(folder)));
      } else {
        out.addAll(listWithHadoop(conf, folder));
      }
    }
    out.sort(Comparator.comparing(InputFile::receivedOn).thenComparing(InputFile::relativePath));
    return out;
  }

  private static List<InputFile> listWithHadoop(Configuration conf, URI folder) {
    List<InputFile> out = new ArrayList<>();
    try {
      Path root = new Path(folder);
      FileSystem fs = root.getFileSystem(conf);
      if (!fs.exists(root)) {
        throw IngestErrors.inputNotFound(folder.toString());
      }
      String rootText = fs.getFileStatus(root).getPath().toUri().getPath();
      RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
      while (it.hasNext()) {
        FileStatus s = it.next();
        String path = s.getPath().toUri().getPath();
        String rel =
            path.substring(Math.min(path.length(), rootText.length())).replaceFirst("^/", "");
        if (rel.isEmpty()) {
          rel = s.getPath().getName();
        }
        if (rel.equals(SyntheticSample.MARKER)) {
          continue;
        }
        LocalDate received = dateReceived(rel, s.getModificationTime());
        String skipped = skippedPart(rel);
        Refusal refusal =
            skipped != null
                ? Refusal.of(IngestErrors.skippedName(rel, skipped))
                : s.isSymlink()
                    ? Refusal.of(IngestErrors.linkOutOfInbox(rel))
                    : s.isFile() ? null : Refusal.of(IngestErrors.notARegularFile(rel, "no file"));
        out.add(new InputFile(s.getPath().toUri().toString(), rel, received, refusal));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder, e);
    }
    return out;
  }

  /**
   * The part of a relative path that marks a backup, temporary or hidden file or folder ({@code
   * .x}, {@code _x}, {@code ~$x}: {@code _备份/}, {@code .~lock…#}, Excel's {@code ~$…} owner files),
   * or null.
   */
  static String skippedPart(String rel) {
    for (String part : rel.split("/")) {
      if (part.startsWith(".") || part.startsWith("_") || part.startsWith("~$")) {
        return part;
      }
    }
    return null;
  }

  static LocalDate dateReceived(String rel, long modifiedMillis) {
    String[] parts = rel.split("/");
    for (int i = parts.length - 2; i >= 0; i--) {
      if (parts[i].matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return LocalDate.parse(parts[i]);
        } catch (DateTimeParseException e) {
          // not a real date: keep looking
        }
      }
    }
    return Instant.ofEpochMilli(modifiedMillis).atZone(CHINA).toLocalDate();
  }

  /**
   * The file's bytes: only of a regular file, at most {@code limits.maxBytes()}, within {@code
   * limits.timeout()}; otherwise the file's rejection.
   */
  byte[] read(Configuration conf, Limits limits) {
    Future<byte[]> reading = READERS.submit(() -> readNow(conf, limits));
    try {
      return reading.get(limits.timeout().toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      reading.cancel(true);
      throw IngestErrors.readFailed(
          relativePath, "no complete read within " + limits.timeout().toSeconds() + " s");
    } catch (InterruptedException e) {
      reading.cancel(true);
      Thread.currentThread().interrupt();
      throw IngestErrors.readFailed(relativePath, "interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ExportFileException x) {
        throw x;
      }
      throw IngestErrors.readFailed(relativePath, e.getCause().getClass().getSimpleName());
    }
  }

  private byte[] readNow(Configuration conf, Limits limits) throws IOException {
    URI u = URI.create(uri);
    if ("file".equals(u.getScheme())) {
      return LocalInbox.read(java.nio.file.Path.of(u), relativePath, limits.maxBytes());
    }
    Path p = new Path(u);
    FileSystem fs = p.getFileSystem(conf);
    FileStatus s = fs.getFileStatus(p);
    if (!s.isFile()) {
      throw IngestErrors.notARegularFile(relativePath, "no file");
    }
    if (s.getLen() > limits.maxBytes()) {
      throw IngestErrors.fileTooLarge(relativePath, s.getLen(), limits.maxBytes());
    }
    try (InputStream in = fs.open(p)) {
      return LocalInbox.upTo(in, relativePath, limits.maxBytes());
    }
  }
}
