package cn.zoucheng.warehouse.airflow.contract;

import static cn.zoucheng.warehouse.airflow.contract.Fixtures.DAG;
import static cn.zoucheng.warehouse.airflow.contract.Fixtures.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowClients;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import cn.zoucheng.warehouse.airflow.DagRun;
import cn.zoucheng.warehouse.airflow.RunFollower;
import cn.zoucheng.warehouse.airflow.TriggerResult;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class AirflowV1ContractTest extends StubServer {

  static final String RUNS = "/api/v1/dags/" + DAG + "/dagRuns";
  static final String RUN_PATH = RUNS + "/" + RUN;
  static final String TASKS = RUN_PATH + "/taskInstances";

  AirflowClient client() {
    return AirflowClients.create(config(ApiVersion.V1), this::recordWait);
  }

  @Test
  void triggersAndFollowsARunToSuccessWithBasicAuth() {
    stub.on("POST", RUNS, 200, Fixtures.v1Run(RUN, "queued"))
        .on("GET", RUN_PATH, 200, Fixtures.v1Run(RUN, "running"))
        .on("GET", RUN_PATH, 200, Fixtures.v1Run(RUN, "success"))
        .on("GET", TASKS, 200, Fixtures.v1Tasks(RUN, "running", null, null, null, null))
        .on(
            "GET",
            TASKS,
            200,
            Fixtures.v1Tasks(RUN, "success", "success", "success", "success", "success"));
    List<String> lines = new ArrayList<>();
    try (AirflowClient client = client()) {
      TriggerResult result = client.triggerRun(DAG, "2026-10");
      DagRun last =
          new RunFollower(client, Duration.ofSeconds(1), this::recordWait, lines::add)
              .follow(DAG, RUN);

      assertThat(result.outcome()).isEqualTo(TriggerResult.Outcome.CREATED);
      assertThat(last.succeeded()).isTrue();
      assertThat(last.logicalDate()).isEqualTo("2026-11-05T08:30:00+00:00");
    }
    assertThat(lines)
        .startsWith("  wait_for_exports: running")
        .endsWith("run warehouse__2026-10: success");
    assertThat(waits).containsExactly(Duration.ofSeconds(1));
    String expected =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    assertThat(stub.requests())
        .allSatisfy(r -> assertThat(r.getHeaders().get("Authorization")).isEqualTo(expected));
    assertThat(stub.requests().get(0).getBody().utf8()).doesNotContain("logical_date");
  }

  @Test
  void aDuplicateTriggerFollowsTheExistingRun() {
    stub.on(
            "POST",
            RUNS,
            409,
            Fixtures.v1Error(
                409,
                "Conflict",
                "DAGRun with DAG ID: 'zoucheng_monthly_warehouse' and DAGRun ID:"
                    + " 'warehouse__2026-10' already exists"))
        .on("GET", RUN_PATH, 200, Fixtures.v1Run(RUN, "success"));
    try (AirflowClient client = client()) {
      TriggerResult result = client.triggerRun(DAG, "2026-10");
      assertThat(result.outcome()).isEqualTo(TriggerResult.Outcome.ALREADY_TRIGGERED);
      assertThat(result.run().state()).isEqualTo("success");
    }
  }

  @Test
  void unauthorizedIsNotRetriedAndShowsAirflowsProblem() {
    stub.on(
        "GET",
        RUN_PATH,
        401,
        Fixtures.v1Error(
            401, "Unauthorized", "No credentials found or credentials were not valid"));
    try (AirflowClient client = client()) {
      assertThatThrownBy(() -> client.getRun(DAG, RUN))
          .hasMessageContaining("Airflow refused the credentials while trying to read run " + RUN)
          .hasMessageContaining("Unauthorized - No credentials found")
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain(PASSWORD));
    }
    assertThat(stub.requests()).hasSize(1);
  }

  @Test
  void aRunEndingFailedIsReportedAsFailed() {
    stub.on("GET", RUN_PATH, 200, Fixtures.v1Run(RUN, "failed"))
        .on(
            "GET",
            TASKS,
            200,
            Fixtures.v1Tasks(
                RUN, "success", "failed", "upstream_failed", "upstream_failed", "upstream_failed"));
    try (AirflowClient client = client()) {
      DagRun last =
          new RunFollower(client, Duration.ZERO, this::recordWait, l -> {}).follow(DAG, RUN);
      assertThat(last.state()).isEqualTo("failed");
    }
  }

  @Test
  void listsRunsPausesAndReadsHealthAndVersion() {
    stub.on("GET", RUNS, 200, Fixtures.v1Runs("running"))
        .on("PATCH", "/api/v1/dags/" + DAG, 200, Fixtures.v1Dag(false))
        .on("GET", "/api/v1/health", 200, Fixtures.V1_HEALTH)
        .on("GET", "/api/v1/version", 200, Fixtures.V1_VERSION);
    try (AirflowClient client = client()) {
      assertThat(client.listRuns(DAG, 3)).extracting(DagRun::period).containsExactly("2026-10");
      client.unpause(DAG);
      assertThat(client.health().healthy()).isTrue();
      assertThat(client.version()).isEqualTo("2.10.5");
    }
    assertThat(stub.requests().get(0).getUrl().query())
        .isEqualTo("limit=3&order_by=-execution_date");
    assertThat(stub.requests().get(1).getUrl().query()).isEqualTo("update_mask=is_paused");
  }
}
