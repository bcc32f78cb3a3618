package cn.zoucheng.warehouse.airflow;

import java.util.Map;

/** The status of Airflow's components (metadatabase, scheduler, triggerer, dag_processor). */
public record Health(Map<String, String> components) {

  /** Returns true if every component that reports a status reports {@code healthy}. */
  public boolean healthy() {
    return components.values().stream().allMatch(s -> s == null || "healthy".equals(s));
  }
}
