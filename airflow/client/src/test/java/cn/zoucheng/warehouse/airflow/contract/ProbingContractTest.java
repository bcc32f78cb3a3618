package cn.zoucheng.warehouse.airflow.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowClients;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;

class ProbingContractTest extends StubServer {

  @Test
  void picksApiV2WhenAirflow3Answers() {
    stub.on("GET", "/api/v2/version", 200, Fixtures.V2_VERSION);
    try (AirflowClient client = AirflowClients.create(config(ApiVersion.AUTO), this::recordWait)) {
      assertThat(client.apiVersion()).isEqualTo(ApiVersion.V2);
    }
    assertThat(stub.requests())
        .extracting(r -> r.getUrl().encodedPath())
        .containsExactly("/api/v2/version");
  }

  @Test
  void fallsBackToApiV1WhenOnlyAirflow2Answers() {
    // Airflow 2 has no /api/v2: its webserver answers 404 with an HTML page, outside any spec.
    server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
            return request.getUrl().encodedPath().startsWith("/api/v2/")
                ? new MockResponse.Builder().code(404).body("<html>Not Found</html>").build()
                : stub.dispatch(request);
          }
        });
    stub.on("GET", "/api/v1/version", 200, Fixtures.V1_VERSION);
    try (AirflowClient client = AirflowClients.create(config(ApiVersion.AUTO), this::recordWait)) {
      assertThat(client.apiVersion()).isEqualTo(ApiVersion.V1);
    }
  }

  @Test
  void saysSoWhenNeitherApiAnswers() {
    server.setDispatcher(
        new mockwebserver3.Dispatcher() {
          @Override
          public MockResponse dispatch(mockwebserver3.RecordedRequest request) {
            return new MockResponse.Builder().code(404).build();
          }
        });
    assertThatThrownBy(() -> AirflowClients.create(config(ApiVersion.AUTO), this::recordWait))
        .hasMessageContaining("No Airflow REST API found at " + server.url("/"))
        .hasMessageContaining("/api/v2/version answered 404 and /api/v1/version answered 404");
  }
}
