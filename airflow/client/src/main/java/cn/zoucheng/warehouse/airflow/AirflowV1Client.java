package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.internal.Auth;
import cn.zoucheng.warehouse.airflow.internal.Transport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Airflow 2's stable REST API, {@code /api/v1}, with basic auth. */
public final class AirflowV1Client extends RestAirflowClient {

  AirflowV1Client(Transport transport, Auth auth) {
    super(transport, auth);
  }

  @Override
  public ApiVersion apiVersion() {
    return ApiVersion.V1;
  }

  @Override
  ObjectNode triggerBody(String dagRunId, String period) {
    // No logical_date: Airflow 2 then uses "now", so each run id gets its own logical date.
    return baseTriggerBody(dagRunId, period);
  }

  @Override
  String newestFirst() {
    return "-execution_date";
  }

  @Override
  List<String> healthPath() {
    return path("health");
  }
}
