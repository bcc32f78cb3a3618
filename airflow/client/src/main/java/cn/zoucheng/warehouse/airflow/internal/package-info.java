/** HTTP plumbing of the Airflow client: retries with backoff, authentication, problem details. */
package cn.zoucheng.warehouse.airflow.internal;
