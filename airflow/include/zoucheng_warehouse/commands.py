"""Command lines of the warehouse steps: ``bin/warehouse`` (local) or ``spark-submit`` (cluster)."""

from __future__ import annotations

import logging
import subprocess
from collections.abc import Sequence
from pathlib import Path

from .periods import validate_period
from .settings import MODE_LOCAL, MODE_SPARK_SUBMIT, Settings

log = logging.getLogger(__name__)

STEPS = ("ingest", "metrics", "bulletins")


def warehouse_args(step: str, period: str, settings: Settings) -> list[str]:
    """Returns the ``bin/warehouse`` sub-command and its arguments for one step."""
    period = validate_period(period)
    if step == "ingest":
        return ["ingest", "--input", settings.inbox]
    if step == "metrics":
        return ["metrics", "--period", period]
    if step == "bulletins":
        return ["bulletin", "--period", period]
    raise ValueError(f"unknown step {step!r}; expected one of {', '.join(STEPS)}")


def command_line(step: str, period: str, settings: Settings) -> list[str]:
    """Returns the full argv of a step in the configured mode."""
    args = warehouse_args(step, period, settings)
    if settings.mode == MODE_LOCAL:
        return [str(Path(settings.home) / "bin" / "warehouse"), *args]
    if settings.mode == MODE_SPARK_SUBMIT:
        if not settings.spark_jar:
            raise ValueError(
                "mode spark-submit needs spark_jar (Variable zoucheng_warehouse or "
                "ZOUCHENG_WAREHOUSE_SPARK_JAR): the path or URL of the warehouse jar"
            )
        argv = [
            settings.spark_submit,
            "--master",
            settings.spark_master,
            "--deploy-mode",
            settings.spark_deploy_mode,
            "--name",
            f"zoucheng-warehouse-{step}-{period}",
            "--class",
            settings.spark_main_class,
        ]
        for key, value in sorted(settings.spark_conf.items()):
            argv += ["--conf", f"{key}={value}"]
        return [*argv, settings.spark_jar, *args]
    raise ValueError(f"unknown mode {settings.mode!r}")


def run(argv: Sequence[str], timeout_seconds: float | None = None) -> None:
    """Runs ``argv``, streaming its output to the task log; raises if it fails or overruns."""
    log.info("running: %s", " ".join(argv))
    proc = subprocess.Popen(
        list(argv), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            log.info("%s", line.rstrip())
        code = proc.wait(timeout=timeout_seconds)
    except BaseException:
        # Airflow's execution_timeout and task kills arrive as exceptions: take the child down too.
        proc.kill()
        proc.wait()
        raise
    finally:
        if proc.stdout is not None:
            proc.stdout.close()
    if code != 0:
        raise RuntimeError(f"{argv[0]} exited with code {code}: {' '.join(argv)}")
