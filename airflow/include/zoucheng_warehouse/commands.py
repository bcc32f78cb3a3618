"""The command line of the monthly run: ``bin/warehouse run``, or the same under spark-submit.

:func:`command_line` is a pure function of the month and the settings, so the command a DAG run
would execute can be rendered anywhere (the cluster test renders it and runs it)::

    PYTHONPATH=airflow/include python3 -m zoucheng_warehouse.commands --period 2026-10 \\
        --settings '{"mode": "spark-submit", "spark_master": "spark://127.0.0.1:7077"}'

prints the argv as a JSON array (``--shell``: as one shell-quoted line); settings not given come
from ``ZOUCHENG_WAREHOUSE_*`` and the defaults, as in a task.
"""

from __future__ import annotations

import argparse
import collections
import json
import logging
import re
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import PurePosixPath

from .periods import validate_period
from .settings import MODE_LOCAL, MODE_SPARK_SUBMIT, Settings

log = logging.getLogger(__name__)

# Exit codes of the warehouse command line.
EXIT_DONE = 0
EXIT_FAILED = 1
EXIT_USAGE = 2

# Spark's own default of spark.redaction.regex, plus "credential": --conf values whose key matches
# are masked wherever a command line is logged or put in a message.
_SENSITIVE_KEY = re.compile(r"secret|password|token|access[.]?key|credential", re.IGNORECASE)


class CommandFailed(RuntimeError):
    """The warehouse command ended with a non-zero exit code."""

    def __init__(self, argv: Sequence[str], code: int, last_output: str):
        self.code = code
        self.last_output = last_output
        name = PurePosixPath(argv[0]).name if argv else "command"
        said = f": {last_output}" if last_output else " (no output)"
        super().__init__(f"{name} exited with code {code}{said}\ncommand: {printable(argv)}")


def run_args(period: str, settings: Settings) -> list[str]:
    """Returns the CLI arguments of the month: ``run --input … --period … --warehouse …``.

    ``run`` ingests the inbox, recomputes the metrics of every month the new data touches (a
    corrected earlier month included) and renders the bulletins of ``period``.
    """
    period = validate_period(period)
    return [
        "run",
        "--input",
        settings.inbox_for(period),
        "--period",
        period,
        "--warehouse",
        settings.warehouse,
    ]


def command_line(period: str, settings: Settings) -> list[str]:
    """Returns the full argv of the month's run in the configured mode.

    local: ``<home>/bin/warehouse run …``; spark-submit: ``<spark_submit> --master …
    --deploy-mode … --name zoucheng-warehouse-run-<period> --class <main class> [--conf k=v …]
    <application jar> run …``.
    """
    args = run_args(period, settings)
    if settings.mode == MODE_LOCAL:
        return [str(PurePosixPath(settings.home, "bin", "warehouse")), *args]
    if settings.mode == MODE_SPARK_SUBMIT:
        argv = [
            *shlex.split(settings.spark_submit),
            "--master",
            settings.spark_master,
            "--deploy-mode",
            settings.spark_deploy_mode,
            "--name",
            f"zoucheng-warehouse-run-{validate_period(period)}",
            "--class",
            settings.spark_main_class,
        ]
        for key, value in sorted(settings.spark_conf.items()):
            argv += ["--conf", f"{key}={value}"]
        return [*argv, settings.spark_jar_location(), *args]
    raise ValueError(f"unknown mode {settings.mode!r}")


def printable(argv: Sequence[str]) -> str:
    """Returns ``argv`` as a shell line with sensitive ``--conf`` values masked."""
    out = []
    for arg in argv:
        key, eq, _ = arg.partition("=")
        out.append(f"{key}=***" if eq and _SENSITIVE_KEY.search(key) else arg)
    return shlex.join(out)


def run(argv: Sequence[str], timeout_seconds: float | None = None) -> None:
    """Runs ``argv``, streaming its output to the task log; raises if it fails or overruns.

    A non-zero exit raises :class:`CommandFailed`, naming the code and the last line of output.
    """
    log.info("running: %s", printable(argv))
    proc = subprocess.Popen(
        list(argv), stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, bufsize=1
    )
    tail: collections.deque[str] = collections.deque(maxlen=1)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            line = line.rstrip()
            log.info("%s", line)
            if line.strip():
                tail.append(line.strip())
        code = proc.wait(timeout=timeout_seconds)
    except BaseException:
        # Airflow's execution_timeout and task kills arrive as exceptions: take the child down too.
        proc.kill()
        proc.wait()
        raise
    finally:
        if proc.stdout is not None:
            proc.stdout.close()
    if code != EXIT_DONE:
        raise CommandFailed(argv, code, tail[0] if tail else "")


def main(args: Sequence[str] | None = None) -> int:
    """Prints the command line the DAG would run for a month (see the module's docstring)."""
    parser = argparse.ArgumentParser(
        prog="python3 -m zoucheng_warehouse.commands",
        description="Print the command line of the monthly DAG's run task.",
    )
    parser.add_argument("--period", required=True, help="the month, YYYY-MM")
    parser.add_argument(
        "--settings",
        default="{}",
        help="a JSON object like the Airflow Variable zoucheng_warehouse",
    )
    parser.add_argument("--shell", action="store_true", help="one shell-quoted line, not JSON")
    ns = parser.parse_args(args)
    try:
        variable = json.loads(ns.settings)
        if not isinstance(variable, dict):
            raise ValueError("--settings must be a JSON object")
        from .settings import load

        argv = command_line(ns.period, load(lambda: variable))
    except ValueError as e:
        print(f"error: {e}", file=sys.stderr)
        return EXIT_USAGE
    print(shlex.join(argv) if ns.shell else json.dumps(argv, ensure_ascii=False))
    return EXIT_DONE


if __name__ == "__main__":
    sys.exit(main())
