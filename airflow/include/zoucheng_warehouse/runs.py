"""What a run's Airflow context says: its month.

The context is the dict Airflow hands to task callables (``params``, ``logical_date``,
``dag_run``, ...); ``dag_run`` may be a model object or the REST API's JSON of the run.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, timezone
from typing import Any

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
