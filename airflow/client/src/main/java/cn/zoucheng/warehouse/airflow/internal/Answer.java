package cn.zoucheng.warehouse.airflow.internal;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * An HTTP answer from Airflow: the status and the body parsed as JSON (a missing node if empty).
 */
public record Answer(int status, JsonNode body) {}
