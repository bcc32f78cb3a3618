import json
import subprocess
import sys

import pytest
from conftest import AIRFLOW_DIR
from zoucheng_warehouse import commands, settings


def cfg(**overrides):
    return settings.Settings.from_sources({"home": "/opt/wh", "inbox": "/in", **overrides}, {})


def test_local_mode_runs_bin_warehouse_run_for_the_month():
    assert commands.command_line("2026-10", cfg()) == [
        "/opt/wh/bin/warehouse",
        "run",
        "--input",
        "/in",
        "--period",
        "2026-10",
        "--warehouse",
        "/opt/wh/warehouse",
    ]


def test_spark_submit_mode_submits_the_application_jar_with_the_same_command():
    settings_ = cfg(
        mode="spark-submit",
        spark_master="spark://127.0.0.1:7077",
        warehouse="hdfs://127.0.0.1:9000/zoucheng/warehouse",
        inbox="hdfs://127.0.0.1:9000/zoucheng/inbox/{delivery_month}",
        spark_conf={"spark.sql.shuffle.partitions": "8", "spark.executor.memory": "1g"},
    )
    assert commands.command_line("2026-10", settings_) == [
        "spark-submit",
        "--master",
        "spark://127.0.0.1:7077",
        "--deploy-mode",
        "client",
        "--name",
        "zoucheng-warehouse-run-2026-10",
        "--class",
        "cn.zoucheng.warehouse.cli.WarehouseCli",
        "--conf",
        "spark.executor.memory=1g",
        "--conf",
        "spark.sql.shuffle.partitions=8",
        "/opt/wh/app/target/warehouse-spark-app.jar",
        "run",
        "--input",
        "hdfs://127.0.0.1:9000/zoucheng/inbox/2026-11",
        "--period",
        "2026-10",
        "--warehouse",
        "hdfs://127.0.0.1:9000/zoucheng/warehouse",
    ]


def test_the_run_arguments_are_the_same_in_both_modes():
    local = commands.command_line("2026-12", cfg())
    cluster = commands.command_line("2026-12", cfg(mode="spark-submit"))
    assert local[1:] == cluster[-len(local) + 1 :]


def test_spark_jar_is_the_built_application_jar_under_home_unless_absolute_or_a_url():
    def jar(value):
        argv = commands.command_line("2026-10", cfg(mode="spark-submit", spark_jar=value))
        return argv[argv.index("run") - 1]

    assert settings.DEFAULTS["spark_jar"] == "app/target/warehouse-spark-app.jar"
    assert jar("app/target/warehouse-spark-app.jar") == "/opt/wh/app/target/warehouse-spark-app.jar"
    assert jar("/srv/app.jar") == "/srv/app.jar"
    assert jar("hdfs:///apps/zoucheng/app.jar") == "hdfs:///apps/zoucheng/app.jar"


def test_spark_submit_may_be_a_command_with_arguments():
    argv = commands.command_line(
        "2026-10",
        cfg(
            mode="spark-submit",
            spark_submit="java -cp '/opt/spark home/jars/*' org.apache.spark.deploy.SparkSubmit",
        ),
    )
    assert argv[:5] == [
        "java",
        "-cp",
        "/opt/spark home/jars/*",
        "org.apache.spark.deploy.SparkSubmit",
        "--master",
    ]


def test_inbox_placeholders_name_the_data_month_and_the_delivery_month():
    assert cfg(inbox="/in/{period}").inbox_for("2026-12") == "/in/2026-12"
    assert cfg(inbox="/in/{delivery_month}").inbox_for("2026-12") == "/in/2027-01"
    assert cfg(inbox="/in/{other}").inbox_for("2026-12") == "/in/{other}"


def test_bad_period_is_rejected():
    with pytest.raises(ValueError, match="YYYY-MM"):
        commands.command_line("2026-1", cfg())


def test_warehouse_and_bulletins_default_under_home_and_follow_a_configured_root():
    assert cfg().warehouse == "/opt/wh/warehouse"
    assert cfg().bulletins_folder() == "/opt/wh/warehouse/bulletins"
    assert cfg(warehouse="file:///data/wh").bulletins_folder() == "/data/wh/bulletins"
    assert cfg(warehouse="hdfs:///zoucheng/wh").bulletins_folder() is None
    assert cfg(warehouse="hdfs:///wh", bulletins_dir="/mnt/b").bulletins_folder() == "/mnt/b"


