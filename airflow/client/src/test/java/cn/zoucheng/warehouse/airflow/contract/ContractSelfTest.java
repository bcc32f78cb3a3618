package cn.zoucheng.warehouse.airflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The contract checks themselves catch drift: bodies that break the specs are refused. */
class ContractSelfTest {

  static final String TRIGGER = "/api/v2/dags/d/dagRuns";

  @Test
  void aCannedResponseMissingRequiredFieldsIsRefused() {
    assertThatThrownBy(
            () ->
                new AirflowStub()
                    .on(
                        "GET",
                        TRIGGER + "/r",
                        200,
                        "{\"dag_run_id\": \"r\", \"state\": \"running\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("DAGRunResponse")
        .hasMessageContaining("required property 'dag_id' not found");
  }

  @Test
  void aCannedV1ErrorWithoutTitleIsRefused() {
    assertThatThrownBy(
            () ->
                new AirflowStub()
                    .on("GET", "/api/v1/dags/d/dagRuns/r", 404, "{\"detail\": \"not found\"}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("title");
  }

  @Test
  void anUndocumentedClientErrorStatusIsRefused() {
    assertThatThrownBy(() -> new AirflowStub().on("POST", TRIGGER, 418, "{}"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("documents no 418");
  }

  @Test
  void anOperationTheSpecLacksIsRefused() {
    assertThatThrownBy(() -> new AirflowStub().on("GET", "/api/v1/dags/d/runs", 200, "{}"))
        .hasMessageContaining("has no GET /api/v1/dags/d/runs");
  }

  @Test
  void triggerBodiesAreCheckedAgainstTriggerDagRunPostBody() {
    OpenApiSpec v2 = AirflowStub.V2;
    var op = v2.find("POST", TRIGGER).orElseThrow();
    String pointer = v2.requestSchema(op).orElseThrow();

    assertThat(pointer).isEqualTo("/components/schemas/TriggerDAGRunPostBody");
    assertThat(
            v2.validate(pointer, "{\"logical_date\": null, \"conf\": {\"period\": \"2026-10\"}}"))
        .isEmpty();
    assertThat(v2.validate(pointer, "{\"conf\": {}}"))
        .singleElement()
        .asString()
        .contains("logical_date");
    assertThat(v2.validate(pointer, "{\"logical_date\": null, \"period\": \"2026-10\"}"))
        .singleElement()
        .asString()
        .contains("period");
  }

  @Test
  void v1NullableFieldsFollowOpenApi30() {
    OpenApiSpec v1 = AirflowStub.V1;
    assertThat(v1.validate("/components/schemas/DAGRun", "{\"logical_date\": null}")).isEmpty();
    assertThat(v1.validate("/components/schemas/DAGRun", "{\"state\": \"exploded\"}")).isNotEmpty();
  }
}
