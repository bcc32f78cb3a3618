package cn.zoucheng.warehouse.airflow.contract;

import static cn.zoucheng.warehouse.airflow.contract.Fixtures.DAG;
import static cn.zoucheng.warehouse.airflow.contract.Fixtures.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowClients;
import cn.zoucheng.warehouse.airflow.AirflowException;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import cn.zoucheng.warehouse.airflow.DagRun;
import cn.zoucheng.warehouse.airflow.RunFollower;
import cn.zoucheng.warehouse.airflow.TriggerResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AirflowV2ContractTest extends StubServer {

  static final String RUNS = "/api/v2/dags/" + DAG + "/dagRuns";
  static final String RUN_PATH = RUNS + "/" + RUN;
  static final String TASKS = RUN_PATH + "/taskInstances";

  AirflowClient client() {
    return AirflowClients.create(config(ApiVersion.V2), this::recordWait);
  }

  @Test
  void triggersAndFollowsARunToSuccess() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("POST", RUNS, 200, Fixtures.v2Run(RUN, "queued"))
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "running"))
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "success"))
        .on("GET", TASKS, 200, Fixtures.v2Tasks(RUN, "success", "running", null, null, null))
        .on(
            "GET",
            TASKS,
            200,
            Fixtures.v2Tasks(RUN, "success", "success", "success", "success", "success"));
    List<String> lines = new ArrayList<>();
    try (AirflowClient client = client()) {
      TriggerResult result = client.triggerRun(DAG, "2026-10");
      DagRun last =
          new RunFollower(client, Duration.ofSeconds(5), this::recordWait, lines::add)
              .follow(DAG, result.run().runId());

      assertThat(result.outcome()).isEqualTo(TriggerResult.Outcome.CREATED);
      assertThat(result.run().state()).isEqualTo("queued");
      assertThat(last.succeeded()).isTrue();
      assertThat(last.period()).isEqualTo("2026-10");
    }
    assertThat(lines)
        .containsExactly(
            "  wait_for_exports: success",
            "  ingest: running",
            "  metrics: none",
            "  bulletins: none",
            "  publish: none",
            "run warehouse__2026-10: running",
            "  ingest: success",
            "  metrics: success",
            "  bulletins: success",
            "  publish: success",
            "run warehouse__2026-10: success");
    RecordedRequest trigger = stub.requests().get(1);
    assertThat(trigger.getHeaders().get("Authorization")).isEqualTo("Bearer tok-1");
    assertThat(trigger.getBody().utf8())
        .contains(
            "\"dag_run_id\":\"warehouse__2026-10\"",
            "\"logical_date\":null",
            "\"conf\":{\"period\":\"2026-10\"}");
  }

  @Test
  void aDuplicateTriggerFollowsTheExistingRun() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on(
            "POST",
            RUNS,
            409,
            Fixtures.v2Error(
                "A DAG Run already exists for DAG zoucheng_monthly_warehouse with run id"
                    + " warehouse__2026-10"))
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "running"));
    try (AirflowClient client = client()) {
      TriggerResult result = client.triggerRun(DAG, "2026-10");

      assertThat(result.outcome()).isEqualTo(TriggerResult.Outcome.ALREADY_TRIGGERED);
      assertThat(result.run().runId()).isEqualTo(RUN);
      assertThat(result.run().state()).isEqualTo("running");
    }
  }

  @Test
  void anExpiredTokenIsRenewedOnceAfter401() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-old"))
        .on("POST", "/auth/token", 201, Fixtures.token("tok-new"))
        .on("GET", RUN_PATH, 401, Fixtures.v2Error("Invalid JWT token"))
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "success"));
    try (AirflowClient client = client()) {
      assertThat(client.getRun(DAG, RUN).state()).isEqualTo("success");
    }
    assertThat(stub.requests())
        .extracting(r -> r.getHeaders().get("Authorization"))
        .containsExactly(null, "Bearer tok-old", null, "Bearer tok-new");
  }

  @Test
  void refusedCredentialsGiveAClearMessageWithoutThePassword() {
    stub.on("POST", "/auth/token", 401, Fixtures.v2Error("Invalid credentials"));
    try (AirflowClient client = client()) {
      assertThatThrownBy(() -> client.getRun(DAG, RUN))
          .isInstanceOf(AirflowException.class)
          .hasMessageContaining("Airflow refused the credentials")
          .hasMessageContaining("Invalid credentials")
          .hasMessageContaining("AIRFLOW_USERNAME")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD))
          .extracting(e -> ((AirflowException) e).kind())
          .isEqualTo(AirflowException.Kind.UNAUTHORIZED);
    }
  }

  @Test
  void a422ShowsAirflowsValidationDetail() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on(
            "POST",
            RUNS,
            422,
            """
            {"detail": [{"loc": ["body", "logical_date"], "msg": "Field required",
                         "type": "missing"}]}
            """);
    try (AirflowClient client = client()) {
      assertThatThrownBy(() -> client.triggerRun(DAG, "2026-10"))
          .isInstanceOf(AirflowException.class)
          .hasMessageContaining("Airflow rejected the request to trigger DAG " + DAG)
          .hasMessageContaining("HTTP 422")
          .hasMessageContaining("body.logical_date: Field required");
    }
  }

  @Test
  void forbiddenAndNotFoundAreNamed() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("PATCH", "/api/v2/dags/" + DAG, 403, Fixtures.v2Error("Forbidden"))
        .on(
            "GET",
            RUN_PATH,
            404,
            Fixtures.v2Error(
                "The DagRun with dag_id: `zoucheng_monthly_warehouse` and run_id:"
                    + " `warehouse__2026-10` was not found"));
    try (AirflowClient client = client()) {
      assertThatThrownBy(() -> client.pause(DAG))
          .hasMessageStartingWith("Airflow says this user may not pause DAG " + DAG);
      assertThatThrownBy(() -> client.getRun(DAG, RUN))
          .hasMessageContaining("Airflow found nothing to read run " + RUN)
          .hasMessageContaining("was not found");
    }
  }

  @Test
  void serverErrorsAreRetriedWithExponentialBackoff() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("GET", RUN_PATH, 503, "{\"detail\": \"upstream unavailable\"}")
        .on("GET", RUN_PATH, 502, "")
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "running"));
    try (AirflowClient client = client()) {
      assertThat(client.getRun(DAG, RUN).state()).isEqualTo("running");
    }
    assertThat(waits).containsExactly(Duration.ofMillis(100), Duration.ofMillis(200));
  }

  @Test
  void serverErrorsBeyondTheRetriesFail() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("GET", RUN_PATH, 500, "{\"detail\": \"Internal Server Error\"}");
    try (AirflowClient client = client()) {
      assertThatThrownBy(() -> client.getRun(DAG, RUN))
          .hasMessageContaining("HTTP 500, 3 attempt(s)")
          .hasMessageContaining("Internal Server Error");
    }
  }

  @Test
  void aReadTimeoutIsRetriedThenReported() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("GET", "/api/v2/version", 200, Fixtures.V2_VERSION, 1500);
    var config =
        config(ApiVersion.V2).withRetries(Duration.ofMillis(300), 1, Duration.ofMillis(10));
    try (AirflowClient client = AirflowClients.create(config, this::recordWait)) {
      assertThatThrownBy(client::version)
          .isInstanceOf(AirflowException.class)
          .hasMessageContaining("Cannot reach Airflow at " + server.url("/"))
          .hasMessageContaining("after 2 attempt(s): no answer within the timeout")
          .extracting(e -> ((AirflowException) e).kind())
          .isEqualTo(AirflowException.Kind.UNREACHABLE);
    }
    assertThat(waits).containsExactly(Duration.ofMillis(10));
  }

  @Test
  void aRunEndingFailedIsReportedAsFailed() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("GET", RUN_PATH, 200, Fixtures.v2Run(RUN, "failed"))
        .on(
            "GET",
            TASKS,
            200,
            Fixtures.v2Tasks(
                RUN, "success", "success", "failed", "upstream_failed", "upstream_failed"));
    List<String> lines = new ArrayList<>();
    try (AirflowClient client = client()) {
      DagRun last =
          new RunFollower(client, Duration.ZERO, this::recordWait, lines::add).follow(DAG, RUN);
      assertThat(last.finished()).isTrue();
      assertThat(last.succeeded()).isFalse();
    }
    assertThat(lines).contains("  metrics: failed", "run warehouse__2026-10: failed");
  }

  @Test
  void listsRunsPausesUnpausesAndReadsHealthAndVersion() {
    stub.on("POST", "/auth/token", 201, Fixtures.token("tok-1"))
        .on("GET", RUNS, 200, Fixtures.v2Runs("success", "failed"))
        .on("PATCH", "/api/v2/dags/" + DAG, 200, Fixtures.v2Dag(true))
        .on("GET", "/api/v2/monitor/health", 200, Fixtures.V2_HEALTH)
        .on("GET", "/api/v2/version", 200, Fixtures.V2_VERSION);
    try (AirflowClient client = client()) {
      assertThat(client.listRuns(DAG, 5))
          .extracting(DagRun::state)
          .containsExactly("success", "failed");
      client.pause(DAG);
      client.unpause(DAG);
      assertThat(client.health().components())
          .containsEntry("scheduler", "healthy")
          .containsEntry("triggerer", "unhealthy");
      assertThat(client.health().healthy()).isFalse();
      assertThat(client.version()).isEqualTo("3.1.0");
    }
    assertThat(stub.requests().get(1).getUrl().query()).isEqualTo("limit=5&order_by=-run_after");
    assertThat(stub.requests())
        .filteredOn(r -> r.getMethod().equals("PATCH"))
        .extracting(r -> r.getBody().utf8())
        .containsExactly("{\"is_paused\":true}", "{\"is_paused\":false}");
  }
}
