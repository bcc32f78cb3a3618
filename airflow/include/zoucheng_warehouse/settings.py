"""Run-time configuration of the DAG, read when a task runs, never when the DAG file is parsed.

Each key is looked up, first match wins, in: the Airflow Variable ``zoucheng_warehouse`` (a JSON
object, e.g. ``{"mode": "spark-submit", "spark_master": "spark://master:7077"}``), the
environment of the worker (``ZOUCHENG_WAREHOUSE_`` + the key in upper case, e.g.
``ZOUCHENG_WAREHOUSE_MODE``), then the defaults below. Where Airflow is not installed (tests, the
command renderer) only the environment and the defaults count.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Any
from urllib.parse import urlsplit

from .periods import DEFAULT_DEADLINE_DAY, next_month_start, validate_period

log = logging.getLogger(__name__)

VARIABLE = "zoucheng_warehouse"
ENV_PREFIX = "ZOUCHENG_WAREHOUSE_"

MODE_LOCAL = "local"
MODE_SPARK_SUBMIT = "spark-submit"

FORMAT_AUTO = "auto"
FORMAT_WECOM = "wecom"
FORMAT_DINGTALK = "dingtalk"

# The application jar `./mvnw package` builds for spark-submit (Spark, Scala and Hadoop provided),
# relative to the warehouse home.
DEFAULT_SPARK_JAR = "app/target/warehouse-spark-app.jar"

DEFAULTS: dict[str, str] = {
    # local: run <home>/bin/warehouse; spark-submit: submit the application jar to a cluster.
    "mode": MODE_LOCAL,
    # Where the warehouse is installed (bin/warehouse and cli/target/ live under it).
    "home": "/opt/zoucheng-warehouse",
    # The warehouse root passed as --warehouse: a folder, hdfs://… or s3a://…;
    # empty: <home>/warehouse.
    "warehouse": "",
    # Folder the towns' exports arrive in; {period} (YYYY-MM of the data) and {delivery_month}
    # (the month after it, when the exports arrive) are replaced, e.g. /data/inbox/{delivery_month}.
    "inbox": "/data/zoucheng/inbox",
    # Where `run` renders the bulletins (a month's in <bulletins_dir>/<YYYY-MM>/); empty:
    # <warehouse>/bulletins when the warehouse is a local folder.
    "bulletins_dir": "",
    # Folder publish copies the month's bulletins to (<outbox>/<YYYY-MM>/).
    "outbox": "/data/zoucheng/outbox",
    # Exports of a month are due by the end of this day of the following month.
    "deadline_day": str(DEFAULT_DEADLINE_DAY),
    # spark-submit mode only. spark_submit is split like a shell line, so it may be a command with
    # arguments (e.g. "java -cp '/opt/spark/jars/*' org.apache.spark.deploy.SparkSubmit").
    "spark_submit": "spark-submit",
    "spark_master": "yarn",
    "spark_deploy_mode": "client",
    "spark_main_class": "cn.zoucheng.warehouse.cli.WarehouseCli",
    # The application jar: a path relative to <home>, an absolute path or a URL (hdfs://…).
    "spark_jar": DEFAULT_SPARK_JAR,
    # Extra --conf pairs for spark-submit, as a JSON object.
    "spark_conf": "{}",
    # Alerts: the WeCom / DingTalk group robot's webhook URL (holds its token: kept out of logs);
    # empty: alerts are only logged.
    "alert_webhook": "",
    # auto (DingTalk for *.dingtalk.com, else WeCom), wecom or dingtalk.
    "alert_format": FORMAT_AUTO,
    # DingTalk's signing secret (加签), if the robot uses one.
    "alert_secret": "",
    # Connect and read timeout of one alert post, in seconds.
    "alert_timeout_seconds": "5",
    # Base URL of the Airflow UI for links, when the task instance gives no log URL; empty: the
    # Airflow configuration's base_url.
    "airflow_url": "",
}

_PLACEHOLDER = re.compile(r"\{(period|delivery_month)\}")


@dataclass(frozen=True)
class Settings:
    """The resolved configuration of one task run."""

    mode: str
    home: str
    warehouse: str
    inbox: str
    bulletins_dir: str
    outbox: str
    deadline_day: int
    spark_submit: str
    spark_master: str
    spark_deploy_mode: str
    spark_main_class: str
    spark_jar: str
    spark_conf: dict[str, str] = field(default_factory=dict)
    # Secrets: never in repr, so a logged Settings shows no token.
    alert_webhook: str = field(default="", repr=False)
    alert_format: str = FORMAT_AUTO
    alert_secret: str = field(default="", repr=False)
    alert_timeout_seconds: float = 5.0
    airflow_url: str = ""

    @staticmethod
    def from_sources(variable: Mapping[str, Any] | None, env: Mapping[str, str]) -> Settings:
        """Resolves every key from the Variable's object, then the environment, then defaults."""
        variable = variable or {}
        unknown = sorted(set(variable) - set(DEFAULTS))
        if unknown:
            # A warning, not an error: a typo must not stop the run (nor the alert saying so).
            log.warning("%s: unknown key(s) ignored: %s", VARIABLE, ", ".join(unknown))

        def get(key: str) -> str:
            if variable.get(key) not in (None, ""):
                value = variable[key]
                return json.dumps(value) if isinstance(value, dict) else str(value)
            env_value = env.get(ENV_PREFIX + key.upper())
            return env_value if env_value not in (None, "") else DEFAULTS[key]

        mode = get("mode").strip()
        if mode not in (MODE_LOCAL, MODE_SPARK_SUBMIT):
            raise ValueError(
                f"{VARIABLE}.mode must be '{MODE_LOCAL}' or '{MODE_SPARK_SUBMIT}'; got {mode!r}"
            )
        try:
            spark_conf = json.loads(get("spark_conf"))
        except json.JSONDecodeError as e:
            raise ValueError(f"{VARIABLE}.spark_conf must be a JSON object: {e}") from e
        if not isinstance(spark_conf, dict):
            # The type only: the value may hold credentials (spark.hadoop.fs.s3a.secret.key).
            raise ValueError(
                f"{VARIABLE}.spark_conf must be a JSON object; got a {type(spark_conf).__name__}"
            )
        # A bad alert setting falls back to its default with a warning: it must not stop the run.
        alert_format = get("alert_format").strip().lower()
        if alert_format not in (FORMAT_AUTO, FORMAT_WECOM, FORMAT_DINGTALK):
            log.warning(
                "%s.alert_format must be %s, %s or %s; got %r: using %s",
                VARIABLE,
                FORMAT_AUTO,
                FORMAT_WECOM,
                FORMAT_DINGTALK,
                alert_format,
                FORMAT_AUTO,
            )
            alert_format = FORMAT_AUTO
        try:
            alert_timeout = float(get("alert_timeout_seconds"))
        except ValueError:
            alert_timeout = -1.0
        if not 0 < alert_timeout <= 60:
            log.warning(
                "%s.alert_timeout_seconds must be a number of seconds in (0, 60]: using %s",
                VARIABLE,
                DEFAULTS["alert_timeout_seconds"],
            )
            alert_timeout = float(DEFAULTS["alert_timeout_seconds"])
        home = get("home")
        return Settings(
            mode=mode,
            home=home,
            warehouse=get("warehouse") or str(PurePosixPath(home, "warehouse")),
            inbox=get("inbox"),
            bulletins_dir=get("bulletins_dir"),
            outbox=get("outbox"),
            deadline_day=int(get("deadline_day")),
            spark_submit=get("spark_submit"),
            spark_master=get("spark_master"),
            spark_deploy_mode=get("spark_deploy_mode"),
            spark_main_class=get("spark_main_class"),
            spark_jar=get("spark_jar"),
            spark_conf={str(k): str(v) for k, v in spark_conf.items()},
            alert_webhook=get("alert_webhook").strip(),
            alert_format=alert_format,
            alert_secret=get("alert_secret").strip(),
            alert_timeout_seconds=alert_timeout,
            airflow_url=get("airflow_url").strip().rstrip("/"),
        )

    def inbox_for(self, period: str) -> str:
        """Returns the inbox of ``period``, with ``{period}`` and ``{delivery_month}`` replaced."""
        period = validate_period(period)
        delivery = next_month_start(period).strftime("%Y-%m")
        values = {"period": period, "delivery_month": delivery}
        return _PLACEHOLDER.sub(lambda m: values[m.group(1)], self.inbox)

    def warehouse_is_local(self) -> bool:
        """Returns True when the warehouse root is a folder (no scheme, or ``file:``)."""
        return urlsplit(self.warehouse).scheme in ("", "file")

    def bulletins_folder(self) -> str | None:
        """Returns where ``run`` renders the bulletins, or None when nobody said and it can't."""
        if self.bulletins_dir:
            return self.bulletins_dir
        if not self.warehouse_is_local():
            return None
        parts = urlsplit(self.warehouse)
        root = parts.path if parts.scheme == "file" else self.warehouse
        return str(PurePosixPath(root, "bulletins"))

    def spark_jar_location(self) -> str:
        """Returns the application jar: as configured if absolute or a URL, else under ``home``."""
        jar = self.spark_jar
        if urlsplit(jar).scheme or PurePosixPath(jar).is_absolute():
            return jar
        return str(PurePosixPath(self.home, jar))


def load(
    variable_getter: Callable[[], Mapping[str, Any] | None] | None = None,
    env: Mapping[str, str] | None = None,
) -> Settings:
    """Loads the settings at task run time: by default the Airflow Variable and ``os.environ``."""
    getter = variable_getter or _airflow_variable
    return Settings.from_sources(getter(), os.environ if env is None else env)


def _airflow_variable() -> Mapping[str, Any] | None:
    # Imported here, not at module level: parsing the DAG file must not read Variables.
    try:
        from airflow.sdk import Variable  # Airflow 3
    except ImportError:
        try:
            from airflow.models import Variable  # Airflow 2
        except ImportError:  # no Airflow (tests, the command renderer): environment only
            return None
    try:
        raw = Variable.get(VARIABLE)
    except Exception:
        return None
    value = json.loads(raw) if isinstance(raw, str) else raw
    if value is not None and not isinstance(value, dict):
        # Not the value itself: it may hold the webhook's token.
        raise ValueError(
            f"Airflow Variable {VARIABLE} must hold a JSON object; got a {type(value).__name__}"
        )
    return value
