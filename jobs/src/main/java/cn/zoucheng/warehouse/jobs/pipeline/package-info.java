/** The one monthly pipeline, used by {@code bin/warehouse run} and by the Airflow DAG alike. */
package cn.zoucheng.warehouse.jobs.pipeline;
