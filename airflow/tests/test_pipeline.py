"""Task order and parameters of the monthly DAG, checked without Airflow.

The graph is data in ``zoucheng_warehouse.pipeline``; the DAG file is loaded here against a small
stand-in for the Airflow API, which records what the file builds, so the wiring is tested too.
"""

import ast
import importlib.util
import inspect
import sys
import types
from datetime import datetime, timedelta

import pytest
from conftest import AIRFLOW_DIR
from zoucheng_warehouse import alerts, periods, pipeline, tasks

DAG_FILE = AIRFLOW_DIR / "dags" / "zoucheng_monthly.py"


def test_tasks_run_in_the_monthly_order():
    assert pipeline.topological_order() == ["wait_for_exports", "run", "publish"]
    assert [t.upstream for t in pipeline.TASKS] == [(), ("wait_for_exports",), ("run",)]
    assert [t.kind for t in pipeline.TASKS] == [pipeline.SENSOR, pipeline.COMMAND, pipeline.PUBLISH]


def test_every_task_has_retries_and_an_execution_timeout():
    for spec in pipeline.TASKS:
        assert spec.retries >= 1, spec.task_id
        assert timedelta(0) < spec.execution_timeout <= timedelta(hours=4), spec.task_id


def test_run_runs_even_when_the_sensor_gives_up():
    assert pipeline.task("wait_for_exports").kind == pipeline.SENSOR
    assert pipeline.task("run").trigger_rule == "none_failed"


@pytest.mark.parametrize("period", ["2026-01", "2026-02", "2026-10", "2026-12"])
def test_deadline_alert_falls_due_the_grace_after_the_default_cut_off(period):
    # A scheduled run is queued at 06:00 on the 1st of the month after its period.
    queued = datetime.combine(periods.next_month_start(period), datetime.min.time()).replace(
        hour=6, tzinfo=periods.ZONE
    )
    due = queued + pipeline.DEADLINE_AFTER_QUEUED
    assert due == periods.deadline(period) + pipeline.DEADLINE_GRACE
    assert due.isoformat().endswith("06:00:00+08:00")


def test_sensor_timeout_outlasts_the_latest_cut_off_a_deadline_day_can_set():
    queued = datetime(2026, 2, 1, 6, tzinfo=periods.ZONE)
    assert queued + pipeline.SENSOR_TIMEOUT > periods.deadline("2026-01", deadline_day=28)


def test_dag_file_imports_no_airflow_models_and_reads_no_variables():
    tree = ast.parse(DAG_FILE.read_text(encoding="utf-8"))
    names = [ast.unparse(n) for n in ast.walk(tree) if isinstance(n, (ast.Import, ast.ImportFrom))]
    assert not [n for n in names if "Variable" in n or "Connection" in n]


def test_include_helpers_do_not_import_airflow_at_module_level():
    for path in (AIRFLOW_DIR / "include" / "zoucheng_warehouse").glob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in tree.body:
            if isinstance(node, (ast.Import, ast.ImportFrom)):
                assert "airflow" not in ast.unparse(node), f"{path.name}: {ast.unparse(node)}"


# --- a stand-in for the few Airflow classes the DAG file uses --------------------------------


class FakeOperator:
    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.task_id = kwargs["task_id"]
        self.upstream = []
        FakeDAG.current.tasks[self.task_id] = self

    def __rshift__(self, other):
        other.upstream.append(self.task_id)
        return other


class FakeDAG:
    current = None

    def __init__(self, **kwargs):
        self.kwargs = kwargs
        self.tasks = {}

    def __enter__(self):
        FakeDAG.current = self
        return self

    def __exit__(self, *exc):
        FakeDAG.current = None


class FakeDAG31(FakeDAG):
    """Airflow 3.1's DAG takes a deadline."""

    def __init__(self, deadline=None, **kwargs):
        super().__init__(deadline=deadline, **kwargs)


class FakeDeadlineAlert:
    def __init__(self, reference, interval, callback):
        self.reference, self.interval, self.callback = reference, interval, callback


class FakeAsyncCallback:
    def __init__(self, callback_callable, kwargs=None):
        assert inspect.iscoroutinefunction(callback_callable), "AsyncCallback needs a coroutine"
        self.callback_callable = callback_callable


class FakeVariable:
    @staticmethod
    def get(*args, **kwargs):
        raise AssertionError("the DAG file read a Variable while being parsed")


def module(name, **attrs):
    m = types.ModuleType(name)
    m.__dict__.update(attrs)
    return m


