"""Alerts of the monthly DAG: a short Chinese message to a WeCom or DingTalk group robot.

Four occasions, each saying who (DAG and owner), which month, which step, the log link and what
to do:

- :func:`on_task_failure`, every task's ``on_failure_callback``: a task failed, its retries used.
- :func:`on_dag_failure`, the DAG's ``on_failure_callback``: a run failed without a task saying
  so (e.g. a run timeout); a task failure has already been reported by the task's callback.
- :func:`notify_cutoff`, from the exports sensor: the cut-off passed with exports missing.
- :func:`on_deadline_missed`, Airflow 3.1+ Deadline Alert (run by the triggerer): the run had not
  finished by the cut-off plus the grace.

The webhook URL holds the robot's token, and DingTalk's signing secret is one too: neither is ever
logged or put in an exception message (every line goes through :class:`Redactor`), and both are
registered with Airflow's own log masker. A post times out quickly, and an alert that cannot be
posted is logged, never raised: alerting must not fail a task.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any
from urllib.parse import parse_qsl, quote, quote_plus, urlsplit

from . import compat, periods, pipeline, runs, settings
from .inbox import Inventory
from .towns import RECORD_TYPES, TOWNS

log = logging.getLogger(__name__)

TITLE = "【邹城市农村社区治理数据仓库】"
# WeCom caps a text message at 2048 bytes of UTF-8 (DingTalk allows more): stay under it.
MAX_CONTENT_BYTES = 2000
MAX_REASON_CHARS = 300
NO_LINK = "（无链接：请在配置中设置 airflow_url）"

ACTIONS = {
    "wait_for_exports": (
        "检查收件目录 {inbox} 是否存在、worker 是否可读；修复后在 Airflow 中清除（Clear）"
        "该任务即可重跑。"
    ),
    "run": (
        "查看日志末尾 warehouse run 的报错（退出码 1 为运行失败；2 为参数或配置错误，不自动重试）。"
        "修复后清除 run 任务重跑：已入库的文件不会重复计入，未提交的运行不留痕迹。"
    ),
    "publish": (
        "确认通报已生成在 {bulletins}/{period}/、发布目录 {outbox} 可写；"
        "修复后清除 publish 任务重跑。"
    ),
}
DEFAULT_ACTION = "查看日志，排除原因后在 Airflow 中清除（Clear）该任务重跑。"


@dataclass(frozen=True)
class Alert:
    """One message: who, which month, which step, what happened, the log link, what to do."""

    headline: str
    dag_id: str
    owner: str
    period: str
    step: str
    detail_label: str
    detail: str
    log_url: str
    action: str

    def text(self) -> str:
        """Returns the message as posted, at most :data:`MAX_CONTENT_BYTES` of UTF-8."""
        return truncate_utf8(
            "\n".join(
                [
                    f"{TITLE}{self.headline}",
                    f"DAG：{self.dag_id}（负责人：{self.owner}）",
                    f"月份：{self.period}",
                    f"步骤：{self.step}",
                    f"{self.detail_label}：{self.detail}",
                    f"日志：{self.log_url or NO_LINK}",
                    f"处理：{self.action}",
                ]
            ),
            MAX_CONTENT_BYTES,
        )


# --- the messages ---------------------------------------------------------------------------


def failure_alert(
    context: Mapping[str, Any], cfg: settings.Settings, airflow_major: int | None = None
) -> Alert:
    """Returns the alert of a task that failed for good."""
    period = _period_or_unknown(context)
    task_id = runs.task_id_of(context) or "?"
    try_number = runs.try_number_of(context)
    step = f"{task_id}（第 {try_number} 次尝试，重试已用完）" if try_number else task_id
    action = ACTIONS.get(task_id, DEFAULT_ACTION).format(
        inbox=_inbox_or_configured(cfg, period),
        bulletins=cfg.bulletins_folder() or "bulletins_dir",
        outbox=cfg.outbox,
        period=period,
    )
    return Alert(
        headline="任务失败",
        dag_id=runs.dag_id_of(context),
        owner=_owner(context),
        period=period,
        step=step,
        detail_label="原因",
        detail=_reason(context.get("exception")),
        log_url=runs.log_link(context, _base_url(cfg), airflow_major),
        action=action,
    )


def dag_failure_alert(
    context: Mapping[str, Any], cfg: settings.Settings, airflow_major: int | None = None
) -> Alert:
    """Returns the alert of a run that failed for a reason other than a task's failure."""
    reason = str(context.get("reason") or "unknown")
    no_task = {k: v for k, v in context.items() if k not in ("ti", "task_instance", "task")}
    return Alert(
        headline="月度运行失败",
        dag_id=runs.dag_id_of(context),
        owner=_owner(context),
        period=_period_or_unknown(context),
        step=f"整个运行 {runs.run_id_of(context) or '?'}",
        detail_label="原因",
        detail=f"Airflow 结束了该运行（{reason}）",
        log_url=runs.log_link(no_task, _base_url(cfg), airflow_major),
        action="在 Airflow 中查看该运行里失败或未执行的任务，排除原因后清除（Clear）相应任务重跑。",
    )


