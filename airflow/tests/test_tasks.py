import sys
import types
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest
from zoucheng_warehouse import commands, settings, tasks
from zoucheng_warehouse.towns import RECORD_TYPES, TOWNS


def loader(tmp_path, **extra):
    cfg = settings.Settings.from_sources(
        {"inbox": str(tmp_path / "inbox"), "home": "/opt/wh", **extra}, {}
    )
    return lambda: cfg


class Notices:
    def __init__(self):
        self.calls = []

    def __call__(self, context, period, found, due, cfg):
        self.calls.append((period, sorted(found.missing()), due))
        return True


def test_period_comes_from_param_then_logical_date_then_run_after():
    logical = datetime(2026, 11, 1, 6, tzinfo=timezone.utc)
    assert tasks.period_of({"params": {"period": "2026-05"}, "logical_date": logical}) == "2026-05"
    assert tasks.period_of({"params": {"period": ""}, "logical_date": logical}) == "2026-10"
    run = SimpleNamespace(run_after=datetime(2027, 1, 2, tzinfo=timezone.utc))
    assert tasks.period_of({"params": {}, "logical_date": None, "dag_run": run}) == "2026-12"


def test_sensor_waits_before_the_deadline_and_goes_on_after_it_with_a_notice(tmp_path):
    context = {"params": {"period": "2026-10"}}
    before = datetime(2026, 11, 5, 15, 59, tzinfo=timezone.utc)  # 23:59 on the 5th in Zoucheng
    after = datetime(2026, 11, 5, 16, 0, tzinfo=timezone.utc)
    notices = Notices()
    assert not tasks.exports_ready(context, loader(tmp_path), now=before, notify=notices)
    assert notices.calls == []
    assert tasks.exports_ready(context, loader(tmp_path), now=after, notify=notices)
    [(period, missing, due)] = notices.calls
    assert period == "2026-10"
    assert len(missing) == 16
    assert due.isoformat() == "2026-11-06T00:00:00+08:00"


def test_sensor_succeeds_early_and_silently_when_all_exports_are_in(tmp_path):
    inbox = tmp_path / "inbox" / "2026-11"
    inbox.mkdir(parents=True)
    for town in TOWNS:
        for record_type in RECORD_TYPES:
            (inbox / f"{town.name}_2026-10_{record_type}.csv").write_text("x", encoding="utf-8")
    notices = Notices()
    late = datetime(2026, 11, 9, tzinfo=timezone.utc)
    cfg = loader(tmp_path, inbox=str(tmp_path / "inbox" / "{delivery_month}"))
    assert tasks.exports_ready({"params": {"period": "2026-10"}}, cfg, now=late, notify=notices)
    assert notices.calls == []


def test_deadline_day_from_configuration_is_used(tmp_path):
    context = {"params": {"period": "2026-10"}}
    on_the_8th = datetime(2026, 11, 8, tzinfo=timezone.utc)
    assert not tasks.exports_ready(
        context, loader(tmp_path, deadline_day=10), now=on_the_8th, notify=Notices()
    )


def test_run_builds_the_command_at_run_time_in_the_configured_mode(tmp_path):
    ran = []
    argv = tasks.run_pipeline(
        {"params": {"period": "2026-10"}},
        loader(tmp_path, mode="spark-submit"),
        runner=lambda a, timeout_seconds=None: ran.append(a),
    )
    assert ran == [argv]
    assert argv[0] == "spark-submit"
    assert argv[-7:] == [
        "run",
        "--input",
        str(tmp_path / "inbox"),
        "--period",
        "2026-10",
        "--warehouse",
        "/opt/wh/warehouse",
    ]


def failing(code):
    def runner(argv, timeout_seconds=None):
        raise commands.CommandFailed(argv, code, "error: bad option")

    return runner


def test_a_failed_run_is_raised_for_airflow_to_retry(tmp_path):
    with pytest.raises(commands.CommandFailed, match="exited with code 1"):
        tasks.run_pipeline({"params": {"period": "2026-10"}}, loader(tmp_path), failing(1))


def test_a_usage_error_fails_without_retries(tmp_path, monkeypatch):
    class AirflowFailException(Exception):
        pass

    exceptions = types.ModuleType("airflow.exceptions")
    exceptions.AirflowFailException = AirflowFailException
    monkeypatch.setitem(sys.modules, "airflow", types.ModuleType("airflow"))
    monkeypatch.setitem(sys.modules, "airflow.exceptions", exceptions)
    with pytest.raises(AirflowFailException, match="exited with code 2: error: bad option"):
        tasks.run_pipeline({"params": {"period": "2026-10"}}, loader(tmp_path), failing(2))


def test_publish_of_a_remote_warehouse_without_bulletins_dir_says_what_to_set(tmp_path):
    with pytest.raises(FileNotFoundError, match=r"not a local folder.*set bulletins_dir"):
        tasks.publish_step(
            {"params": {"period": "2026-10"}}, loader(tmp_path, warehouse="hdfs:///zoucheng/wh")
        )


def test_publish_copies_from_the_warehouse_bulletins(tmp_path):
    month = tmp_path / "wh" / "bulletins" / "2026-10"
    month.mkdir(parents=True)
    (month / "city-bulletin_2026-10.pdf").write_bytes(b"%PDF")
    published = tasks.publish_step(
        {"params": {"period": "2026-10"}},
        loader(tmp_path, warehouse=str(tmp_path / "wh"), outbox=str(tmp_path / "out")),
    )
    assert published == [str(tmp_path / "out" / "2026-10" / "city-bulletin_2026-10.pdf")]
