package cn.zoucheng.warehouse.app;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.cli.WarehouseJvm;
import cn.zoucheng.warehouse.jobs.config.RunIds;
import cn.zoucheng.warehouse.jobs.config.WarehouseConfig;
import cn.zoucheng.warehouse.jobs.ingest.IngestOptions;
import cn.zoucheng.warehouse.jobs.ingest.Pseudonymizer;
import cn.zoucheng.warehouse.jobs.pipeline.MonthlyRun;
import cn.zoucheng.warehouse.jobs.spark.Sessions;
import cn.zoucheng.warehouse.jobs.storage.Warehouse;
import cn.zoucheng.warehouse.schemas.reference.ReferenceData;
import cn.zoucheng.warehouse.schemas.tables.TableCatalog;
import cn.zoucheng.warehouse.schemas.tables.WarehouseTable;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cluster path, for real, on loopback: an HDFS (a MiniDFSCluster of one datanode), a Spark
 * standalone master with two workers of one core and 1 GiB each, all processes of their own and all
 * stopped at the end. Three sample months are ingested and computed through the application jar, by
 * the very command the Airflow DAG renders in its spark-submit mode, with the warehouse on {@code
 * hdfs://} (Iceberg's Hadoop catalog, whose commits are HDFS's atomic renames); one run is killed
 * with -9 and run again. Every table must then hold exactly what a {@code local[*]} run of the same
 * inputs holds, to the digit.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ClusterIT {
  static final String KEY = "cluster-test-key-0123456789";
  static final Path SAMPLES = Path.of("..", "data-samples", "exports").toAbsolutePath().normalize();

  /** Spark SQL's closure alone, as a distribution holds it (the spark-dist module's build). */
  static final Path SPARK_HOME = Path.of("spark-dist", "target").toAbsolutePath();

  static final Path APP_JAR = Path.of("target", "warehouse-spark-app.jar").toAbsolutePath();

  /**
   * The towns whose sample files the cluster ingests: what is proven (the jar, HDFS, the executors,
   * a kill -9, equal content) does not need the county's volume, and the test stays short.
   */
  static final List<String> TOWNS = List.of("凫山街道", "香城镇");

  /** Columns whose values name a run or its time: equal content ignores them. */
  static final Set<String> RUN_STAMPS =
      Set.of("run_id", "ingest_run_id", "old_run_id", "ingested_at", "computed_at", "changed_at");

  private final List<Process> processes = new ArrayList<>();
  private Path work;
  private String hdfs;
  private String master;

  @BeforeAll
  void startTheCluster() throws Exception {
    work = Files.createTempDirectory(Path.of("target").toAbsolutePath(), "cluster-it-");
    assertThat(APP_JAR).as("built by ./mvnw package").exists();
    assertThat(SPARK_HOME.resolve("jars")).as("copied by the build").isDirectory();
    hdfs = startHdfs();
    int port = freePort();
    master = "spark://127.0.0.1:" + port;
    start(
        "master",
        sparkJava(
            "org.apache.spark.deploy.master.Master",
            "--host",
            "127.0.0.1",
            "--port",
            Integer.toString(port),
            "--webui-port",
            Integer.toString(freePort())),
        line -> line.contains("I have been elected leader"));
    for (int i = 1; i <= 2; i++) {
      Path dir = Files.createDirectories(work.resolve("worker-" + i));
      start(
          "worker-" + i,
          sparkJava(
              "org.apache.spark.deploy.worker.Worker",
              "--host",
              "127.0.0.1",
              "--cores",
              "1",
              "--memory",
              "1g",
              "--work-dir",
              dir.toString(),
              "--webui-port",
              Integer.toString(freePort()),
              master),
          line -> line.contains("Successfully registered with master"));
    }
  }

  @AfterAll
  void stopTheCluster() throws Exception {
    for (Process p : processes) {
      p.destroy();
    }
    for (Process p : processes) {
      if (!p.waitFor(20, TimeUnit.SECONDS)) {
        p.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
      }
    }
    if (work != null) {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aClusterRunOnHdfsHoldsWhatALocalRunHolds() throws Exception {
    // two towns' files of the sample for 2026-09 and 2026-10 arrive for "2026-10"
    Path inbox = work.resolve("inbox");
    copyMonths(inbox.resolve("2026-10"), "2026-09", "2026-10");
    FileSystem fs = FileSystem.get(URI.create(hdfs), new Configuration());
    fs.copyFromLocalFile(
        false,
        true,
        new org.apache.hadoop.fs.Path(inbox.toUri()),
        new org.apache.hadoop.fs.Path(hdfs + "/inbox"));
    String warehouse = hdfs + "/zoucheng/warehouse";

    // the cluster as bin/warehouse --master reaches it (the CLI ships the application jar itself),
    // killed -9 once the executors have written the deliveries and it merges the facts; then the
    // DAG's own spark-submit command runs the month again, completing what the killed run began
    assertThat(submit(cliCommand("2026-10", warehouse), l -> l.contains("merged into facts.")))
        .as("killed -9 while it was writing the facts")
        .isEqualTo(-9);
    assertThat(submit(dagCommand("2026-10", warehouse), null)).isZero();
    for (int i = 1; i <= 2; i++) {
      try (Stream<Path> apps = Files.list(work.resolve("worker-" + i))) {
        assertThat(apps.count()).as("worker " + i + " ran executors").isPositive();
      }
    }

    // the same inputs, local[*], in this JVM
    Path local = work.resolve("local-warehouse");
    WarehouseConfig localConfig = WarehouseConfig.of(local.toUri());
    SparkSession spark = Sessions.open(localConfig, "cluster test reference");
    MonthlyRun.run(
        Warehouse.open(spark, localConfig),
        new IngestOptions(List.of(inbox.resolve("2026-10").toUri()), RunIds.next("run")),
        new Pseudonymizer(KEY.getBytes(StandardCharsets.UTF_8)),
        ReferenceData.load(),
        step -> {});

    Map<String, String> onCluster =
        content(Warehouse.open(spark, WarehouseConfig.of(URI.create(warehouse))));
    Map<String, String> onOneMachine = content(Warehouse.open(spark, localConfig));
    assertThat(onCluster.get("facts.proxy_cases")).doesNotStartWith("0 rows");
    assertThat(onCluster.get("metrics.metrics")).doesNotStartWith("0 rows");
    assertThat(onCluster).isEqualTo(onOneMachine);
  }

  /**
   * {@code bin/warehouse run --master spark://…} for the month: the CLI's JVM as the script starts
   * it, with the application jar named by {@code -Dwarehouse.app-jar} and no {@code spark.jars}.
   */
  private List<String> cliCommand(String period, String warehouse) {
    List<String> cmd = WarehouseJvm.java("1g");
    cmd.addAll(
        List.of(
            "-D" + Sessions.APP_JAR + "=" + APP_JAR,
            "-Dspark.driver.host=127.0.0.1",
            "-Dspark.executor.memory=700m",
            "-Dspark.sql.shuffle.partitions=2",
            "-cp",
            System.getProperty("java.class.path"),
            "cn.zoucheng.warehouse.cli.WarehouseCli",
            "run",
            "--master",
            master,
            "--input",
            hdfs + "/inbox/" + period,
            "--period",
            period,
            "--warehouse",
            warehouse,
            "--no-bulletins"));
    return cmd;
  }

  /** The command the DAG runs for the month in its spark-submit mode, rendered by its own code. */
  private List<String> dagCommand(String period, String warehouse) throws Exception {
    String submitter =
        String.join(" ", sparkJava("org.apache.spark.deploy.SparkSubmit"))
            .replace(
                "-cp " + SPARK_HOME.resolve("jars") + "/*",
                "-cp '" + SPARK_HOME.resolve("jars") + "/*'");
    String settings =
        "{\"mode\": \"spark-submit\", \"spark_submit\": "
            + json(submitter)
            + ", \"spark_master\": "
            + json(master)
            + ", \"spark_deploy_mode\": \"client\""
            + ", \"spark_jar\": "
            + json(APP_JAR.toString())
            + ", \"inbox\": "
            + json(hdfs + "/inbox/{period}")
            + ", \"warehouse\": "
            + json(warehouse)
            + ", \"spark_conf\": {\"spark.sql.shuffle.partitions\": \"2\","
            + " \"spark.executor.memory\": \"700m\", \"spark.driver.host\": \"127.0.0.1\"}}";
    ProcessBuilder pb =
        new ProcessBuilder(
                "python3",
                "-m",
                "zoucheng_warehouse.commands",
                "--period",
                period,
                "--settings",
                settings)
            .redirectErrorStream(true);
    pb.environment().keySet().removeIf(k -> k.startsWith("ZOUCHENG_WAREHOUSE_"));
    pb.environment()
        .put("PYTHONPATH", Path.of("..", "airflow", "include").toAbsolutePath().toString());
    Process p = pb.start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(1, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(out).isZero();
    List<String> argv = new ArrayList<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(out);
    while (m.find()) {
      argv.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    assertThat(argv).contains("run", "--input", hdfs + "/inbox/" + period, "--warehouse");
    return argv;
  }

  /** Runs a spark-submit command; with {@code killWhen}, kills it -9 at the first such line. */
  private int submit(List<String> argv, Predicate<String> killWhen) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(argv).redirectErrorStream(true);
    pb.environment().put("WAREHOUSE_PII_KEY", KEY);
    pb.environment().put("SPARK_HOME", SPARK_HOME.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    StringBuilder log = new StringBuilder();
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        log.append(line).append('\n');
        if (killWhen != null && killWhen.test(line)) {
          p.destroyForcibly();
          p.waitFor(30, TimeUnit.SECONDS);
          return -9;
        }
      }
    }
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(p.exitValue()).as(log.toString()).isZero();
    assertThat(killWhen).as("the run ended before the moment to kill it:\n" + log).isNull();
    return 0;
  }

  /** Every table's content, one hash per table, the columns naming runs and times left out. */
  static Map<String, String> content(Warehouse w) throws Exception {
    Map<String, String> out = new TreeMap<>();
    for (WarehouseTable t : TableCatalog.ALL) {
      List<String> columns =
          t.columns().stream().map(c -> c.name()).filter(c -> !RUN_STAMPS.contains(c)).toList();
      List<String> rows = new ArrayList<>();
      for (Row r : w.read(t).selectExpr(columns.toArray(String[]::new)).collectAsList()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < r.size(); i++) {
          sb.append(r.isNullAt(i) ? "∅" : r.get(i).toString()).append('\u0001');
        }
        rows.add(sb.toString());
      }
      rows.sort(String::compareTo);
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      rows.forEach(s -> md.update(s.getBytes(StandardCharsets.UTF_8)));
      out.put(t.qualifiedName(), rows.size() + " rows " + HexFormat.of().formatHex(md.digest()));
    }
    return out;
  }

  private void copyMonths(Path to, String... months) throws IOException {
    Files.createDirectories(to);
    try (Stream<Path> s = Files.walk(SAMPLES)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = p.getFileName().toString();
        if (TOWNS.stream().noneMatch(t -> name.startsWith(t + "_"))) {
          continue;
        }
        for (String m : months) {
          if (name.contains("_" + m + "_")) {
            Path target = to.resolve(SAMPLES.relativize(p).toString());
            Files.createDirectories(target.getParent());
            Files.copy(p, target);
          }
        }
      }
    }
  }

  /** Starts a MiniDFSCluster of one datanode in a process of its own; returns its URI. */
  private String startHdfs() throws Exception {
    int port = freePort();
    Path details = work.resolve("hdfs.json");
    List<String> cmd = new ArrayList<>();
    cmd.add(WarehouseJvm.executable());
    cmd.addAll(
        List.of(
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path")
                + ":"
                + Path.of("target", "minicluster-extra").toAbsolutePath()
                + "/*"));
    cmd.addAll(
        List.of(
            "org.apache.hadoop.test.MiniDFSClusterManager",
            "-nnport",
            Integer.toString(port),
            "-datanodes",
            "1",
            "-format",
            "-writeDetails",
            details.toString(),
            "-D",
            "dfs.replication=1",
            "-D",
            "dfs.namenode.rpc-bind-host=127.0.0.1",
            "-D",
            "hadoop.tmp.dir=" + work.resolve("hdfs-data"),
            "-D",
            "test.build.data=" + work.resolve("hdfs-data")));
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("hdfs.log").toFile())
            .start();
    processes.add(p);
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (!Files.exists(details)) {
      assertThat(p.isAlive()).as(Files.readString(work.resolve("hdfs.log"))).isTrue();
      assertThat(System.nanoTime()).as("HDFS did not start").isLessThan(deadline);
      TimeUnit.MILLISECONDS.sleep(200);
    }
    return "hdfs://127.0.0.1:" + port;
  }

  /** A JVM running a Spark class from the Spark distribution's jars, with Java 17's options. */
  private List<String> sparkJava(String main, String... args) {
    List<String> cmd = WarehouseJvm.java("512m");
    cmd.addAll(List.of("-cp", SPARK_HOME.resolve("jars") + "/*", main));
    cmd.addAll(List.of(args));
    return cmd;
  }

  /** Starts a daemon and waits for the line saying it is ready. */
  private void start(String name, List<String> cmd, Predicate<String> ready) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("SPARK_HOME", SPARK_HOME.toString());
    pb.environment().put("SPARK_SCALA_VERSION", "2.13");
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    processes.add(p);
    Path log = work.resolve(name + ".log");
    BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    for (String line; (line = r.readLine()) != null; ) {
      seen.append(line).append('\n');
      if (ready.test(line)) {
        Thread drain =
            new Thread(
                () -> {
                  try (r) {
                    for (String l; (l = r.readLine()) != null; ) {
                      Files.writeString(
                          log,
                          l + "\n",
                          StandardCharsets.UTF_8,
                          java.nio.file.StandardOpenOption.CREATE,
                          java.nio.file.StandardOpenOption.APPEND);
                    }
                  } catch (IOException e) {
                    // the process went away: nothing more to keep
                  }
                },
                name + "-log");
        drain.setDaemon(true);
        drain.start();
        return;
      }
    }
    throw new AssertionError(name + " did not start:\n" + seen);
  }

  private static String json(String s) {
    return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
