"""The callables the DAG's tasks run; each reads its configuration when it runs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from . import commands, inbox, periods, publish, settings

log = logging.getLogger(__name__)

SettingsLoader = Callable[[], settings.Settings]


def period_of(context: Mapping[str, Any], now: datetime | None = None) -> str:
    """Returns the month a run works on: its param ``period``, else its logical date."""
    params = context.get("params") or {}
    logical_date = context.get("logical_date")
    if logical_date is None:
        dag_run = context.get("dag_run")
        logical_date = getattr(dag_run, "run_after", None) if dag_run is not None else None
    return periods.resolve_period(
        params.get("period"), logical_date, now or datetime.now(timezone.utc)
    )


def exports_ready(
    context: Mapping[str, Any],
    load: SettingsLoader = settings.load,
    now: datetime | None = None,
) -> bool:
    """Returns True when every export of the month is in, or the deadline has passed.

    Past the deadline it logs who is missing.
    """
    cfg = load()
    period = period_of(context, now)
    found = inbox.scan(cfg.inbox, period)
    log.info("%s", found.summary())
    if found.complete():
        return True
    due = periods.deadline(period, cfg.deadline_day)
    current = now or datetime.now(timezone.utc)
    if current >= due:
        log.warning(
            "deadline %s passed with exports missing; going on, the bulletin will name the towns",
            due.isoformat(),
        )
        return True
    return False


def run_step(
    step: str,
    context: Mapping[str, Any],
    load: SettingsLoader = settings.load,
    runner: Callable[..., None] = commands.run,
    timeout_seconds: float | None = None,
) -> list[str]:
    """Runs one warehouse step for the run's month in the configured mode; returns the argv."""
    cfg = load()
    argv = commands.command_line(step, period_of(context), cfg)
    runner(argv, timeout_seconds=timeout_seconds)
    return argv


def publish_step(context: Mapping[str, Any], load: SettingsLoader = settings.load) -> list[str]:
    """Copies the month's bulletins to the outbox; returns the published paths."""
    cfg = load()
    return [str(p) for p in publish.publish(cfg.bulletins_dir, cfg.outbox, period_of(context))]


# Entry points for PythonOperator/PythonSensor: Airflow passes the task context as keyword
# arguments.


def exports_ready_callable(**context: Any) -> bool:
    """Sensor callable: see :func:`exports_ready`."""
    return exports_ready(context)


def run_step_callable(step: str, **context: Any) -> list[str]:
    """Operator callable: see :func:`run_step`."""
    return run_step(step, context)


def publish_callable(**context: Any) -> list[str]:
    """Operator callable: see :func:`publish_step`."""
    return publish_step(context)
