package cn.zoucheng.warehouse.jobs.storage;

import cn.zoucheng.warehouse.jobs.config.CatalogConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Properties;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileAlreadyExistsException;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The warehouse's write lock: one writing run at a time, a second refused at once with a message
 * naming the holder. The lock is one the operating system or the database drops when its holder
 * dies (even by kill -9), so no stale lock needs taking over:
 *
 * <ul>
 *   <li>a local warehouse folder: an OS file lock ({@code fcntl}) on {@code <root>/_lock};
 *   <li>a shared JDBC catalog on PostgreSQL: a session advisory lock of the catalog database;
 *   <li>HDFS with the Hadoop catalog: a lock file created exclusively (atomic on HDFS), under an OS
 *       file lock of this host so that two writers of one host never race; a file left by a dead
 *       process of this host is taken over (logged), one of another host is reported.
 * </ul>
 */
public abstract class WarehouseLock implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WarehouseLock.class);

  /** The lock file at the root of a warehouse folder (and on HDFS). */
  static final String FILE = "_lock";

  /** Takes the lock of the warehouse, or throws naming who holds it. */
  public static WarehouseLock acquire(Warehouse w) {
    CatalogConfig c = w.catalog();
    if (c.type() == CatalogConfig.Type.JDBC && c.uri().startsWith("jdbc:postgresql:")) {
      return PostgresLock.acquire(c, w.layout().root().toString());
    }
    if ("file".equals(w.layout().root().getScheme())) {
      return LocalLock.acquire(java.nio.file.Path.of(w.layout().resolve(FILE)));
    }
    return HadoopLock.acquire(w.fileSystem(), new Path(w.layout().resolve(FILE)));
  }

  /** Who this process is: {@code pid 1234 on host since 2026-11-05T08:30:00}. */
  static String holder() {
    return "pid "
        + ProcessHandle.current().pid()
        + " on "
        + host()
        + " since "
        + LocalDateTime.now().withNano(0);
  }

  private static String host() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  @Override
  public abstract void close();

  /** An OS lock on a local file, held through its channel; the holder written into the file. */
  static final class LocalLock extends WarehouseLock {
    private final FileChannel channel;
    private final FileLock lock;

    private LocalLock(FileChannel channel, FileLock lock) {
      this.channel = channel;
      this.lock = lock;
    }

    static LocalLock acquire(java.nio.file.Path file) {
      try {
        Files.createDirectories(file.getParent());
        FileChannel ch =
            FileChannel.open(
                file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
        FileLock l;
        try {
          l = ch.tryLock();
        } catch (OverlappingFileLockException e) {
          l = null; // this very JVM holds it
        }
        if (l == null) {
          String other = holderWritten(file);
          ch.close();
          throw StorageErrors.locked(file.toString(), other.isEmpty() ? "another process" : other);
        }
        ch.truncate(0);
        ch.write(ByteBuffer.wrap(holder().getBytes(StandardCharsets.UTF_8)), 0);
        ch.force(true);
        return new LocalLock(ch, l);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot take the warehouse lock " + file, e);
      }
    }

    /**
     * The holder the lock file names. A holder writes itself just after it takes the lock, so a
     * process refused in between reads an empty file: it waits a moment for the name.
     */
    private static String holderWritten(java.nio.file.Path file) throws IOException {
      for (int i = 0; ; i++) {
        String other = Files.readString(file, StandardCharsets.UTF_8).trim();
        if (!other.isEmpty() || i == 20) {
          return other;
        }
        try {
          Thread.sleep(50);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return other;
        }
      }
    }

    @Override
    public void close() {
      try {
        channel.truncate(0);
        lock.release();
        channel.close();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the warehouse lock", e);
      }
    }
  }

  /** A PostgreSQL session advisory lock, named after the warehouse root. */
  static final class PostgresLock extends WarehouseLock {
    private final Connection connection;

    private PostgresLock(Connection connection) {
      this.connection = connection;
    }

    static PostgresLock acquire(CatalogConfig c, String root) {
      Properties p = new Properties();
      if (!c.user().isEmpty()) {
        p.setProperty("user", c.user());
      }
      if (!c.password().isEmpty()) {
        p.setProperty("password", c.password());
      }
      p.setProperty("ApplicationName", "zoucheng-warehouse writer: " + holder());
      String key = "zoucheng-warehouse:" + root;
      try {
        Connection conn = DriverManager.getConnection(c.uri(), p);
        try (PreparedStatement st =
            conn.prepareStatement("SELECT pg_try_advisory_lock(hashtext(?))")) {
          st.setString(1, key);
          try (ResultSet rs = st.executeQuery()) {
            rs.next();
            if (rs.getBoolean(1)) {
              return new PostgresLock(conn);
            }
          }
          String other = holderOf(conn, key);
          conn.close();
          throw StorageErrors.locked("the advisory lock of " + c.uri(), other);
        }
      } catch (SQLException e) {
        throw new IllegalStateException(
            "cannot take the warehouse lock in " + c.uri() + ": " + e.getMessage(), e);
      }
    }

    private static String holderOf(Connection conn, String key) throws SQLException {
      try (PreparedStatement st =
          conn.prepareStatement(
              "SELECT a.application_name, a.client_addr FROM pg_locks l"
                  + " JOIN pg_stat_activity a ON a.pid = l.pid"
                  + " WHERE l.locktype = 'advisory' AND l.granted"
                  + " AND l.objid = (hashtext(?)::bigint & 4294967295)::oid")) {
        st.setString(1, key);
        try (ResultSet rs = st.executeQuery()) {
          return rs.next() ? rs.getString(1) + " (" + rs.getString(2) + ")" : "another writer";
        }
      }
    }

    @Override
    public void close() {
      try {
        connection.close(); // ends the session, and with it the lock
      } catch (SQLException e) {
        throw new IllegalStateException("cannot release the warehouse lock", e);
      }
    }
  }

  /** A lock file created exclusively on HDFS, under an OS lock of this host. */
  static final class HadoopLock extends WarehouseLock {
    private final FileSystem fs;
    private final Path path;
    private final LocalLock local;

    private HadoopLock(FileSystem fs, Path path, LocalLock local) {
      this.fs = fs;
      this.path = path;
      this.local = local;
    }

    static HadoopLock acquire(FileSystem fs, Path path) {
      java.nio.file.Path hostLock =
          java.nio.file.Path.of(
              System.getProperty("java.io.tmpdir"),
              "zoucheng-warehouse-" + Integer.toHexString(path.toString().hashCode()) + ".lock");
      LocalLock local = LocalLock.acquire(hostLock);
      try {
        for (int attempt = 0; attempt < 2; attempt++) {
          try (FSDataOutputStream out = fs.create(path, false)) {
            out.write(holder().getBytes(StandardCharsets.UTF_8));
            return new HadoopLock(fs, path, local);
          } catch (FileAlreadyExistsException e) {
            String other = read(fs, path);
            if (!isStale(other)) {
              throw StorageErrors.locked(path.toString(), other);
            }
            LOG.warn("taking over the lock {} of {}, which no longer runs", path, other);
            fs.delete(path, false);
          }
        }
        throw StorageErrors.locked(path.toString(), read(fs, path));
      } catch (IOException e) {
        local.close();
        throw new UncheckedIOException("cannot take the warehouse lock " + path, e);
      } catch (RuntimeException e) {
        local.close();
        throw e;
      }
    }

    private static String read(FileSystem fs, Path path) throws IOException {
      try (var in = fs.open(path)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
      } catch (java.io.FileNotFoundException e) {
        return "";
      }
    }

    /** A lock file is stale when it names a process of this host that no longer runs. */
    static boolean isStale(String holder) {
      String[] parts = holder.split(" ");
      if (holder.isEmpty()) {
        return true;
      }
      if (parts.length < 4 || !parts[0].equals("pid") || !parts[3].equals(host())) {
        return false;
      }
      return ProcessHandle.of(Long.parseLong(parts[1])).map(p -> !p.isAlive()).orElse(true);
    }

    @Override
    public void close() {
      try {
        fs.delete(path, false);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot release the warehouse lock " + path, e);
      } finally {
        local.close();
      }
    }
  }
}
