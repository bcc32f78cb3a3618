"""The alerts, posted to a real HTTP server on 127.0.0.1, with contexts shaped like Airflow's."""

import asyncio
import base64
import hashlib
import hmac
import logging
import socket
import time
from datetime import datetime, timezone
from types import SimpleNamespace
from urllib.parse import parse_qs, quote_plus, urlsplit

import pytest
from webhook_server import RobotServer
from zoucheng_warehouse import alerts, commands, settings, tasks
from zoucheng_warehouse.towns import RECORD_TYPES, TOWNS

KEY = "693a91f6-7x3c-4b1d-9e8f-SECRETKEY0042"
DING_TOKEN = "b2f0c6d1e4a7SECRETTOKEN9f3e2d1c0b"
DING_SECRET = "SECa1b2c3d4e5f6SIGNINGSECRET"
RUN_ID = "scheduled__2026-10-31T22:00:00+00:00"
DAG_ID = "zoucheng_monthly_warehouse"
LOG_URL = f"http://airflow.example:8080/dags/{DAG_ID}/runs/scheduled__2026-10-31/tasks/run"


@pytest.fixture
def robot():
    with RobotServer() as server:
        yield server


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch):
    # The alert honours the worker's proxy variables; loopback must not go through one here.
    for name in ("http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.delenv(name, raising=False)


def config(**values):
    return settings.Settings.from_sources({"home": "/opt/wh", "inbox": "/data/inbox", **values}, {})


def wecom(robot, **values):
    return config(alert_webhook=f"{robot.base}/cgi-bin/webhook/send?key={KEY}", **values)


def task_context(task_id="run", exception=None, log_url=LOG_URL, try_number=3):
    """What Airflow hands an on_failure_callback (the keys the alert reads)."""
    ti = SimpleNamespace(
        dag_id=DAG_ID, task_id=task_id, run_id=RUN_ID, try_number=try_number, log_url=log_url
    )
    return {
        "dag": SimpleNamespace(dag_id=DAG_ID, owner="zoucheng-warehouse"),
        "task": SimpleNamespace(task_id=task_id, owner="zoucheng-warehouse"),
        "ti": ti,
        "task_instance": ti,
        "run_id": RUN_ID,
        "params": {"period": ""},
        "logical_date": datetime(2026, 10, 31, 22, tzinfo=timezone.utc),
        "dag_run": SimpleNamespace(dag_id=DAG_ID, run_id=RUN_ID, conf={}),
        "exception": exception,
    }


RUN_FAILED = "\n".join(
    [
        "【邹城市农村社区治理数据仓库】任务失败",
        "DAG：zoucheng_monthly_warehouse（负责人：zoucheng-warehouse）",
        "月份：2026-10",
        "步骤：run（第 3 次尝试，重试已用完）",
        "原因：CommandFailed: warehouse exited with code 1: error: the warehouse is locked by "
        "worker-2 (pid 4242)",
        f"日志：{LOG_URL}",
        "处理：查看日志末尾 warehouse run 的报错（退出码 1 为运行失败；2 为参数或配置错误，"
        "不自动重试）。修复后清除 run 任务重跑：已入库的文件不会重复计入，未提交的运行不留痕迹。",
    ]
)


def locked_failure():
    argv = ["/opt/wh/bin/warehouse", "run", "--input", "/data/inbox", "--period", "2026-10"]
    return commands.CommandFailed(argv, 1, "error: the warehouse is locked by worker-2 (pid 4242)")


def test_task_failure_posts_the_wecom_text_message(robot):
    cfg = wecom(robot)

    alerts.on_task_failure(task_context(exception=locked_failure()), load=lambda: cfg)

    [request] = robot.robot.received
    assert request.method == "POST"
    assert request.path == f"/cgi-bin/webhook/send?key={KEY}"
    assert request.headers["Content-Type"] == "application/json; charset=utf-8"
    assert request.json() == {"msgtype": "text", "text": {"content": RUN_FAILED}}


def test_dingtalk_robot_gets_the_same_text_and_a_signed_url(robot):
    cfg = config(
        alert_webhook=f"{robot.base}/robot/send?access_token={DING_TOKEN}",
        alert_format="dingtalk",
        alert_secret=DING_SECRET,
    )

    assert alerts.post("【邹城市农村社区治理数据仓库】测试", cfg, timestamp_ms=1796083200000)

    [request] = robot.robot.received
    query = parse_qs(urlsplit(request.path).query)
    digest = hmac.new(
        DING_SECRET.encode(), f"1796083200000\n{DING_SECRET}".encode(), hashlib.sha256
    ).digest()
    assert urlsplit(request.path).path == "/robot/send"
    assert query == {
        "access_token": [DING_TOKEN],
        "timestamp": ["1796083200000"],
        "sign": [base64.b64encode(digest).decode()],
    }
    assert f"sign={quote_plus(base64.b64encode(digest).decode())}" in request.path
    assert request.json() == {
        "msgtype": "text",
        "text": {"content": "【邹城市农村社区治理数据仓库】测试"},
    }


def test_the_format_follows_the_robots_host_unless_configured():
    def fmt(url, **values):
        return alerts.webhook_format(config(alert_webhook=url, **values))

    assert fmt("https://oapi.dingtalk.com/robot/send?access_token=x") == "dingtalk"
    assert fmt("https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=x") == "wecom"
    assert fmt("https://robot.example.cn/hook", alert_format="dingtalk") == "dingtalk"


def test_without_a_task_log_url_the_link_is_built_on_airflow_url(robot):
    cfg = wecom(robot, airflow_url="http://airflow.example:8080/")
    context = task_context(exception=locked_failure(), log_url=None)

    alert = alerts.failure_alert(context, cfg, airflow_major=3)
    assert alert.log_url == (
        f"http://airflow.example:8080/dags/{DAG_ID}/runs/"
        "scheduled__2026-10-31T22%3A00%3A00%2B00%3A00/tasks/run?try_number=3"
    )
    assert alerts.failure_alert(context, cfg, airflow_major=2).log_url == (
        f"http://airflow.example:8080/dags/{DAG_ID}/grid?"
        "dag_run_id=scheduled__2026-10-31T22%3A00%3A00%2B00%3A00&task_id=run&tab=logs"
    )
    assert "日志：（无链接：请在配置中设置 airflow_url）" in (
        alerts.failure_alert(context, wecom(robot), airflow_major=3).text()
    )


def test_each_step_says_what_to_do():
    cfg = config(warehouse="/srv/wh", outbox="/data/outbox")
    sensor = alerts.failure_alert(task_context("wait_for_exports", OSError("denied")), cfg)
    publish = alerts.failure_alert(task_context("publish", FileNotFoundError("none")), cfg)
    assert sensor.action.startswith("检查收件目录 /data/inbox 是否存在")
    assert sensor.detail == "OSError: denied"
    assert publish.action.startswith(
        "确认通报已生成在 /srv/wh/bulletins/2026-10/、发布目录 /data/outbox"
    )


def test_a_run_failure_is_reported_only_when_no_task_reported_it(robot):
    cfg = wecom(robot, airflow_url="http://airflow.example:8080")
    context = {k: v for k, v in task_context().items() if k != "exception"}

    alerts.on_dag_failure({**context, "reason": "task_failure"}, load=lambda: cfg)
    assert robot.robot.received == []

    alerts.on_dag_failure({**context, "reason": "timed_out"}, load=lambda: cfg)
    [request] = robot.robot.received
    assert request.json()["text"]["content"] == "\n".join(
        [
            "【邹城市农村社区治理数据仓库】月度运行失败",
            "DAG：zoucheng_monthly_warehouse（负责人：zoucheng-warehouse）",
            "月份：2026-10",
            f"步骤：整个运行 {RUN_ID}",
            "原因：Airflow 结束了该运行（timed_out）",
            f"日志：http://airflow.example:8080/dags/{DAG_ID}/runs/"
            "scheduled__2026-10-31T22%3A00%3A00%2B00%3A00",
            "处理：在 Airflow 中查看该运行里失败或未执行的任务，"
            "排除原因后清除（Clear）相应任务重跑。",
        ]
    )


def deliver_all_but(folder, *lacking):
    folder.mkdir(parents=True, exist_ok=True)
    for town in TOWNS:
        for record_type in RECORD_TYPES:
            if (town.name, record_type) not in lacking and town.name not in lacking:
                (folder / f"{town.name}_2026-10_{record_type}.csv").write_text("x", "utf-8")


def test_the_sensor_posts_the_cut_off_alert_naming_who_is_missing(robot, tmp_path):
    deliver_all_but(tmp_path / "inbox", "看庄镇", ("钢山街道", "petitions"))
    cfg = wecom(robot, inbox=str(tmp_path / "inbox"))
    context = {**task_context("wait_for_exports", log_url=LOG_URL), "params": {"period": "2026-10"}}
    after_cutoff = datetime(2026, 11, 5, 16, 30, tzinfo=timezone.utc)  # 00:30 on the 6th

    assert tasks.exports_ready(context, lambda: cfg, now=after_cutoff)

    [request] = robot.robot.received
    assert request.json() == {
        "msgtype": "text",
        "text": {
            "content": "\n".join(
                [
                    "【邹城市农村社区治理数据仓库】报送截止，仍有镇街未报送完整",
                    "DAG：zoucheng_monthly_warehouse（负责人：zoucheng-warehouse）",
                    "月份：2026-10",
                    "步骤：wait_for_exports",
                    "情况：报送截止时间 2026年11月5日24时 已过，14/16 个镇街报送完整；"
                    "未报送完整：钢山街道（缺 1/8 类），看庄镇（缺 8/8 类）",
                    f"日志：{LOG_URL}",
                    "处理：运行继续，本月通报将标注未报送的镇街。请督促上述镇街尽快报送；"
                    "补报后重新运行本月：bin/warehouse airflow trigger --period 2026-10 --new",
                ]
            )
        },
    }


def deadline_kwargs(period_conf=None):
    """What Airflow 3.1's triggerer passes a DeadlineAlert's AsyncCallback."""
    return {
        "context": {
            "dag_run": {
                "dag_id": DAG_ID,
                "dag_run_id": RUN_ID,
                "logical_date": "2026-10-31T22:00:00Z",
                "queued_at": "2026-10-31T22:00:03.251000Z",
                "run_after": "2026-10-31T22:00:00Z",
                "state": "running",
                "conf": period_conf or {},
            },
            "deadline": {"id": "01990f8e-deadline", "deadline_time": "2026-11-05T22:00:03Z"},
        }
    }


DEADLINE_TEXT = "\n".join(
    [
        "【邹城市农村社区治理数据仓库】月度运行超过截止时间仍未完成",
        "DAG：zoucheng_monthly_warehouse（负责人：zoucheng-warehouse）",
        "月份：2026-10",
        f"步骤：整个运行 {RUN_ID}（状态 running）",
        "情况：报送截止 2026年11月5日24时；"
        "该运行 2026-11-01 06:00 排队，至 2026-11-06 06:00 仍未结束。",
        f"日志：http://airflow.example:8080/dags/{DAG_ID}/runs/"
        "scheduled__2026-10-31T22%3A00%3A00%2B00%3A00",
        "处理：在 Airflow 中查看该运行：wait_for_exports 仍在等待或任务一直排队时，"
        "检查调度器、worker 与资源池；run 正在运行时看其日志，"
        "超时（4 小时）会重试，失败会另行告警。",
    ]
)


def test_the_deadline_alert_reports_the_unfinished_run(robot):
    cfg = wecom(robot, airflow_url="http://airflow.example:8080")
    at_deadline = datetime(2026, 11, 5, 22, 1, tzinfo=timezone.utc)

    assert alerts.deadline_missed(deadline_kwargs(), load=lambda: cfg, now=at_deadline)

    [request] = robot.robot.received
    assert request.json() == {"msgtype": "text", "text": {"content": DEADLINE_TEXT}}


def test_the_deadline_alert_stays_silent_before_a_later_configured_cut_off(robot):
    cfg = wecom(robot, deadline_day=10)
    at_deadline = datetime(2026, 11, 5, 22, 1, tzinfo=timezone.utc)

    assert not alerts.deadline_missed(deadline_kwargs(), load=lambda: cfg, now=at_deadline)
    assert robot.robot.received == []


def test_the_async_deadline_callback_reads_the_environment_and_posts(robot, monkeypatch):
    # The entry point Airflow's triggerer awaits; without Airflow, settings come from the env.
    monkeypatch.setenv(
        "ZOUCHENG_WAREHOUSE_ALERT_WEBHOOK", f"{robot.base}/cgi-bin/webhook/send?key={KEY}"
    )
    monkeypatch.setenv("ZOUCHENG_WAREHOUSE_AIRFLOW_URL", "http://airflow.example:8080")

    asyncio.run(alerts.on_deadline_missed(**deadline_kwargs()))

    [request] = robot.robot.received
    assert request.json()["text"]["content"] == DEADLINE_TEXT


def test_messages_stay_under_wecoms_limit():
    huge = RuntimeError("错误" * 5000)
    text = alerts.failure_alert(task_context(exception=huge), config()).text()
    assert len(text.encode("utf-8")) <= alerts.MAX_CONTENT_BYTES
    assert alerts.truncate_utf8("邹城" * 10, 10) == "邹城…"


# --- never failing a task, never logging a secret ---------------------------------------------


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.mark.parametrize(
    "behaviour, logged",
    [
        ({"status": 500, "answer": f"upstream said: bad key={KEY}".encode()}, "HTTP 500"),
        ({"answer": f'{{"errcode":93000,"errmsg":"invalid webhook url {KEY}"}}'.encode()}, "93000"),
        ({"status": 302, "answer": b""}, "HTTP 302"),
    ],
)
def test_a_refusal_is_logged_with_the_secret_masked(robot, caplog, capfd, behaviour, logged):
    caplog.set_level(logging.DEBUG)
    for name, value in behaviour.items():
        setattr(robot.robot, name, value)

    assert alerts.post("告警", wecom(robot)) is False

    assert f"alert refused by {robot.base}/***: " in caplog.text
    assert logged in caplog.text
    assert_nowhere(KEY, caplog, capfd)


def test_an_unreachable_robot_is_logged_not_raised(caplog, capfd):
    caplog.set_level(logging.DEBUG)
    cfg = config(alert_webhook=f"http://127.0.0.1:{closed_port()}/send?key={KEY}")

    alerts.on_task_failure(task_context(exception=locked_failure()), load=lambda: cfg)

    assert "alert not posted to http://127.0.0.1:" in caplog.text
    assert "ConnectionRefusedError" in caplog.text or "URLError" in caplog.text
    assert "任务失败" in caplog.text  # the message itself is kept in the log
    assert_nowhere(KEY, caplog, capfd)


def test_a_robot_that_does_not_answer_times_out_quickly(robot, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    robot.robot.stall = True
    started = time.monotonic()

    assert alerts.post("告警", wecom(robot, alert_timeout_seconds=0.5)) is False

    assert time.monotonic() - started < 5
    assert "timed out" in caplog.text
    assert_nowhere(KEY, caplog, capfd)


@pytest.mark.parametrize(
    "webhook, logged",
    [
        # urllib puts the URL itself in this exception's message: it must come out masked.
        ("http://127.0.0.1:9/cgi-bin/webhook/send?key={key} 群机器人", "InvalidURL"),
        ("htp://robot.example/send?key={key}", "URLError"),
    ],
)
def test_a_malformed_webhook_is_logged_without_its_token(caplog, capfd, webhook, logged):
    caplog.set_level(logging.DEBUG)
    cfg = config(alert_webhook=webhook.format(key=KEY))

    assert alerts.post("告警", cfg) is False

    assert f"alert not posted to {alerts.public_url(cfg.alert_webhook)}: {logged}" in caplog.text
    assert_nowhere(KEY, caplog, capfd)


def test_dingtalk_secret_and_signature_are_never_logged(robot, caplog, capfd):
    caplog.set_level(logging.DEBUG)
    robot.robot.answer = b'{"errcode":310000,"errmsg":"sign not match"}'
    cfg = config(
        alert_webhook=f"{robot.base}/robot/send?access_token={DING_TOKEN}",
        alert_format="dingtalk",
        alert_secret=DING_SECRET,
    )

    assert alerts.post("告警", cfg, timestamp_ms=1796083200000) is False

    [request] = robot.robot.received
    sign = parse_qs(urlsplit(request.path).query)["sign"][0]
    assert "errcode 310000: sign not match" in caplog.text
    for secret in (DING_TOKEN, DING_SECRET, sign, quote_plus(sign)):
        assert_nowhere(secret, caplog, capfd)


def test_a_broken_configuration_does_not_fail_the_callback(caplog):
    def broken():
        raise ValueError("zoucheng_warehouse.mode must be 'local' or 'spark-submit'; got 'x'")

    alerts.on_task_failure(task_context(exception=locked_failure()), load=broken)
    alerts.on_dag_failure({"reason": "timed_out"}, load=broken)
    assert "task failure alert not posted: ValueError: zoucheng_warehouse.mode" in caplog.text


def test_no_webhook_configured_logs_the_message(caplog):
    assert alerts.post("【邹城市农村社区治理数据仓库】测试", config()) is False
    assert "no alert_webhook configured: alert not posted" in caplog.text
    assert "测试" in caplog.text


def test_a_bad_alert_setting_falls_back_to_its_default_and_does_not_stop_the_run(caplog):
    cfg = config(alert_format="feishu", alert_timeout_seconds="soon")
    assert (cfg.alert_format, cfg.alert_timeout_seconds) == ("auto", 5.0)
    assert "alert_format must be auto, wecom or dingtalk; got 'feishu': using auto" in caplog.text
    assert "alert_timeout_seconds must be a number of seconds in (0, 60]: using 5" in caplog.text


def test_settings_never_show_the_webhook_or_secret():
    cfg = config(alert_webhook=f"https://qyapi.weixin.qq.com/x?key={KEY}", alert_secret=DING_SECRET)
    assert KEY not in repr(cfg) and DING_SECRET not in repr(cfg)


def test_redactor_masks_the_url_its_query_values_and_long_path_tokens():
    url = f"https://open.example.cn/open-apis/bot/v2/hook/{DING_TOKEN}?key={KEY}"
    redactor = alerts.Redactor(url)
    text = f"posting to {url}; token {DING_TOKEN}; key {quote_plus(KEY)}"
    assert redactor.redact(text) == "posting to ***; token ***; key ***"


def assert_nowhere(secret, caplog, capfd):
    out, err = capfd.readouterr()
    assert secret not in caplog.text
    for record in caplog.records:
        assert secret not in record.getMessage()
    assert secret not in out and secret not in err


def test_a_webhook_urllib_cannot_parse_is_logged_not_raised(caplog, capfd):
    cfg = config(alert_webhook=f"http://robot.example:99999/send?key={KEY}")
    assert alerts.post("告警", cfg) is False
    assert "alert not posted to <alert_webhook>/***" in caplog.text
    assert_nowhere(KEY, caplog, capfd)
