import sys

import pytest
from zoucheng_warehouse import commands, settings


def local(**overrides):
    return settings.Settings.from_sources({"home": "/opt/wh", "inbox": "/in", **overrides}, {})


def test_local_mode_runs_bin_warehouse_under_home():
    cfg = local()
    assert commands.command_line("ingest", "2026-10", cfg) == [
        "/opt/wh/bin/warehouse",
        "ingest",
        "--input",
        "/in",
    ]
    assert commands.command_line("metrics", "2026-10", cfg) == [
        "/opt/wh/bin/warehouse",
        "metrics",
        "--period",
        "2026-10",
    ]
    assert commands.command_line("bulletins", "2026-10", cfg) == [
        "/opt/wh/bin/warehouse",
        "bulletin",
        "--period",
        "2026-10",
    ]


def test_spark_submit_mode_wraps_the_same_subcommand():
    cfg = local(
        mode="spark-submit",
        spark_master="yarn",
        spark_jar="hdfs:///apps/warehouse.jar",
        spark_main_class="cn.example.Main",
        spark_conf={"spark.executor.memory": "4g"},
    )
    assert commands.command_line("metrics", "2026-10", cfg) == [
        "spark-submit",
        "--master",
        "yarn",
        "--deploy-mode",
        "client",
        "--name",
        "zoucheng-warehouse-metrics-2026-10",
        "--class",
        "cn.example.Main",
        "--conf",
        "spark.executor.memory=4g",
        "hdfs:///apps/warehouse.jar",
        "metrics",
        "--period",
        "2026-10",
    ]


def test_spark_submit_without_jar_says_which_key_to_set():
    with pytest.raises(ValueError, match="ZOUCHENG_WAREHOUSE_SPARK_JAR"):
        commands.command_line("ingest", "2026-10", local(mode="spark-submit"))


def test_unknown_step_and_bad_period_are_rejected():
    with pytest.raises(ValueError, match="unknown step"):
        commands.command_line("render", "2026-10", local())
    with pytest.raises(ValueError, match="YYYY-MM"):
        commands.command_line("metrics", "2026-1", local())


def test_variable_beats_environment_beats_default():
    env = {
        "ZOUCHENG_WAREHOUSE_MODE": "spark-submit",
        "ZOUCHENG_WAREHOUSE_INBOX": "/env/in",
        "ZOUCHENG_WAREHOUSE_SPARK_JAR": "/env/wh.jar",
    }
    cfg = settings.Settings.from_sources({"inbox": "/var/in"}, env)
    assert cfg.mode == "spark-submit"
    assert cfg.inbox == "/var/in"
    assert cfg.spark_jar == "/env/wh.jar"
    assert cfg.outbox == settings.DEFAULTS["outbox"]
    assert cfg.deadline_day == 5


def test_bad_mode_and_bad_spark_conf_are_rejected():
    with pytest.raises(ValueError, match="mode must be"):
        settings.Settings.from_sources({"mode": "yarn"}, {})
    with pytest.raises(ValueError, match="spark_conf must be a JSON object"):
        settings.Settings.from_sources({}, {"ZOUCHENG_WAREHOUSE_SPARK_CONF": "[1]"})


def test_load_reads_configuration_when_called_not_when_imported():
    calls = []

    def variable():
        calls.append(1)
        return {"mode": "local"}

    assert calls == []
    assert settings.load(variable, env={}).mode == "local"
    assert calls == [1]


def test_run_streams_output_and_raises_on_failure(caplog):
    caplog.set_level("INFO")
    commands.run([sys.executable, "-c", "print('hello from the step')"])
    assert "hello from the step" in caplog.text
    with pytest.raises(RuntimeError, match="exited with code 3"):
        commands.run([sys.executable, "-c", "import sys; sys.exit(3)"])
