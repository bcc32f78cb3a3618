"""What the DAG needs from Airflow 3 (``airflow.sdk``) or Airflow 2.10, in one place.

Imports happen inside the functions, so importing this module never imports Airflow, and every
function here also answers where Airflow is not installed (tests, the command renderer).
"""

from __future__ import annotations

import asyncio
import importlib
import inspect
from collections.abc import Callable
from datetime import timedelta
from types import SimpleNamespace
from typing import Any


def airflow_api() -> SimpleNamespace:
    """Returns DAG, Param, PythonOperator, PythonSensor and CronTriggerTimetable of this Airflow."""
    try:  # Airflow 3.x: the task SDK and the standard provider
        from airflow.sdk import DAG, Param
    except ImportError:  # Airflow 2.10
        from airflow import DAG
        from airflow.models.param import Param
    try:  # the standard provider ships with Airflow 3 and can be installed on 2.10
        from airflow.providers.standard.operators.python import PythonOperator
        from airflow.providers.standard.sensors.python import PythonSensor
    except ImportError:
        from airflow.operators.python import PythonOperator
        from airflow.sensors.python import PythonSensor
    from airflow.timetables.trigger import CronTriggerTimetable

    return SimpleNamespace(
        DAG=DAG,
        Param=Param,
        PythonOperator=PythonOperator,
        PythonSensor=PythonSensor,
        CronTriggerTimetable=CronTriggerTimetable,
    )


def deadline_kwargs(dag_class: Any, after_queued: timedelta, callback: Callable) -> dict[str, Any]:
    """Returns ``{"deadline": DeadlineAlert(...)}`` on Airflow 3.1+, else ``{}``.

    The alert fires when a run has not finished ``after_queued`` after it was queued (the queue
    time, not the logical date, which Airflow 3 leaves empty for API-triggered runs); ``callback``
    must be a top-level ``async`` function, run by the triggerer. Older Airflow has no Deadline
    Alerts: the DAG then relies on the exports sensor's cut-off alert.
    """
    api = _deadline_api()
    if api is None or "deadline" not in _parameters(dag_class):
        return {}
    return {
        "deadline": api.DeadlineAlert(
            reference=api.DeadlineReference.DAGRUN_QUEUED_AT,
            interval=after_queued,
            callback=api.AsyncCallback(callback),
        )
    }


def _deadline_api() -> SimpleNamespace | None:
    try:  # Airflow 3.2+ exports them from the SDK's root
        from airflow.sdk import AsyncCallback, DeadlineAlert, DeadlineReference
    except ImportError:
        try:  # Airflow 3.1
            from airflow.sdk.definitions.deadline import (
                AsyncCallback,
                DeadlineAlert,
                DeadlineReference,
            )
        except ImportError:  # Airflow 2.x, 3.0, or no Airflow
            return None
    return SimpleNamespace(
        AsyncCallback=AsyncCallback,
        DeadlineAlert=DeadlineAlert,
        DeadlineReference=DeadlineReference,
    )


def _parameters(cls: Any) -> set[str]:
    try:
        return set(inspect.signature(cls).parameters)
    except (TypeError, ValueError):
        return set()


def fail_without_retry(message: str) -> Exception:
    """Returns an exception that fails the task without its retries (AirflowFailException)."""
    for module in ("airflow.sdk.exceptions", "airflow.exceptions"):
        try:
            cls = importlib.import_module(module).AirflowFailException
        except (ImportError, AttributeError):
            continue
        return cls(message)
    return RuntimeError(message)


def mask_secret(value: str) -> None:
    """Registers ``value`` with Airflow's log masker, so no Airflow log line shows it."""
    if not value:
        return
    try:
        from airflow.sdk.log import mask_secret as mask  # Airflow 3
    except ImportError:
        try:
            from airflow.utils.log.secrets_masker import mask_secret as mask  # Airflow 2
        except ImportError:
            return
    try:
        mask(value)
    except Exception:  # masking is a second line of defence; our own redaction is the first
        return


def airflow_major() -> int | None:
    """Returns the major version of the installed Airflow, or None without Airflow."""
    try:
        import airflow
    except ImportError:
        return None
    try:
        return int(str(airflow.__version__).split(".")[0])
    except (AttributeError, ValueError):
        return None


def airflow_base_url() -> str:
    """Returns the UI's base URL from Airflow's configuration (3: [api], 2: [webserver]), or ""."""
    try:
        from airflow.configuration import conf
    except ImportError:
        return ""
    for section in ("api", "webserver"):
        try:
            value = conf.get(section, "base_url", fallback="")
        except Exception:
            value = ""
        if value:
            return str(value).rstrip("/")
    return ""


async def run_blocking(fn: Callable[..., Any], *args: Any) -> Any:
    """Runs a blocking function from a triggerer coroutine without blocking its event loop.

    asgiref's ``sync_to_async`` (which Airflow ships) lets the function reach the triggerer's
    supervisor (Variables) from its thread; plain ``asyncio.to_thread`` otherwise.
    """
    try:
        from asgiref.sync import sync_to_async
    except ImportError:
        return await asyncio.to_thread(fn, *args)
    return await sync_to_async(fn)(*args)
