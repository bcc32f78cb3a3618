package cn.zoucheng.warehouse.airflow.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "{\"type\": \"t\", \"title\": \"Conflict\", \"status\": 409, \"detail\": \"exists\"} |"
            + " Conflict - exists",
        "{\"detail\": \"Invalid JWT\"} | Invalid JWT",
        "{\"detail\": {\"reason\": \"x\"}} | {\"reason\":\"x\"}",
        "{\"detail\": [{\"loc\": [\"body\", \"conf\"], \"msg\": \"bad\", \"type\": \"t\"}]} |"
            + " body.conf: bad",
        "{} | ''",
      })
  void describesAirflowErrorBodies(String json, String expected) throws Exception {
    assertThat(Problems.describe(new ObjectMapper().readTree(json))).isEqualTo(expected);
  }
}
