"""The 16 towns and sub-districts (镇街) of Zoucheng and the 8 record types they export monthly.

Mirrors ``schemas/src/main/resources/reference/towns.csv`` and ``ExportCatalog`` in the Java
``schemas`` module; ``tests/test_towns.py`` checks the two agree when the repository is at hand.
"""

from __future__ import annotations

from typing import NamedTuple


class Town(NamedTuple):
    """One town: its stable code and its Chinese name."""

    code: str
    name: str


TOWNS: tuple[Town, ...] = (
    Town("370883001", "钢山街道"),
    Town("370883002", "千泉街道"),
    Town("370883003", "凫山街道"),
    Town("370883100", "中心店镇"),
    Town("370883101", "唐村镇"),
    Town("370883102", "太平镇"),
    Town("370883103", "北宿镇"),
    Town("370883104", "郭里镇"),
    Town("370883105", "城前镇"),
    Town("370883106", "大束镇"),
    Town("370883107", "香城镇"),
    Town("370883108", "石墙镇"),
    Town("370883109", "峄山镇"),
    Town("370883110", "田黄镇"),
    Town("370883111", "张庄镇"),
    Town("370883112", "看庄镇"),
)

RECORD_TYPES: tuple[str, ...] = (
    "proxy_cases",
    "petitions",
    "expense_vouchers",
    "deliberations",
    "disputes",
    "suggestions",
    "democratic_reviews",
    "disclosures",
)

_BY_KEY = {t.code: t for t in TOWNS} | {t.name: t for t in TOWNS}


def town_for(name_or_code: str) -> Town | None:
    """Returns the town a file name's ``{town}`` part names (code or Chinese name), or None."""
    return _BY_KEY.get(name_or_code.strip())
