package cn.zoucheng.warehouse.airflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AirflowConfigTest {

  @TempDir Path dir;

  @Test
  void flagBeatsEnvironmentBeatsFileBeatsDefault() throws Exception {
    Path props = dir.resolve("warehouse.properties");
    Files.writeString(
        props,
        "airflow.url=http://file:8080\nairflow.dag-id=from_file\n"
            + "airflow.retries=5\nairflow.api-version=1\n");
    AirflowConfig c =
        AirflowConfig.load(
            Map.of(AirflowConfig.URL, "http://flag:8080/"),
            Map.of("AIRFLOW_URL", "http://env:8080", "AIRFLOW_DAG_ID", "from_env"),
            props);

    assertThat(c.url()).hasToString("http://flag:8080");
    assertThat(c.dagId()).isEqualTo("from_env");
    assertThat(c.retries()).isEqualTo(5);
    assertThat(c.apiVersion()).isEqualTo(ApiVersion.V1);
    assertThat(c.timeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(c.credentials()).isEmpty();
  }

  @Test
  void credentialsComeFromTheEnvironmentElseTheFileAndAreNeverShown() throws Exception {
    Path file = dir.resolve("airflow.credentials");
    Files.writeString(file, "username=ops\npassword=file-secret\n");
    Map<String, String> flags = Map.of(AirflowConfig.CREDENTIALS_FILE, file.toString());

    AirflowConfig fromFile = AirflowConfig.load(flags, Map.of(), null);
    AirflowConfig fromEnv =
        AirflowConfig.load(
            flags, Map.of("AIRFLOW_USERNAME", "env-user", "AIRFLOW_PASSWORD", "env-secret"), null);

    assertThat(fromFile.credentials()).map(Credentials::username).contains("ops");
    assertThat(fromEnv.credentials()).map(Credentials::password).contains("env-secret");
    assertThat(fromFile.toString()).contains("ops:****").doesNotContain("file-secret");
    assertThat(fromEnv.toString() + fromEnv.credentials().orElseThrow())
        .doesNotContain("env-secret");
  }

  @Test
  void badValuesNameTheKey() {
    assertThatThrownBy(
            () -> AirflowConfig.load(Map.of(AirflowConfig.RETRIES, "many"), Map.of(), null))
        .hasMessageStartingWith("Invalid airflow.retries 'many': expected a whole number");
    assertThatThrownBy(
            () ->
                AirflowConfig.load(
                    Map.of(AirflowConfig.URL, "http://admin:pw@airflow:8080"), Map.of(), null))
        .hasMessageContaining("a URL without user:password@")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("pw"));
    assertThatThrownBy(
            () ->
                AirflowConfig.load(
                    Map.of(AirflowConfig.CREDENTIALS_FILE, dir.resolve("absent").toString()),
                    Map.of(),
                    null))
        .hasMessageContaining("Cannot read Airflow credentials file");
  }

  @Test
  void runIdsAreOnePerMonthUnlessFresh() {
    assertThat(RunIds.forPeriod("2026-10")).isEqualTo("warehouse__2026-10");
    assertThat(RunIds.fresh("2026-10", Instant.parse("2026-11-05T08:30:12Z")))
        .isEqualTo("warehouse__2026-10__20261105T083012Z");
    assertThatThrownBy(() -> RunIds.forPeriod("2026-1")).hasMessageContaining("YYYY-MM");
  }
}
