"""What a run's Airflow context says: its month, DAG, run and task, and the link to its log.

The context is the dict Airflow hands to task callables and callbacks (``params``,
``logical_date``, ``dag_run``, ``ti``, ``exception``, ...); a Deadline Alert callback gets a
smaller one whose ``dag_run`` is the REST API's JSON of the run. Everything here reads either
shape and tolerates missing keys, since a callback must never fail on a context it didn't expect.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any
from urllib.parse import quote, urlencode

from . import periods


def period_of(context: Mapping[str, Any], now: datetime | None = None) -> str:
    """Returns the month a run works on: its param or conf ``period``, else its logical date."""
    params = context.get("params") or {}
    requested = params.get("period") or field_of(context.get("dag_run"), "conf", {}).get("period")
    logical_date = as_datetime(context.get("logical_date"))
    if logical_date is None:
        dag_run = context.get("dag_run")
        logical_date = as_datetime(field_of(dag_run, "logical_date")) or as_datetime(
            field_of(dag_run, "run_after")
        )
    return periods.resolve_period(requested, logical_date, now or datetime.now(timezone.utc))


def dag_id_of(context: Mapping[str, Any]) -> str:
    """Returns the DAG's id from the context, or ``?``."""
    for value in (
        field_of(context.get("dag"), "dag_id"),
        field_of(context.get("dag_run"), "dag_id"),
        field_of(_ti(context), "dag_id"),
    ):
        if value:
            return str(value)
    return "?"


def run_id_of(context: Mapping[str, Any]) -> str:
    """Returns the DAG run's id from the context, or an empty string."""
    for value in (
        context.get("run_id"),
        field_of(context.get("dag_run"), "run_id"),
        field_of(context.get("dag_run"), "dag_run_id"),
        field_of(_ti(context), "run_id"),
    ):
        if value:
            return str(value)
    return ""


def task_id_of(context: Mapping[str, Any]) -> str:
    """Returns the task's id from the context, or an empty string."""
    return str(field_of(_ti(context), "task_id") or field_of(context.get("task"), "task_id") or "")


def try_number_of(context: Mapping[str, Any]) -> int | None:
    """Returns the attempt number of the task instance, if the context has one."""
    value = field_of(_ti(context), "try_number")
    return value if isinstance(value, int) else None


def log_link(context: Mapping[str, Any], base_url: str, airflow_major: int | None) -> str:
    """Returns the task instance's log URL, else a UI link built on ``base_url``, else ``""``.

    Built links follow the UI of the Airflow in use: Airflow 2's grid (``?dag_run_id=…``) or
    Airflow 3's ``/dags/<dag>/runs/<run>[/tasks/<task>]``.
    """
    ti = _ti(context)
    try:
        url = getattr(ti, "log_url", None) if ti is not None else None
    except Exception:  # a property that needs a database session it hasn't got
        url = None
    if isinstance(url, str) and url.startswith(("http://", "https://")):
        return url
    if not base_url:
        return ""
    dag_id, run_id, task_id = dag_id_of(context), run_id_of(context), task_id_of(context)
    if airflow_major == 2:
        query = {"dag_run_id": run_id} | ({"task_id": task_id, "tab": "logs"} if task_id else {})
        return f"{base_url}/dags/{quote(dag_id, safe='')}/grid?{urlencode(query)}"
    link = f"{base_url}/dags/{quote(dag_id, safe='')}/runs/{quote(run_id, safe='')}"
    if task_id:
        link += f"/tasks/{quote(task_id, safe='')}"
        try_number = try_number_of(context)
        if try_number:
            link += f"?try_number={try_number}"
    return link


def _ti(context: Mapping[str, Any]) -> Any:
    return context.get("ti") or context.get("task_instance")


def field_of(obj: Any, name: str, default: Any = None) -> Any:
    """Reads ``name`` from a mapping (REST JSON) or an object (Airflow model), else ``default``."""
    if obj is None:
        return default
    if isinstance(obj, Mapping):
        value = obj.get(name, default)
    else:
        try:
            value = getattr(obj, name, default)
        except Exception:
            value = default
    return default if value is None else value


def as_datetime(value: Any) -> datetime | None:
    """Returns ``value`` as a datetime (it may be one, or ISO text as in REST JSON), else None."""
    if isinstance(value, datetime):
        return value
    if isinstance(value, str) and value:
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00"))
        except ValueError:
            return None
    return None