def cutoff_alert(
    context: Mapping[str, Any],
    period: str,
    found: Inventory,
    due: datetime,
    cfg: settings.Settings,
    airflow_major: int | None = None,
) -> Alert:
    """Returns the alert of a cut-off that passed with exports missing."""
    missing = found.missing()
    lacking = "，".join(
        f"{name}（缺 {len(types)}/{len(RECORD_TYPES)} 类）" for name, types in missing.items()
    )
    complete = len(TOWNS) - len(missing)
    return Alert(
        headline="报送截止，仍有镇街未报送完整",
        dag_id=runs.dag_id_of(context),
        owner=_owner(context),
        period=period,
        step=runs.task_id_of(context) or "wait_for_exports",
        detail_label="情况",
        detail=(
            f"报送截止时间 {cutoff_text(due)} 已过，{complete}/{len(TOWNS)} 个镇街报送完整；"
            f"未报送完整：{lacking}"
        ),
        log_url=runs.log_link(context, _base_url(cfg), airflow_major),
        action=(
            "运行继续，本月通报将标注未报送的镇街。请督促上述镇街尽快报送；补报后重新运行本月："
            f"bin/warehouse airflow trigger --period {period} --new"
        ),
    )


def deadline_alert(
    context: Mapping[str, Any], cfg: settings.Settings, airflow_major: int | None = None
) -> Alert:
    """Returns the alert of a run still unfinished at its Deadline Alert (Airflow 3.1+)."""
    period = _period_or_unknown(context)
    dag_run = context.get("dag_run") or {}
    state = runs.field_of(dag_run, "state", "?")
    deadline_time = _short_time(runs.field_of(context.get("deadline"), "deadline_time"))
    queued = _short_time(runs.field_of(dag_run, "queued_at"))
    cutoff = cutoff_text(periods.deadline(period, cfg.deadline_day)) if period != "?" else "?"
    return Alert(
        headline="月度运行超过截止时间仍未完成",
        dag_id=runs.dag_id_of(context),
        owner=pipeline.OWNER,
        period=period,
        step=f"整个运行 {runs.run_id_of(context) or '?'}（状态 {state}）",
        detail_label="情况",
        detail=f"报送截止 {cutoff}；该运行 {queued} 排队，至 {deadline_time} 仍未结束。",
        log_url=runs.log_link(context, _base_url(cfg), airflow_major),
        action=(
            "在 Airflow 中查看该运行：wait_for_exports 仍在等待或任务一直排队时，"
            "检查调度器、worker 与资源池；run 正在运行时看其日志，超时（4 小时）会重试，"
            "失败会另行告警。"
        ),
    )


def cutoff_text(due: datetime) -> str:
    """Returns a cut-off (midnight after the last day) the way people say it: 2026年11月5日24时."""
    last_day = (due.astimezone(periods.ZONE) - timedelta(days=1)).date()
    return f"{last_day.year}年{last_day.month}月{last_day.day}日24时"


def truncate_utf8(text: str, max_bytes: int) -> str:
    """Returns ``text`` cut to at most ``max_bytes`` of UTF-8, ending in … when cut."""
    if len(text.encode("utf-8")) <= max_bytes:
        return text
    cut = text.encode("utf-8")[: max_bytes - len("…".encode())]
    return cut.decode("utf-8", errors="ignore") + "…"


# --- the webhook ----------------------------------------------------------------------------


class Redactor:
    """Masks the webhook's secrets (the URL, its token, DingTalk's secret and signature) in text."""

    MASK = "***"

    def __init__(self, *secrets: str):
        values: set[str] = set()
        for secret in secrets:
            values |= _secret_parts(secret)
        # Longest first, so a URL is masked whole before its parts are.
        self.values = sorted((v for v in values if v), key=len, reverse=True)

    def redact(self, text: object) -> str:
        """Returns ``str(text)`` with every secret replaced by ``***``."""
        out = str(text)
        for value in self.values:
            out = out.replace(value, self.MASK)
        return out


