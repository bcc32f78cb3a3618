"""What the DAG needs from Airflow 3 (``airflow.sdk``) or Airflow 2.10, in one place.

Imports happen inside the functions, so importing this module never imports Airflow.
"""

from __future__ import annotations

import importlib
from types import SimpleNamespace


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


def fail_without_retry(message: str) -> Exception:
    """Returns an exception that fails the task without its retries (AirflowFailException)."""
    for module in ("airflow.sdk.exceptions", "airflow.exceptions"):
        try:
            cls = importlib.import_module(module).AirflowFailException
        except (ImportError, AttributeError):
            continue
        return cls(message)
    return RuntimeError(message)
