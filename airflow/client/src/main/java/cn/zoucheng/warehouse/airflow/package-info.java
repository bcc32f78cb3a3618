/**
 * A REST client for Apache Airflow 2 ({@code /api/v1}, basic auth) and 3 ({@code /api/v2}, bearer
 * tokens): trigger the warehouse's monthly DAG for a month, follow a run, list runs, pause and
 * unpause, health and version. Start at {@link cn.zoucheng.warehouse.airflow.AirflowClients}.
 */
package cn.zoucheng.warehouse.airflow;
