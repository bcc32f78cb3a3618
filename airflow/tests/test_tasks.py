from datetime import datetime, timezone
from types import SimpleNamespace

from zoucheng_warehouse import settings, tasks
from zoucheng_warehouse.towns import RECORD_TYPES, TOWNS


def loader(tmp_path, **extra):
    cfg = settings.Settings.from_sources(
        {"inbox": str(tmp_path / "inbox"), "home": "/opt/wh", **extra}, {}
    )
    return lambda: cfg


def test_period_comes_from_param_then_logical_date_then_run_after():
    logical = datetime(2026, 11, 1, 6, tzinfo=timezone.utc)
    assert tasks.period_of({"params": {"period": "2026-05"}, "logical_date": logical}) == "2026-05"
    assert tasks.period_of({"params": {"period": ""}, "logical_date": logical}) == "2026-10"
    run = SimpleNamespace(run_after=datetime(2027, 1, 2, tzinfo=timezone.utc))
    assert tasks.period_of({"params": {}, "logical_date": None, "dag_run": run}) == "2026-12"


def test_sensor_waits_before_the_deadline_and_goes_on_after_it(tmp_path):
    context = {"params": {"period": "2026-10"}}
    before = datetime(2026, 11, 5, 15, 59, tzinfo=timezone.utc)  # 23:59 on the 5th in Zoucheng
    after = datetime(2026, 11, 5, 16, 0, tzinfo=timezone.utc)
    assert not tasks.exports_ready(context, loader(tmp_path), now=before)
    assert tasks.exports_ready(context, loader(tmp_path), now=after)


def test_sensor_succeeds_early_when_all_exports_are_in(tmp_path):
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for town in TOWNS:
        for record_type in RECORD_TYPES:
            (inbox / f"{town.name}_2026-10_{record_type}.csv").write_text("x", encoding="utf-8")
    early = datetime(2026, 11, 1, tzinfo=timezone.utc)
    assert tasks.exports_ready({"params": {"period": "2026-10"}}, loader(tmp_path), now=early)


def test_deadline_day_from_configuration_is_used(tmp_path):
    context = {"params": {"period": "2026-10"}}
    on_the_8th = datetime(2026, 11, 8, tzinfo=timezone.utc)
    assert not tasks.exports_ready(context, loader(tmp_path, deadline_day=10), now=on_the_8th)


def test_run_step_builds_the_command_at_run_time_in_the_configured_mode(tmp_path):
    ran = []
    argv = tasks.run_step(
        "metrics",
        {"params": {"period": "2026-10"}},
        loader(tmp_path, mode="spark-submit", spark_jar="/wh.jar"),
        runner=lambda a, timeout_seconds=None: ran.append(a),
    )
    assert ran == [argv]
    assert argv[0] == "spark-submit"
    assert argv[-3:] == ["metrics", "--period", "2026-10"]
