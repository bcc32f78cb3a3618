from datetime import date, datetime, timezone

import pytest
from zoucheng_warehouse import periods


@pytest.mark.parametrize(
    "day, expected",
    [
        (date(2026, 11, 1), "2026-10"),
        (date(2026, 11, 30), "2026-10"),
        (date(2027, 1, 1), "2026-12"),
        (date(2026, 3, 31), "2026-02"),
    ],
)
def test_previous_month(day, expected):
    assert periods.previous_month(day) == expected


def test_previous_month_uses_the_zoucheng_date_of_an_aware_datetime():
    # 22:30 UTC on 31 October is already 1 November in Zoucheng.
    assert periods.previous_month(datetime(2026, 10, 31, 22, 30, tzinfo=timezone.utc)) == "2026-10"


def test_explicit_period_wins_over_logical_date():
    now = datetime(2026, 11, 2, tzinfo=timezone.utc)
    assert periods.resolve_period("2026-07", now, now) == "2026-07"


def test_without_period_or_logical_date_the_month_before_now_is_used():
    assert periods.resolve_period("", None, datetime(2027, 1, 3, tzinfo=timezone.utc)) == "2026-12"


@pytest.mark.parametrize("bad", ["2026-13", "2026-1", "26-10", "2026/10", "October", None])
def test_rejects_malformed_periods(bad):
    with pytest.raises(ValueError, match="YYYY-MM"):
        periods.validate_period(bad)


def test_deadline_is_end_of_fifth_of_next_month_in_zoucheng():
    due = periods.deadline("2026-10")
    assert due.isoformat() == "2026-11-06T00:00:00+08:00"


def test_deadline_day_is_configurable_and_crosses_the_year():
    assert periods.deadline("2026-12", deadline_day=10).isoformat() == "2027-01-11T00:00:00+08:00"


def test_deadline_day_out_of_range_is_rejected():
    with pytest.raises(ValueError, match="between 1 and 28"):
        periods.deadline("2026-10", deadline_day=31)
