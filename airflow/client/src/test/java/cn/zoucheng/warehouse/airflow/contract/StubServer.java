package cn.zoucheng.warehouse.airflow.contract;

import static org.assertj.core.api.Assertions.assertThat;

import cn.zoucheng.warehouse.airflow.AirflowConfig;
import cn.zoucheng.warehouse.airflow.ApiVersion;
import cn.zoucheng.warehouse.airflow.Credentials;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import mockwebserver3.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Base of the contract tests: a stub Airflow per test, checked for spec violations after it. */
abstract class StubServer {

  static final String USER = "warehouse";
  static final String PASSWORD = "s3cret-Pa55word";

  final AirflowStub stub = new AirflowStub();
  final List<Duration> waits = new ArrayList<>();
  MockWebServer server;

  @BeforeEach
  void startServer() {
    server = new MockWebServer();
    server.setDispatcher(stub);
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @AfterEach
  void stopServerAndCheckContract() {
    server.close();
    assertThat(stub.violations()).as("requests that break the Airflow spec").isEmpty();
  }

  AirflowConfig config(ApiVersion version) {
    return new AirflowConfig(
        server.url("/").uri(),
        version,
        Fixtures.DAG,
        Optional.of(new Credentials(USER, PASSWORD)),
        Duration.ofSeconds(5),
        2,
        Duration.ofMillis(100));
  }

  void recordWait(Duration d) {
    waits.add(d);
  }
}