def _secret_parts(secret: str) -> set[str]:
    if not secret:
        return set()
    parts = {secret, quote(secret, safe=""), quote_plus(secret)}
    try:
        split = urlsplit(secret)
        password = split.password
    except ValueError:  # not a URL urllib can take apart (a bad port, a stray bracket)
        return {p for p in parts if len(p) >= 6}
    if split.scheme and split.netloc:
        # The token sits in the query (WeCom key=, DingTalk access_token=) or the path (other
        # robots): mask every query value and any long path segment.
        for _, value in parse_qsl(split.query, keep_blank_values=False):
            if len(value) >= 6:
                parts |= {value, quote(value, safe=""), quote_plus(value)}
        parts |= {seg for seg in split.path.split("/") if len(seg) >= 16}
        if password:
            parts.add(password)
    return {p for p in parts if len(p) >= 6}


def public_url(url: str) -> str:
    """Returns the webhook as it may be logged: scheme, host and port only."""
    try:
        split = urlsplit(url)
        port = f":{split.port}" if split.port else ""
        return f"{split.scheme}://{split.hostname or '?'}{port}/***"
    except ValueError:
        return "<alert_webhook>/***"


def webhook_format(cfg: settings.Settings) -> str:
    """Returns ``wecom`` or ``dingtalk``: as configured, or from the webhook's host (auto)."""
    if cfg.alert_format != settings.FORMAT_AUTO:
        return cfg.alert_format
    host = (urlsplit(cfg.alert_webhook).hostname or "").lower()
    return settings.FORMAT_DINGTALK if host.endswith("dingtalk.com") else settings.FORMAT_WECOM


def payload(fmt: str, text: str) -> dict[str, Any]:
    """Returns the JSON body of a text message; WeCom and DingTalk robots take the same shape."""
    if fmt not in (settings.FORMAT_WECOM, settings.FORMAT_DINGTALK):
        raise ValueError(f"unknown webhook format {fmt!r}")
    return {"msgtype": "text", "text": {"content": text}}


def signed_url(url: str, secret: str, timestamp_ms: int) -> str:
    """Returns a DingTalk webhook URL signed with its secret (加签: timestamp and sign)."""
    to_sign = f"{timestamp_ms}\n{secret}".encode()
    digest = hmac.new(secret.encode("utf-8"), to_sign, hashlib.sha256).digest()
    sign = quote_plus(base64.b64encode(digest).decode("ascii"))
    return f"{url}{'&' if urlsplit(url).query else '?'}timestamp={timestamp_ms}&sign={sign}"


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    # A robot's webhook answers itself; following a redirect would carry the body elsewhere.
    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


def post(text: str, cfg: settings.Settings, timestamp_ms: int | None = None) -> bool:
    """Posts ``text`` to the configured webhook; returns True when the robot accepted it.

    Never raises: a missing webhook, a refusal, a timeout or any other error is logged (with the
    webhook's secrets masked) together with the message, and False is returned.
    """
    url = cfg.alert_webhook
    if not url:
        log.warning("no alert_webhook configured: alert not posted\n%s", text)
        return False
    redactor = Redactor(url, cfg.alert_secret)
    for value in redactor.values:
        compat.mask_secret(value)
    where = public_url(url)
    try:
        fmt = webhook_format(cfg)
        if fmt == settings.FORMAT_DINGTALK and cfg.alert_secret:
            url = signed_url(url, cfg.alert_secret, timestamp_ms or int(time.time() * 1000))
            redactor = Redactor(url, cfg.alert_webhook, cfg.alert_secret)
            for value in redactor.values:
                compat.mask_secret(value)
        body = json.dumps(payload(fmt, text), ensure_ascii=False).encode("utf-8")
        request = urllib.request.Request(
            url,
            data=body,
            headers={"Content-Type": "application/json; charset=utf-8"},
            method="POST",
        )
        opener = urllib.request.build_opener(_NoRedirect)
        try:
            with opener.open(request, timeout=cfg.alert_timeout_seconds) as response:
                status, answer = response.status, response.read(4096)
        except urllib.error.HTTPError as e:
            status, answer = e.code, e.read(4096) if e.fp is not None else b""
    except Exception as e:  # timeouts, refused connections, bad URLs: never fail the task
        log.warning(
            "alert not posted to %s: %s\n%s",
            where,
            redactor.redact(f"{type(e).__name__}: {e}"),
            redactor.redact(text),
        )
        return False
    refusal = _refusal(status, answer)
    if refusal:
        log.warning(
            "alert refused by %s: %s\n%s", where, redactor.redact(refusal), redactor.redact(text)
        )
        return False
    log.info("alert posted to %s (%s)", where, fmt)
    return True


