/**
 * The {@code airflow} command of {@code bin/warehouse}: trigger and follow the monthly DAG, list
 * runs, pause, unpause, health and version. Register {@code new AirflowCommand()} as a subcommand.
 */
package cn.zoucheng.warehouse.airflow.cli;
