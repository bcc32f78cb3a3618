"""Run-time configuration of the DAG, read when a task runs, never when the DAG file is parsed.

Each key is looked up, first match wins, in: the Airflow Variable ``zoucheng_warehouse`` (a JSON
object, e.g. ``{"mode": "spark-submit", "spark_jar": "/opt/warehouse/warehouse.jar"}``), the
environment of the worker (``ZOUCHENG_WAREHOUSE_`` + the key in upper case, e.g.
``ZOUCHENG_WAREHOUSE_MODE``), then the defaults below.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from .periods import DEFAULT_DEADLINE_DAY

VARIABLE = "zoucheng_warehouse"
ENV_PREFIX = "ZOUCHENG_WAREHOUSE_"

MODE_LOCAL = "local"
MODE_SPARK_SUBMIT = "spark-submit"

DEFAULTS: dict[str, str] = {
    # local: run <home>/bin/warehouse; spark-submit: submit the warehouse jar to a cluster.
    "mode": MODE_LOCAL,
    # Where the warehouse is installed (bin/warehouse lives under it).
    "home": "/opt/zoucheng-warehouse",
    # Folder the towns' exports arrive in.
    "inbox": "/data/zoucheng/inbox",
    # Folder the bulletins are rendered into (bulletins of a month in <bulletins_dir>/<YYYY-MM>/).
    "bulletins_dir": "/opt/zoucheng-warehouse/warehouse/bulletins",
    # Folder publish copies the month's bulletins to (<outbox>/<YYYY-MM>/).
    "outbox": "/data/zoucheng/outbox",
    # Exports of a month are due by the end of this day of the following month.
    "deadline_day": str(DEFAULT_DEADLINE_DAY),
    # spark-submit mode only.
    "spark_submit": "spark-submit",
    "spark_master": "yarn",
    "spark_deploy_mode": "client",
    "spark_main_class": "cn.zoucheng.warehouse.cli.WarehouseCli",
    "spark_jar": "",
    # Extra --conf pairs for spark-submit, as a JSON object.
    "spark_conf": "{}",
}


@dataclass(frozen=True)
class Settings:
    """The resolved configuration of one task run."""

    mode: str
    home: str
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

    @staticmethod
    def from_sources(variable: Mapping[str, Any] | None, env: Mapping[str, str]) -> Settings:
        """Resolves every key from the Variable's object, then the environment, then defaults."""
        variable = variable or {}

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
            raise ValueError(f"{VARIABLE}.spark_conf must be a JSON object; got {spark_conf!r}")
        return Settings(
            mode=mode,
            home=get("home"),
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
        )


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
        from airflow.models import Variable  # Airflow 2
    try:
        raw = Variable.get(VARIABLE)
    except Exception:
        return None
    value = json.loads(raw) if isinstance(raw, str) else raw
    if value is not None and not isinstance(value, dict):
        raise ValueError(f"Airflow Variable {VARIABLE} must hold a JSON object; got {raw!r}")
    return value