def _refusal(status: int, answer: bytes) -> str:
    """Returns why the robot refused the message, or "" when it took it (errcode 0)."""
    try:
        data = json.loads(answer.decode("utf-8")) if answer else None
    except (UnicodeDecodeError, json.JSONDecodeError):
        data = None
    if not 200 <= status < 300:
        return f"HTTP {status} {answer[:200].decode('utf-8', errors='replace')}".strip()
    if isinstance(data, dict) and data.get("errcode") not in (None, 0):
        return f"errcode {data.get('errcode')}: {data.get('errmsg', '')}"
    return ""


# --- the callbacks Airflow calls ------------------------------------------------------------

SettingsLoader = Callable[[], settings.Settings]


def on_task_failure(context: Mapping[str, Any], load: SettingsLoader = settings.load) -> None:
    """``on_failure_callback`` of every task: posts :func:`failure_alert`. Never raises."""
    _safely("task failure", lambda: _post(failure_alert, context, load))


def on_dag_failure(context: Mapping[str, Any], load: SettingsLoader = settings.load) -> None:
    """The DAG's ``on_failure_callback``: posts :func:`dag_failure_alert` unless a task's failure
    ended the run (that task's own callback reported it). Never raises."""
    if str(context.get("reason") or "") == "task_failure":
        log.info("run failed by a task failure: the task's own alert reported it")
        return
    _safely("run failure", lambda: _post(dag_failure_alert, context, load))


def notify_cutoff(
    context: Mapping[str, Any],
    period: str,
    found: Inventory,
    due: datetime,
    cfg: settings.Settings,
) -> bool:
    """Posts :func:`cutoff_alert` from the exports sensor; returns whether it was posted."""
    result = _safely(
        "cut-off",
        lambda: post(
            cutoff_alert(context, period, found, due, cfg, compat.airflow_major()).text(), cfg
        ),
    )
    return bool(result)


async def on_deadline_missed(**kwargs: Any) -> None:
    """Airflow 3.1+ Deadline Alert callback (``AsyncCallback``, run by the triggerer).

    Airflow passes ``context={"dag_run": <the run's REST JSON>, "deadline": {...}}``. The post runs
    in a thread, off the triggerer's event loop. Never raises.
    """
    await compat.run_blocking(deadline_missed, kwargs)


def deadline_missed(
    kwargs: Mapping[str, Any],
    load: SettingsLoader = settings.load,
    now: datetime | None = None,
) -> bool:
    """The body of :func:`on_deadline_missed`; returns whether an alert was posted.

    The Deadline Alert's time was fixed at parse time for the default cut-off; when the
    configured ``deadline_day`` puts the cut-off plus the grace later than now, it stays silent.
    """

    def work() -> bool:
        context = kwargs.get("context") or {}
        cfg = load()
        period = runs.period_of(context)
        due = periods.deadline(period, cfg.deadline_day) + pipeline.DEADLINE_GRACE
        if (now or datetime.now(timezone.utc)) < due:
            log.info(
                "deadline alert for %s before the configured cut-off plus grace: silent", period
            )
            return False
        return post(deadline_alert(context, cfg, compat.airflow_major()).text(), cfg)

    return bool(_safely("deadline", work))


def _post(build: Callable[..., Alert], context: Mapping[str, Any], load: SettingsLoader) -> bool:
    cfg = load()
    return post(build(context, cfg, compat.airflow_major()).text(), cfg)


def _safely(what: str, work: Callable[[], Any]) -> Any:
    try:
        return work()
    except Exception as e:
        # No traceback: its frames' text could carry what the message above masks.
        log.warning("%s alert not posted: %s: %s", what, type(e).__name__, e)
        return None


# --- small readers --------------------------------------------------------------------------


def _period_or_unknown(context: Mapping[str, Any]) -> str:
    try:
        return runs.period_of(context)
    except ValueError:
        return "?"


def _owner(context: Mapping[str, Any]) -> str:
    return str(runs.field_of(context.get("task"), "owner") or pipeline.OWNER)


def _base_url(cfg: settings.Settings) -> str:
    return cfg.airflow_url or compat.airflow_base_url()


def _inbox_or_configured(cfg: settings.Settings, period: str) -> str:
    try:
        return cfg.inbox_for(period)
    except ValueError:
        return cfg.inbox


def _reason(exception: object) -> str:
    if exception is None:
        return "（Airflow 未给出异常）"
    text = str(exception).strip()
    first = text.splitlines()[0] if text else ""
    reason = (
        f"{type(exception).__name__}: {first}" if isinstance(exception, BaseException) else first
    )
    return reason[:MAX_REASON_CHARS]


def _short_time(value: object) -> str:
    moment = runs.as_datetime(value)
    if moment is None:
        return "?"
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(periods.ZONE).strftime("%Y-%m-%d %H:%M")
