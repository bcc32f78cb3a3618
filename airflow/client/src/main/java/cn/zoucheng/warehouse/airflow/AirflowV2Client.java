package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.internal.Auth;
import cn.zoucheng.warehouse.airflow.internal.Transport;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/** Airflow 3's REST API, {@code /api/v2}, with bearer tokens from {@code /auth/token}. */
public final class AirflowV2Client extends RestAirflowClient {

  AirflowV2Client(Transport transport, Auth auth) {
    super(transport, auth);
  }

  @Override
  public ApiVersion apiVersion() {
    return ApiVersion.V2;
  }

  @Override
  ObjectNode triggerBody(String dagRunId, String period) {
    ObjectNode body = baseTriggerBody(dagRunId, period);
    // Required but nullable: null makes a run without a logical date, so reruns of a month
    // never collide with each other or with scheduled runs on the date.
    body.putNull("logical_date");
    return body;
  }

  @Override
  String newestFirst() {
    return "-run_after";
  }

  @Override
  List<String> healthPath() {
    return path("monitor", "health");
  }
}
