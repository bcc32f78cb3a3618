package cn.zoucheng.warehouse.airflow;

import cn.zoucheng.warehouse.airflow.internal.Answer;
import cn.zoucheng.warehouse.airflow.internal.Auth;
import cn.zoucheng.warehouse.airflow.internal.Transport;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** What Airflow 2's and 3's REST APIs have in common; subclasses supply the differences. */
abstract class RestAirflowClient implements AirflowClient {

  private static final String NOTE = "Triggered by bin/warehouse airflow trigger";

  final Transport transport;
  final Auth auth;

  RestAirflowClient(Transport transport, Auth auth) {
    this.transport = transport;
    this.auth = auth;
  }

  /** The trigger body for this API version. */
  abstract ObjectNode triggerBody(String dagRunId, String period);

  /** The field runs are listed by, newest first. */
  abstract String newestFirst();

  /** The health endpoint's path under the API root. */
  abstract List<String> healthPath();

  @Override
  public TriggerResult triggerRun(String dagId, String period, String dagRunId) {
    RunIds.validPeriod(period);
    Answer a =
        send(
            "POST",
            path("dags", dagId, "dagRuns"),
            Map.of(),
            triggerBody(dagRunId, period),
            "trigger DAG " + dagId + " for " + period,
            200,
            409);
    if (a.status() == 409) {
      try {
        return new TriggerResult(getRun(dagId, dagRunId), TriggerResult.Outcome.ALREADY_TRIGGERED);
      } catch (AirflowException e) {
        throw AirflowErrors.conflictWithoutRun(dagRunId, e.getMessage());
      }
    }
    return new TriggerResult(run(a.body()), TriggerResult.Outcome.CREATED);
  }

  @Override
  public DagRun getRun(String dagId, String dagRunId) {
    Answer a =
        send(
            "GET",
            path("dags", dagId, "dagRuns", dagRunId),
            Map.of(),
            null,
            "read run " + dagRunId + " of DAG " + dagId,
            200);
    return run(a.body());
  }

  @Override
  public List<DagRun> listRuns(String dagId, int limit) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("limit", String.valueOf(limit));
    query.put("order_by", newestFirst());
    Answer a =
        send("GET", path("dags", dagId, "dagRuns"), query, null, "list runs of DAG " + dagId, 200);
    List<DagRun> runs = new ArrayList<>();
    a.body().path("dag_runs").forEach(r -> runs.add(run(r)));
    return runs;
  }

  @Override
  public List<TaskInstance> listTaskInstances(String dagId, String dagRunId) {
    Answer a =
        send(
            "GET",
            path("dags", dagId, "dagRuns", dagRunId, "taskInstances"),
            Map.of(),
            null,
            "list the tasks of run " + dagRunId,
            200);
    List<TaskInstance> tasks = new ArrayList<>();
    for (JsonNode t : a.body().path("task_instances")) {
      tasks.add(
          new TaskInstance(
              t.path("task_id").asText(), text(t, "state", "none"), t.path("try_number").asInt(0)));
    }
    return tasks;
  }

  @Override
  public void pause(String dagId) {
    setPaused(dagId, true, "pause DAG " + dagId);
  }

  @Override
  public void unpause(String dagId) {
    setPaused(dagId, false, "unpause DAG " + dagId);
  }

  private void setPaused(String dagId, boolean paused, String what) {
    ObjectNode body = transport.json().createObjectNode();
    body.put("is_paused", paused);
    send("PATCH", path("dags", dagId), Map.of("update_mask", "is_paused"), body, what, 200);
  }

  @Override
  public Health health() {
    Answer a = send("GET", healthPath(), Map.of(), null, "read Airflow's health", 200);
    Map<String, String> components = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = a.body().fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getValue().isObject()) {
        components.put(e.getKey(), text(e.getValue(), "status", null));
      }
    }
    return new Health(components);
  }

  @Override
  public String version() {
    return send("GET", path("version"), Map.of(), null, "read Airflow's version", 200)
        .body()
        .path("version")
        .asText();
  }

  @Override
  public void close() {
    transport.close();
  }

  final List<String> path(String... segments) {
    return Stream.concat(
            Stream.of(apiVersion().basePath().substring(1).split("/")), Stream.of(segments))
        .toList();
  }

  final ObjectNode conf(String period) {
    ObjectNode conf = transport.json().createObjectNode();
    conf.put("period", period);
    return conf;
  }

  final ObjectNode baseTriggerBody(String dagRunId, String period) {
    ObjectNode body = transport.json().createObjectNode();
    body.put("dag_run_id", dagRunId);
    body.set("conf", conf(period));
    body.put("note", NOTE);
    return body;
  }

  private Answer send(
      String method,
      List<String> path,
      Map<String, String> query,
      JsonNode body,
      String what,
      int... accepted) {
    return transport.send(method, path, query, body, auth, what, accepted);
  }

  static DagRun run(JsonNode r) {
    String logical = text(r, "logical_date", null);
    if (logical == null) {
      logical = text(r, "run_after", null);
    }
    return new DagRun(
        r.path("dag_id").asText(),
        r.path("dag_run_id").asText(),
        text(r, "state", "none"),
        logical,
        text(r, "start_date", null),
        text(r, "end_date", null),
        text(r.path("conf"), "period", null));
  }

  static String text(JsonNode node, String field, String fallback) {
    JsonNode v = node.path(field);
    return v.isMissingNode() || v.isNull() ? fallback : v.asText();
  }
}
