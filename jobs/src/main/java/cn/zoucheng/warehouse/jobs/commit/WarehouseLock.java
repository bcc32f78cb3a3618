package cn.zoucheng.warehouse.jobs.commit;

import cn.zoucheng.warehouse.jobs.ingest.IngestErrors;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The warehouse's write lock: a {@code _lock} file created exclusively at the root. A second writer
 * is refused with a message naming the holder; a lock left by a killed process on this host is
 * recognised as stale (its pid is gone) and taken over.
 */
public final class WarehouseLock implements AutoCloseable {
  private final FileSystem fs;
  private final Path path;

  private WarehouseLock(FileSystem fs, Path path) {
    this.fs = fs;
    this.path = path;
  }

  /** Takes the lock of the warehouse at {@code root}, or throws naming the run that holds it. */
  public static WarehouseLock acquire(FileSystem fs, Path root) {
    Path path = new Path(root, "_lock");
    String me = holder();
    try {
      fs.mkdirs(root);
      for (int attempt = 0; attempt < 2; attempt++) {
        try (FSDataOutputStream out = fs.create(path, false)) {
          out.write(me.getBytes(StandardCharsets.UTF_8));
          return new WarehouseLock(fs, path);
        } catch (FileAlreadyExistsException e) {
          String other = read(fs, path);
          if (!isStale(other)) {
            throw IngestErrors.locked(path.toString(), other);
          }
          fs.delete(path, false);
        } catch (IOException e) {
          if (!fs.exists(path)) {
            throw e;
          }
          String other = read(fs, path);
          if (!isStale(other)) {
            throw IngestErrors.locked(path.toString(), other);
          }
          fs.delete(path, false);
        }
      }
      throw IngestErrors.locked(path.toString(), read(fs, path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot take the warehouse lock " + path, e);
    }
  }

  private static String holder() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "unknown-host";
    }
    return "pid "
        + ProcessHandle.current().pid()
        + " on "
        + host
        + " since "
        + LocalDateTime.now().withNano(0)
        + " ("
        + ManagementFactory.getRuntimeMXBean().getName()
        + ")";
  }

  private static String read(FileSystem fs, Path path) throws IOException {
    try (var in = fs.open(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    } catch (java.io.FileNotFoundException e) {
      return "";
    }
  }

  /** A lock is stale when it names a process of this host that no longer runs. */
  static boolean isStale(String holder) {
    if (holder.isEmpty()) {
      return true;
    }
    String[] parts = holder.split(" ");
    if (parts.length < 4 || !parts[0].equals("pid")) {
      return false;
    }
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return false;
    }
    if (!parts[3].equals(host)) {
      return false;
    }
    long pid = Long.parseLong(parts[1]);
    return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
  }

  @Override
  public void close() {
    try {
      fs.delete(path, false);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot release the warehouse lock " + path, e);
    }
  }
}