def load_dag(monkeypatch, **sdk):
    fakes = {
        "airflow": module("airflow", __path__=[]),
        "airflow.sdk": module(
            "airflow.sdk",
            **{
                "DAG": FakeDAG,
                "Param": lambda default, **kw: (default, kw),
                "Variable": FakeVariable,
                **sdk,
            },
        ),
        "airflow.providers": module("airflow.providers", __path__=[]),
        "airflow.providers.standard": module("airflow.providers.standard", __path__=[]),
        "airflow.providers.standard.operators": module("x", __path__=[]),
        "airflow.providers.standard.operators.python": module("x", PythonOperator=FakeOperator),
        "airflow.providers.standard.sensors": module("x", __path__=[]),
        "airflow.providers.standard.sensors.python": module("x", PythonSensor=FakeOperator),
        "airflow.timetables": module("airflow.timetables", __path__=[]),
        "airflow.timetables.trigger": module(
            "x", CronTriggerTimetable=lambda cron, timezone: ("cron", cron, timezone)
        ),
    }
    for name, fake in fakes.items():
        monkeypatch.setitem(sys.modules, name, fake)
    spec = importlib.util.spec_from_file_location("zoucheng_monthly_under_test", DAG_FILE)
    dag_module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(dag_module)
    return dag_module.dag


@pytest.fixture
def loaded_dag(monkeypatch):
    return load_dag(monkeypatch)


def test_dag_file_builds_the_declared_graph(loaded_dag):
    assert loaded_dag.kwargs["dag_id"] == "zoucheng_monthly_warehouse"
    assert loaded_dag.kwargs["tags"] == ["zoucheng", "warehouse", "monthly"]
    assert loaded_dag.kwargs["catchup"] is False
    assert loaded_dag.kwargs["schedule"] == ("cron", "0 6 1 * *", "Asia/Shanghai")
    assert loaded_dag.kwargs["default_args"]["retries"] >= 1
    assert list(loaded_dag.tasks) == pipeline.topological_order()
    for spec in pipeline.TASKS:
        built = loaded_dag.tasks[spec.task_id]
        assert built.upstream == list(spec.upstream)
        assert built.kwargs["retries"] == spec.retries
        assert built.kwargs["execution_timeout"] == spec.execution_timeout
        assert built.kwargs["trigger_rule"] == spec.trigger_rule


def test_period_param_defaults_to_empty_and_accepts_only_months(loaded_dag):
    import re

    default, schema = loaded_dag.kwargs["params"]["period"]
    assert default == ""
    assert re.match(schema["pattern"], "2026-10")
    assert re.match(schema["pattern"], "")
    assert not re.match(schema["pattern"], "2026-13")


def test_sensor_reschedules_and_soft_fails(loaded_dag):
    sensor = loaded_dag.tasks["wait_for_exports"].kwargs
    assert sensor["mode"] == "reschedule"
    assert sensor["soft_fail"] is True
    assert sensor["timeout"] == pipeline.SENSOR_TIMEOUT.total_seconds()


def test_tasks_call_the_sensor_the_run_and_publish(loaded_dag):
    assert loaded_dag.tasks["wait_for_exports"].kwargs["python_callable"] is (
        tasks.exports_ready_callable
    )
    assert loaded_dag.tasks["run"].kwargs["python_callable"] is tasks.run_callable
    assert loaded_dag.tasks["publish"].kwargs["python_callable"] is tasks.publish_callable
    assert "op_kwargs" not in loaded_dag.tasks["run"].kwargs


def test_every_task_alerts_on_failure_and_the_dag_on_a_run_failure(loaded_dag):
    assert loaded_dag.kwargs["default_args"]["on_failure_callback"] is alerts.on_task_failure
    assert loaded_dag.kwargs["on_failure_callback"] is alerts.on_dag_failure


def test_without_deadline_alerts_the_dag_has_no_deadline(loaded_dag):
    # Airflow 2.10 / 3.0: the exports sensor's cut-off alert is the deadline alert.
    assert "deadline" not in loaded_dag.kwargs


def test_on_airflow_3_1_the_dag_has_a_deadline_alert_run_by_the_triggerer(monkeypatch):
    reference = types.SimpleNamespace(DAGRUN_QUEUED_AT="queued-at", DAGRUN_LOGICAL_DATE="logical")
    dag = load_dag(
        monkeypatch,
        DAG=FakeDAG31,
        DeadlineAlert=FakeDeadlineAlert,
        DeadlineReference=reference,
        AsyncCallback=FakeAsyncCallback,
    )
    deadline = dag.kwargs["deadline"]
    assert deadline.reference == "queued-at"
    assert deadline.interval == pipeline.DEADLINE_AFTER_QUEUED == timedelta(days=5)
    assert deadline.callback.callback_callable is alerts.on_deadline_missed
