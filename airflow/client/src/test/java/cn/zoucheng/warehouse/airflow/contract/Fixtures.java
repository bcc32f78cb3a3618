package cn.zoucheng.warehouse.airflow.contract;

import java.util.List;
import java.util.stream.Collectors;

/** Canned Airflow answers, shaped as the specs demand (the stub validates each one). */
final class Fixtures {

  static final String DAG = "zoucheng_monthly_warehouse";
  static final String RUN = "warehouse__2026-10";
  static final List<String> TASKS =
      List.of("wait_for_exports", "ingest", "metrics", "bulletins", "publish");

  private Fixtures() {}

  static String v1Run(String runId, String state) {
    return """
    {"dag_run_id": "%s", "dag_id": "%s", "logical_date": "2026-11-05T08:30:00+00:00",
     "execution_date": "2026-11-05T08:30:00+00:00", "start_date": %s, "end_date": %s,
     "data_interval_start": "2026-11-05T08:30:00+00:00",
     "data_interval_end": "2026-11-05T08:30:00+00:00", "last_scheduling_decision": null,
     "run_type": "manual", "state": "%s", "external_trigger": true,
     "conf": {"period": "2026-10"}, "note": "Triggered by bin/warehouse airflow trigger"}
    """
        .formatted(runId, DAG, started(state), ended(state), state);
  }

  static String v1Runs(String... states) {
    return "{\"dag_runs\": ["
        + java.util.Arrays.stream(states).map(s -> v1Run(RUN, s)).collect(Collectors.joining(","))
        + "], \"total_entries\": "
        + states.length
        + "}";
  }

  static String v1Tasks(String runId, String... states) {
    StringBuilder b = new StringBuilder("{\"task_instances\": [");
    for (int i = 0; i < states.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append(
              """
              {"task_id": "%s", "dag_id": "%s", "dag_run_id": "%s",
               "execution_date": "2026-11-05T08:30:00+00:00", "start_date": null, "end_date": null,
               "duration": null, "state": %s, "try_number": 1, "map_index": -1, "max_tries": 2,
               "hostname": "worker-1", "unixname": "airflow", "pool": "default_pool", "pool_slots": 1,
               "queue": "default", "priority_weight": 5, "operator": "PythonOperator",
               "queued_when": null, "pid": null, "executor": null, "executor_config": "{}",
               "rendered_map_index": null, "rendered_fields": {}, "note": null}
              """
                  .formatted(TASKS.get(i), DAG, runId, quoteOrNull(states[i])));
    }
    return b.append("], \"total_entries\": ").append(states.length).append('}').toString();
  }

  static String v1Error(int status, String title, String detail) {
    return """
    {"type": "https://airflow.apache.org/docs/apache-airflow/2.10.0/stable-rest-api-ref.html#section/Errors/%s",
     "title": "%s", "status": %d, "detail": "%s"}
    """
        .formatted(title.replace(' ', '-'), title, status, detail);
  }

  static String v1Dag(boolean paused) {
    return """
    {"dag_id": "%s", "dag_display_name": "%s", "root_dag_id": null, "is_paused": %s,
     "is_active": true, "is_subdag": false, "fileloc": "/opt/airflow/dags/zoucheng_monthly.py",
     "file_token": "abc", "owners": ["zoucheng-warehouse"], "description": null,
     "tags": [{"name": "zoucheng"}]}
    """
        .formatted(DAG, DAG, paused);
  }

  static final String V1_HEALTH =
      """
      {"metadatabase": {"status": "healthy"},
       "scheduler": {"status": "healthy", "latest_scheduler_heartbeat": "2026-11-05T08:30:00+00:00"},
       "triggerer": {"status": "healthy", "latest_triggerer_heartbeat": null},
       "dag_processor": {"status": null, "latest_dag_processor_heartbeat": null}}
      """;

  static final String V1_VERSION = "{\"version\": \"2.10.5\", \"git_version\": null}";

