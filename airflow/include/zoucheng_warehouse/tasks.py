"""The callables the DAG's tasks run; each reads its configuration when it runs."""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping
from datetime import datetime, timezone
from typing import Any

from . import alerts, commands, compat, inbox, periods, publish, runs, settings

log = logging.getLogger(__name__)

SettingsLoader = Callable[[], settings.Settings]


period_of = runs.period_of


def exports_ready(
    context: Mapping[str, Any],
    load: SettingsLoader = settings.load,
    now: datetime | None = None,
    notify: Callable[..., bool] = alerts.notify_cutoff,
) -> bool:
    """Returns True when every export of the month is in, or the cut-off has passed.

    Past the cut-off with exports missing it logs who is missing and posts the cut-off alert
    (which never fails the task).
    """
    cfg = load()
    period = period_of(context, now)
    found = inbox.scan(cfg.inbox_for(period), period)
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
        notify(context, period, found, due, cfg)
        return True
    return False


def run_pipeline(
    context: Mapping[str, Any],
    load: SettingsLoader = settings.load,
    runner: Callable[..., None] = commands.run,
    timeout_seconds: float | None = None,
) -> list[str]:
    """Runs the month's ``run`` command in the configured mode; returns the argv.

    Exit code 2 (wrong usage or configuration) fails the task without retries: running the same
    command again cannot help.
    """
    cfg = load()
    argv = commands.command_line(period_of(context), cfg)
    try:
        runner(argv, timeout_seconds=timeout_seconds)
    except commands.CommandFailed as e:
        if e.code == commands.EXIT_USAGE:
            raise compat.fail_without_retry(str(e)) from e
        raise
    return argv


def publish_step(context: Mapping[str, Any], load: SettingsLoader = settings.load) -> list[str]:
    """Copies the month's bulletins to the outbox; returns the published paths."""
    cfg = load()
    folder = cfg.bulletins_folder()
    if folder is None:
        raise FileNotFoundError(
            f"the warehouse {cfg.warehouse} is not a local folder, so run rendered no bulletins "
            "there (its log says so); set bulletins_dir to where the bulletins are rendered "
            "(e.g. bin/warehouse bulletin against a local copy), or run with a local warehouse"
        )
    return [str(p) for p in publish.publish(folder, cfg.outbox, period_of(context))]


# Entry points for PythonOperator/PythonSensor: Airflow passes the task context as keyword
# arguments.


def exports_ready_callable(**context: Any) -> bool:
    """Sensor callable: see :func:`exports_ready`."""
    return exports_ready(context)


def run_callable(**context: Any) -> list[str]:
    """Operator callable: see :func:`run_pipeline`."""
    return run_pipeline(context)


def publish_callable(**context: Any) -> list[str]:
    """Operator callable: see :func:`publish_step`."""
    return publish_step(context)
