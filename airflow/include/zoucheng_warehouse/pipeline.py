"""The monthly DAG's task graph as data: the DAG file builds its tasks from this, tests check it.

Keeping the graph here means the order, retries, timeouts and trigger rules can be tested with
plain pytest where Airflow is not installed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from .periods import DEFAULT_DEADLINE_DAY

DAG_ID = "zoucheng_monthly_warehouse"
# Runs at 06:00 on the 1st (Asia/Shanghai) for the month that just ended; the exports sensor then
# waits until they are complete or the cut-off (end of the 5th by default) has passed.
SCHEDULE_CRON = "0 6 1 * *"
TIMEZONE = "Asia/Shanghai"
TAGS = ("zoucheng", "warehouse", "monthly")
OWNER = "zoucheng-warehouse"

DEFAULT_RETRIES = 2
DEFAULT_RETRY_DELAY = timedelta(minutes=5)

SENSOR = "sensor"
COMMAND = "command"
PUBLISH = "publish"


@dataclass(frozen=True)
class TaskSpec:
    """One task of the monthly DAG."""

    task_id: str
    kind: str
    upstream: tuple[str, ...]
    retries: int
    execution_timeout: timedelta
    retry_delay: timedelta = DEFAULT_RETRY_DELAY
    trigger_rule: str = "all_success"
    doc: str = ""


# The sensor pokes in "reschedule" mode (no worker slot held between pokes) and succeeds once all
# exports are in or the cut-off has passed; its overall timeout is only a safety net, long enough
# for the latest cut-off a deadline_day can set (end of the 28th), and with soft_fail it ends
# "skipped", never "failed", so run (trigger rule none_failed) still runs and the bulletin names
# whoever is missing.
SENSOR_POKE_INTERVAL = timedelta(minutes=30)
SENSOR_TIMEOUT = timedelta(days=28)

# Airflow 3.1+ Deadline Alert: a run not finished this long after it was queued is reported. A
# scheduled run is queued at 06:00 on the 1st, so with the default cut-off (end of the 5th) this is
# the cut-off plus DEADLINE_GRACE, the time run and publish need once the sensor lets go. It is
# fixed when the DAG is parsed; a deadline_day other than the default moves the sensor's cut-off,
# and the deadline callback then stays silent until the configured cut-off plus the grace.
DEADLINE_GRACE = timedelta(hours=6)
# 06:00 on the 1st to 24:00 on the 5th: (5 days - 6 h), then the grace.
DEADLINE_AFTER_QUEUED = timedelta(days=DEFAULT_DEADLINE_DAY) - timedelta(hours=6) + DEADLINE_GRACE

TASKS: tuple[TaskSpec, ...] = (
    TaskSpec(
        "wait_for_exports",
        SENSOR,
        (),
        retries=2,
        execution_timeout=timedelta(minutes=10),
        doc="Waits until all 16 towns delivered all 8 record types, or until the cut-off.",
    ),
    TaskSpec(
        "run",
        COMMAND,
        ("wait_for_exports",),
        retries=2,
        # The former ingest (2 h), metrics (1 h) and bulletins (1 h) budgets, now one JVM.
        execution_timeout=timedelta(hours=4),
        trigger_rule="none_failed",
        doc=(
            "bin/warehouse run --input <inbox> --period <period> --warehouse <root> (or the "
            "application jar's same command under spark-submit): ingest, the metrics of every "
            "month the new data touches, the bulletins of the period."
        ),
    ),
    TaskSpec(
        "publish",
        PUBLISH,
        ("run",),
        retries=3,
        execution_timeout=timedelta(minutes=15),
        retry_delay=timedelta(minutes=2),
        doc="Copies the month's bulletins to the configured outbox.",
    ),
)


def task(task_id: str) -> TaskSpec:
    """Returns the spec of one task by id."""
    for spec in TASKS:
        if spec.task_id == task_id:
            return spec
    raise KeyError(task_id)


def topological_order() -> list[str]:
    """Returns the task ids in an order where every task follows its upstream tasks."""
    done: list[str] = []
    pending = list(TASKS)
    while pending:
        ready = [t for t in pending if all(u in done for u in t.upstream)]
        if not ready:
            raise ValueError(f"cycle or unknown upstream among {[t.task_id for t in pending]}")
        for t in ready:
            done.append(t.task_id)
            pending.remove(t)
    return done
