/**
 * Contract tests: a MockWebServer stands in for Airflow, and every request the client sends and
 * every response the stand-in serves is validated against Airflow's official OpenAPI specs.
 */
package cn.zoucheng.warehouse.airflow.contract;
