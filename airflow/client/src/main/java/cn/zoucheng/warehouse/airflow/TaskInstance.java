package cn.zoucheng.warehouse.airflow;

/** One task of a run and its state ({@code none} when Airflow has not scheduled it yet). */
public record TaskInstance(String taskId, String state, int tryNumber) {}