def test_variable_beats_environment_beats_default():
    env = {
        "ZOUCHENG_WAREHOUSE_MODE": "spark-submit",
        "ZOUCHENG_WAREHOUSE_INBOX": "/env/in",
        "ZOUCHENG_WAREHOUSE_SPARK_JAR": "/env/wh.jar",
    }
    resolved = settings.Settings.from_sources({"inbox": "/var/in"}, env)
    assert resolved.mode == "spark-submit"
    assert resolved.inbox == "/var/in"
    assert resolved.spark_jar == "/env/wh.jar"
    assert resolved.outbox == settings.DEFAULTS["outbox"]
    assert resolved.deadline_day == 5


def test_bad_mode_and_bad_spark_conf_are_rejected_without_echoing_the_value():
    with pytest.raises(ValueError, match="mode must be"):
        settings.Settings.from_sources({"mode": "yarn"}, {})
    with pytest.raises(ValueError, match="spark_conf must be a JSON object; got a list") as e:
        settings.Settings.from_sources({}, {"ZOUCHENG_WAREHOUSE_SPARK_CONF": '["s3cr3t"]'})
    assert "s3cr3t" not in str(e.value)


def test_unknown_keys_are_warned_about_not_fatal(caplog):
    resolved = settings.Settings.from_sources({"spark-jar": "/x.jar"}, {})
    assert resolved.spark_jar == settings.DEFAULTS["spark_jar"]
    assert "unknown key(s) ignored: spark-jar" in caplog.text


def test_load_reads_configuration_when_called_not_when_imported():
    calls = []

    def variable():
        calls.append(1)
        return {"mode": "local"}

    assert calls == []
    assert settings.load(variable, env={}).mode == "local"
    assert calls == [1]


def test_printable_masks_sensitive_spark_conf_values():
    argv = commands.command_line(
        "2026-10",
        cfg(
            mode="spark-submit",
            spark_conf={
                "spark.hadoop.fs.s3a.secret.key": "S3CRET",
                "spark.hadoop.fs.s3a.access.key": "AKIA1",
                "spark.executor.memory": "4g",
            },
        ),
    )
    line = commands.printable(argv)
    assert "S3CRET" not in line and "AKIA1" not in line
    assert "spark.hadoop.fs.s3a.secret.key=***" in line
    assert "spark.executor.memory=4g" in line


def test_run_streams_output_and_raises_with_the_code_and_last_line(caplog):
    caplog.set_level("INFO")
    commands.run([sys.executable, "-c", "print('hello from the run')"])
    assert "hello from the run" in caplog.text
    failing = (
        "import sys; print('ingest: 3 files'); print('error: no such folder /in'); sys.exit(3)"
    )
    with pytest.raises(commands.CommandFailed, match="exited with code 3: error: no such folder"):
        commands.run([sys.executable, "-c", failing])


def test_renderer_prints_the_argv_a_task_would_run_as_json():
    # The cluster test renders the command this way and runs it.
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "zoucheng_warehouse.commands",
            "--period",
            "2026-10",
            "--settings",
            json.dumps({"mode": "spark-submit", "home": "/opt/wh", "inbox": "/in"}),
        ],
        cwd=AIRFLOW_DIR,
        env={
            "PYTHONPATH": str(AIRFLOW_DIR / "include"),
            "ZOUCHENG_WAREHOUSE_SPARK_MASTER": "local",
        },
        capture_output=True,
        text=True,
        check=True,
    )
    expected = commands.command_line(
        "2026-10",
        settings.Settings.from_sources(
            {"mode": "spark-submit", "home": "/opt/wh", "inbox": "/in", "spark_master": "local"},
            {},
        ),
    )
    assert json.loads(out.stdout) == expected


def test_renderer_refuses_bad_input_with_exit_code_2():
    out = subprocess.run(
        [sys.executable, "-m", "zoucheng_warehouse.commands", "--period", "2026-13"],
        env={"PYTHONPATH": str(AIRFLOW_DIR / "include")},
        capture_output=True,
        text=True,
    )
    assert out.returncode == 2
    assert "YYYY-MM" in out.stderr
