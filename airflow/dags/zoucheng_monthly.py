"""Zoucheng rural community governance warehouse: the monthly cycle.

wait_for_exports -> run -> publish, for the month before the run's logical date, or the month
given as param/conf ``period`` (``YYYY-MM``). ``run`` is the warehouse's one monthly pipeline,
``bin/warehouse run --input <inbox> --period <month> --warehouse <root>`` (or the application
jar's same command under spark-submit): ingest, the metrics of every month the new data touches,
the month's bulletins. The task graph, retries and timeouts live in ``zoucheng_warehouse.pipeline``;
the work in ``zoucheng_warehouse.tasks``; the alerts (task and run failures, the export cut-off,
Airflow 3.1's Deadline Alert) in ``zoucheng_warehouse.alerts``. Configuration is read from the
Airflow Variable ``zoucheng_warehouse`` (or ZOUCHENG_WAREHOUSE_* environment variables) when a
task or callback runs. Works with Airflow 2.10 and 3.x.
"""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

try:
    import zoucheng_warehouse  # noqa: F401  (installed, or copied next to this file)
except ImportError:  # repository layout: airflow/dags next to airflow/include
    sys.path.append(str(Path(__file__).resolve().parent.parent / "include"))

from zoucheng_warehouse import alerts, pipeline, tasks
from zoucheng_warehouse.compat import airflow_api, deadline_kwargs

af = airflow_api()

with af.DAG(
    dag_id=pipeline.DAG_ID,
    description="Monthly cycle: wait for the towns' exports, run the warehouse, publish",
    schedule=af.CronTriggerTimetable(pipeline.SCHEDULE_CRON, timezone=pipeline.TIMEZONE),
    start_date=datetime(2026, 1, 1, tzinfo=ZoneInfo(pipeline.TIMEZONE)),
    catchup=False,
    max_active_runs=1,
    tags=list(pipeline.TAGS),
    doc_md=__doc__,
    default_args={
        "owner": pipeline.OWNER,
        "retries": pipeline.DEFAULT_RETRIES,
        "retry_delay": pipeline.DEFAULT_RETRY_DELAY,
        "on_failure_callback": alerts.on_task_failure,
    },
    on_failure_callback=alerts.on_dag_failure,
    params={
        "period": af.Param(
            "",
            type="string",
            pattern=r"^(\d{4}-(0[1-9]|1[0-2]))?$",
            description="Month to process, YYYY-MM; empty means the month before the logical date",
        ),
    },
    **deadline_kwargs(af.DAG, pipeline.DEADLINE_AFTER_QUEUED, alerts.on_deadline_missed),
) as dag:
    callables = {
        pipeline.SENSOR: tasks.exports_ready_callable,
        pipeline.COMMAND: tasks.run_callable,
        pipeline.PUBLISH: tasks.publish_callable,
    }
    built = {}
    for spec in map(pipeline.task, pipeline.topological_order()):
        common = {
            "task_id": spec.task_id,
            "python_callable": callables[spec.kind],
            "retries": spec.retries,
            "retry_delay": spec.retry_delay,
            "execution_timeout": spec.execution_timeout,
            "trigger_rule": spec.trigger_rule,
            "doc_md": spec.doc,
        }
        if spec.kind == pipeline.SENSOR:
            op = af.PythonSensor(
                mode="reschedule",
                poke_interval=pipeline.SENSOR_POKE_INTERVAL.total_seconds(),
                timeout=pipeline.SENSOR_TIMEOUT.total_seconds(),
                soft_fail=True,
                **common,
            )
        else:
            op = af.PythonOperator(**common)
        for upstream in spec.upstream:
            built[upstream] >> op
        built[spec.task_id] = op
