"""Months ("periods") and the export deadline of a month."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

ZONE = ZoneInfo("Asia/Shanghai")
DEFAULT_DEADLINE_DAY = 5

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


def validate_period(period: str) -> str:
    """Returns ``period`` if it is a month written ``YYYY-MM``, else raises ValueError."""
    if not isinstance(period, str) or not _PERIOD.match(period.strip()):
        raise ValueError(f"period must be a month written YYYY-MM, e.g. 2026-10; got {period!r}")
    return period.strip()


def previous_month(day: date | datetime) -> str:
    """Returns the month before the one ``day`` falls in, as ``YYYY-MM``."""
    if isinstance(day, datetime):
        day = (day.astimezone(ZONE) if day.tzinfo else day).date()
    first = day.replace(day=1)
    last_of_previous = first - timedelta(days=1)
    return f"{last_of_previous.year:04d}-{last_of_previous.month:02d}"


def resolve_period(requested: str | None, logical_date: datetime | None, now: datetime) -> str:
    """Returns the month a run works on.

    An explicit ``period`` (the DAG param, or ``conf`` of a triggered run) wins; otherwise it is the
    month before the run's logical date, or before ``now`` when the run has none (Airflow 3 manual
    runs may have a null logical date).
    """
    if requested not in (None, ""):
        return validate_period(str(requested))
    return previous_month(logical_date if logical_date is not None else now)


def next_month_start(period: str) -> date:
    """Returns the first day of the month after ``period``."""
    year, month = (int(p) for p in validate_period(period).split("-"))
    return date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)


def deadline(period: str, deadline_day: int = DEFAULT_DEADLINE_DAY) -> datetime:
    """Returns when exports of ``period`` are due: the end of ``deadline_day`` of the next month.

    Exports for October are due by the end of 5 November (Asia/Shanghai), i.e. this returns
    2026-11-06 00:00 +08:00 for ``2026-10`` with the default day.
    """
    if not 1 <= int(deadline_day) <= 28:
        raise ValueError(f"deadline_day must be between 1 and 28; got {deadline_day!r}")
    due = next_month_start(period).replace(day=int(deadline_day)) + timedelta(days=1)
    return datetime.combine(due, time.min, tzinfo=ZONE)
