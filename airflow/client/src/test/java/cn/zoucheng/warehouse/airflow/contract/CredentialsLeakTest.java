package cn.zoucheng.warehouse.airflow.contract;

import static cn.zoucheng.warehouse.airflow.contract.Fixtures.DAG;
import static cn.zoucheng.warehouse.airflow.contract.Fixtures.RUN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import cn.zoucheng.warehouse.airflow.AirflowClient;
import cn.zoucheng.warehouse.airflow.AirflowClients;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Passwords and tokens appear in no message and no log line, even when Airflow echoes them. */
class CredentialsLeakTest extends StubServer {

  static final String TOKEN = "eyJhbGciOiJIUzUxMiJ9.secret-token";

  @Test
  void neitherPasswordNorTokenReachesMessagesOrLogs() {
    stub.on("POST", "/auth/token", 201, Fixtures.token(TOKEN))
        .on("GET", "/api/v2/dags/" + DAG + "/dagRuns/" + RUN, 503, "{\"detail\": \"busy\"}")
        .on(
            "GET",
            "/api/v2/dags/" + DAG + "/dagRuns/" + RUN,
            403,
            Fixtures.v2Error(
                "token " + TOKEN + " of user warehouse:" + PASSWORD + " lacks access"));
    List<String> messages = new ArrayList<>();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream originalErr = System.err;
    System.setErr(new PrintStream(log, true, StandardCharsets.UTF_8));
    try (AirflowClient client = AirflowClients.create(config(ApiVersion.V2), this::recordWait)) {
      Throwable thrown = catchThrowable(() -> client.getRun(DAG, RUN));
      messages.add(thrown.getMessage());
      messages.add(String.valueOf(thrown));
      messages.add(config(ApiVersion.V2).toString());
      messages.add(client.toString());
    } finally {
      System.setErr(originalErr);
    }
    String logged = log.toString(StandardCharsets.UTF_8);

    assertThat(logged)
        .as("the client logged something (is slf4j-simple on the test path?)")
        .contains("retry 1/2");
    assertThat(messages.get(0)).contains("lacks access", "****");
    assertThat(String.join("\n", messages) + logged)
        .doesNotContain(PASSWORD)
        .doesNotContain(TOKEN)
        .doesNotContain("Authorization");
  }
}