  static String v2Run(String runId, String state) {
    return """
    {"dag_run_id": "%s", "dag_id": "%s", "logical_date": null,
     "queued_at": "2026-11-05T08:30:00Z", "start_date": %s, "end_date": %s, "duration": %s,
     "data_interval_start": null, "data_interval_end": null,
     "run_after": "2026-11-05T08:30:00Z", "last_scheduling_decision": null,
     "run_type": "manual", "state": "%s", "triggered_by": "rest_api",
     "triggering_user_name": "warehouse", "conf": {"period": "2026-10"},
     "note": "Triggered by bin/warehouse airflow trigger", "dag_versions": [
       {"id": "0196f4f2-6a4f-7f57-9f0c-3a1d8b2c4e10", "version_number": 1, "dag_id": "%s",
        "bundle_name": "dags-folder", "bundle_version": null,
        "created_at": "2026-11-01T00:00:00Z", "dag_display_name": "%s", "bundle_url": null}],
     "bundle_version": null, "dag_display_name": "%s"}
    """
        .formatted(
            runId,
            DAG,
            started(state),
            ended(state),
            ended(state).equals("null") ? "null" : "3600.5",
            state,
            DAG,
            DAG,
            DAG);
  }

  static String v2Runs(String... states) {
    return "{\"dag_runs\": ["
        + java.util.Arrays.stream(states).map(s -> v2Run(RUN, s)).collect(Collectors.joining(","))
        + "], \"total_entries\": "
        + states.length
        + "}";
  }

  static String v2Tasks(String runId, String... states) {
    StringBuilder b = new StringBuilder("{\"task_instances\": [");
    for (int i = 0; i < states.length; i++) {
      b.append(i == 0 ? "" : ",")
          .append(
              """
              {"id": "0196f4f2-6a4f-7f57-9f0c-3a1d8b2c4e1%d", "task_id": "%s", "dag_id": "%s",
               "dag_run_id": "%s", "map_index": -1, "logical_date": null,
               "run_after": "2026-11-05T08:30:00Z", "start_date": null, "end_date": null,
               "duration": null, "state": %s, "try_number": 1, "max_tries": 2,
               "task_display_name": "%s", "dag_display_name": "%s", "hostname": null,
               "unixname": null, "pool": "default_pool", "pool_slots": 1, "queue": "default",
               "priority_weight": 5, "operator": "PythonOperator", "operator_name": "PythonOperator",
               "queued_when": null, "scheduled_when": null, "pid": null, "executor": null,
               "executor_config": "{}", "note": null, "rendered_map_index": null,
               "rendered_fields": {}, "trigger": null, "triggerer_job": null, "dag_version": null}
              """
                  .formatted(
                      i, TASKS.get(i), DAG, runId, quoteOrNull(states[i]), TASKS.get(i), DAG));
    }
    return b.append("], \"total_entries\": ").append(states.length).append('}').toString();
  }

  static String v2Error(String detail) {
    return "{\"detail\": \"" + detail + "\"}";
  }

  static String v2Dag(boolean paused) {
    return """
    {"dag_id": "%s", "dag_display_name": "%s", "is_paused": %s, "is_stale": false,
     "last_parsed_time": "2026-11-05T08:00:00Z", "last_expired": null,
     "bundle_name": "dags-folder", "bundle_version": null,
     "relative_fileloc": "zoucheng_monthly.py",
     "fileloc": "/opt/airflow/dags/zoucheng_monthly.py", "description": null,
     "timetable_summary": "0 6 1 * *", "timetable_description": "At 06:00 on day 1",
     "tags": [{"name": "zoucheng", "dag_id": "%s", "dag_display_name": "%s"}],
     "max_active_tasks": 16, "max_active_runs": 1, "max_consecutive_failed_dag_runs": 0,
     "has_task_concurrency_limits": false, "has_import_errors": false,
     "next_dagrun_logical_date": null, "next_dagrun_data_interval_start": null,
     "next_dagrun_data_interval_end": null, "next_dagrun_run_after": null,
     "owners": ["zoucheng-warehouse"], "file_token": "abc"}
    """
        .formatted(DAG, DAG, paused, DAG, DAG);
  }

  static final String V2_HEALTH =
      """
      {"metadatabase": {"status": "healthy"},
       "scheduler": {"status": "healthy", "latest_scheduler_heartbeat": "2026-11-05T08:30:00Z"},
       "triggerer": {"status": "unhealthy", "latest_triggerer_heartbeat": null},
       "dag_processor": null}
      """;

  static final String V2_VERSION = "{\"version\": \"3.1.0\", \"git_version\": null}";

  static String token(String value) {
    return "{\"access_token\": \"" + value + "\"}";
  }

  private static String started(String state) {
    return "queued".equals(state) ? "null" : "\"2026-11-05T08:30:01Z\"";
  }

  private static String ended(String state) {
    return "success".equals(state) || "failed".equals(state) ? "\"2026-11-05T09:30:01Z\"" : "null";
  }

  private static String quoteOrNull(String s) {
    return s == null ? "null" : "\"" + s + "\"";
  }
}
