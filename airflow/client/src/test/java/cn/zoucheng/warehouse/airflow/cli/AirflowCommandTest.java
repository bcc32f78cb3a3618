package cn.zoucheng.warehouse.airflow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import cn.zoucheng.warehouse.airflow.Credentials;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The {@code airflow} command end to end against a stub server. The contract tests check the bodies
 * against the specs; here the answers are trimmed to what the commands read.
 */
class AirflowCommandTest {

  static final String DAG = "zoucheng_monthly_warehouse";
  static final String RUNS = "/api/v2/dags/" + DAG + "/dagRuns";

  final Map<String, Deque<String[]>> routes = new java.util.concurrent.ConcurrentHashMap<>();
  final StringWriter out = new StringWriter();
  final StringWriter err = new StringWriter();
  MockWebServer server;

  @BeforeEach
  void start() throws IOException {
    server = new MockWebServer();
    server.setDispatcher(
        new Dispatcher() {
          @Override
          public MockResponse dispatch(RecordedRequest request) {
            Deque<String[]> q =
                routes.get(request.getMethod() + " " + request.getUrl().encodedPath());
            if (q == null) {
              return new MockResponse.Builder()
                  .code(404)
                  .body("{\"detail\": \"Not Found\"}")
                  .build();
            }
            String[] r = q.size() > 1 ? q.poll() : q.peek();
            return new MockResponse.Builder().code(Integer.parseInt(r[0])).body(r[1]).build();
          }
        });
    server.start();
    on("POST", "/auth/token", 201, "{\"access_token\": \"t\"}");
  }

  @AfterEach
  void stop() {
    server.close();
  }

  void on(String method, String path, int status, String body) {
    routes
        .computeIfAbsent(method + " " + path, k -> new ArrayDeque<>())
        .add(new String[] {String.valueOf(status), body});
  }

  int run(String... args) {
    AirflowConfig config =
        AirflowConfig.of(
                server.url("/").uri(), ApiVersion.AUTO, new Credentials("warehouse", "pw-secret"))
            .withRetries(Duration.ofSeconds(5), 1, Duration.ZERO);
    CommandLine cli = new CommandLine(new AirflowCommand(config, d -> {}));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  static String runJson(String id, String state) {
    return "{\"dag_id\": \""
        + DAG
        + "\", \"dag_run_id\": \""
        + id
        + "\", \"state\": \""
        + state
        + "\", \"logical_date\": null, \"run_after\": \"2026-11-05T08:30:00Z\","
        + " \"conf\": {\"period\": \"2026-10\"}}";
  }

  static String tasks(String... states) {
    String[] ids = {"wait_for_exports", "ingest", "metrics", "bulletins", "publish"};
    StringBuilder b = new StringBuilder("{\"task_instances\": [");
    for (int i = 0; i < states.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append("{\"task_id\": \"")
          .append(ids[i])
          .append("\", \"state\": \"")
          .append(states[i])
          .append("\", \"try_number\": 1}");
    }
    return b.append("], \"total_entries\": ").append(states.length).append("}").toString();
  }

  @Test
  void triggerWaitFollowsTheRunAndExitsZeroOnSuccess() {
    on("GET", "/api/v2/version", 200, "{\"version\": \"3.1.0\", \"git_version\": null}");
    on("POST", RUNS, 200, runJson("warehouse__2026-10", "queued"));
    on("GET", RUNS + "/warehouse__2026-10", 200, runJson("warehouse__2026-10", "running"));
    on("GET", RUNS + "/warehouse__2026-10", 200, runJson("warehouse__2026-10", "success"));
    on("GET", RUNS + "/warehouse__2026-10/taskInstances", 200, tasks("running"));
    on(
        "GET",
        RUNS + "/warehouse__2026-10/taskInstances",
        200,
        tasks("success", "success", "success", "success", "success"));

    int code = run("trigger", "--period", "2026-10", "--wait", "--poll-seconds", "1");

    assertThat(code).isZero();
    assertThat(out.toString())
        .contains(
            "Triggered run warehouse__2026-10 of zoucheng_monthly_warehouse for 2026-10"
                + " (Airflow 3, /api/v2): queued",
            "  wait_for_exports: running",
            "run warehouse__2026-10: running",
            "  publish: success",
            "run warehouse__2026-10: success");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void triggerAgainReportsTheExistingRunAndExitsOneWhenItFailed() {
    on("POST", RUNS, 409, "{\"detail\": \"already exists\"}");
    on("GET", RUNS + "/warehouse__2026-10", 200, runJson("warehouse__2026-10", "failed"));
    on("GET", RUNS + "/warehouse__2026-10/taskInstances", 200, tasks("success", "failed"));

    int code = run("trigger", "--period", "2026-10", "--wait", "--api-version", "2");

    assertThat(code).isEqualTo(ExitCodes.RUN_FAILED);
    assertThat(out.toString())
        .contains(
            "was already triggered (HTTP 409): failed",
            "Use --new for another run of 2026-10.",
            "run warehouse__2026-10: failed");
  }

  @Test
  void triggerNewUsesAFreshRunId() {
    on("POST", RUNS, 200, runJson("warehouse__2026-10__x", "queued"));
    assertThat(run("trigger", "--period", "2026-10", "--new", "--api-version", "2")).isZero();
    assertThat(out.toString()).contains("Triggered run warehouse__2026-10__x");
  }

  @Test
  void statusAndRunsPrintRunsAndTasks() {
    on("GET", RUNS + "/warehouse__2026-10", 200, runJson("warehouse__2026-10", "running"));
    on("GET", RUNS + "/warehouse__2026-10/taskInstances", 200, tasks("success", "running"));
    on(
        "GET",
        RUNS,
        200,
        "{\"dag_runs\": ["
            + runJson("warehouse__2026-10", "running")
            + ","
            + runJson("warehouse__2026-09", "success")
            + "], \"total_entries\": 2}");

    assertThat(run("status", "warehouse__2026-10", "--api-version", "2")).isZero();
    assertThat(run("runs", "--limit", "2", "--api-version", "2")).isZero();

    assertThat(out.toString())
        .contains(
            "run warehouse__2026-10 of zoucheng_monthly_warehouse: running (period 2026-10",
            "  ingest             running",
            "warehouse__2026-09");
  }

  @Test
  void unreachableAirflowExitsThreeWithAMessage() {
    int code = run("health", "--url", "http://127.0.0.1:1", "--api-version", "1");
    assertThat(code).isEqualTo(ExitCodes.AIRFLOW);
    assertThat(err.toString())
        .startsWith("error: Cannot reach Airflow at http://127.0.0.1:1/")
        .doesNotContain("pw-secret");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("trigger")).isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Missing required option: '--period=YYYY-MM'");
    assertThat(run("trigger", "--period", "2026-13", "--api-version", "2"))
        .isEqualTo(ExitCodes.USAGE);
    assertThat(err.toString()).contains("Invalid period '2026-13'");
    assertThat(run("version", "--api-version", "3")).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void everySubcommandHasHelp() {
    for (String sub :
        new String[] {"trigger", "status", "runs", "pause", "unpause", "health", "version"}) {
      assertThat(run(sub, "--help")).isZero();
    }
    assertThat(out.toString()).contains("Usage: airflow trigger", "--poll-seconds", "--url=URL");
  }
}
