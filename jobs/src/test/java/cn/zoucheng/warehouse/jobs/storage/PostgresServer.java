package cn.zoucheng.warehouse.jobs.storage;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for a test, on loopback, in a temporary folder, stopped and removed on
 * close: Debian's {@code postgresql} binaries (installed by {@code .ci/run}), run as the {@code
 * postgres} user when the test runs as root. Where the binaries are missing the test is skipped,
 * saying so, unless {@code WAREHOUSE_CI} is set (CI), where that is a failure.
 */
final class PostgresServer implements AutoCloseable {
  static final String USER = "warehouse";
  static final String DATABASE = "iceberg";

  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgres;

  private PostgresServer(Path bin, Path data, int port, boolean asPostgres) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgres = asPostgres;
  }

  /** Starts a server with an empty database {@value #DATABASE} owned by {@value #USER}. */
  static PostgresServer start() throws Exception {
    Path bin = binaries();
    Path data = Files.createTempDirectory("pg-test-");
    boolean root = "root".equals(System.getProperty("user.name"));
    if (root) {
      run(List.of("chown", "-R", "postgres:postgres", data.toString()));
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    PostgresServer pg = new PostgresServer(bin, data, port, root);
    pg.pg(
        "initdb",
        "-D",
        data.resolve("db").toString(),
        "-A",
        "trust",
        "-U",
        USER,
        "-E",
        "UTF8",
        "--no-locale");
    pg.pg(
        "pg_ctl",
        "-D",
        data.resolve("db").toString(),
        "-l",
        data.resolve("log").toString(),
        "-w",
        "-o",
        "-p " + port + " -k " + data + " -c listen_addresses=127.0.0.1",
        "start");
    pg.pg("createdb", "-h", "127.0.0.1", "-p", Integer.toString(port), "-U", USER, DATABASE);
    return pg;
  }

  /** The JDBC URL of the database. */
  String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
  }

  @Override
  public void close() throws Exception {
    try {
      pg("pg_ctl", "-D", data.resolve("db").toString(), "-m", "immediate", "-w", "stop");
    } finally {
      try (Stream<Path> s = Files.walk(data)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private void pg(String tool, String... args) throws Exception {
    List<String> cmd = new ArrayList<>();
    if (asPostgres) {
      cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    cmd.add(bin.resolve(tool).toString());
    cmd.addAll(List.of(args));
    run(cmd);
  }

  private static void run(List<String> cmd) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(2, TimeUnit.MINUTES) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }

  private static Path binaries() throws IOException {
    Path base = Path.of("/usr/lib/postgresql");
    Path found = null;
    if (Files.isDirectory(base)) {
      try (Stream<Path> versions = Files.list(base)) {
        found =
            versions
                .map(v -> v.resolve("bin"))
                .filter(b -> Files.isExecutable(b.resolve("initdb")))
                .max(
                    Comparator.comparing(
                        b -> Integer.parseInt(b.getParent().getFileName().toString())))
                .orElse(null);
      }
    }
    if (found == null && System.getenv("WAREHOUSE_CI") != null) {
      throw new IllegalStateException(
          "no PostgreSQL server under " + base + ": .ci/run installs it");
    }
    assumeTrue(
        found != null,
        "no PostgreSQL server under "
            + base
            + " (.ci/run installs Debian's"
            + " postgresql): the shared-catalog test needs one");
    return found;
  }
}
