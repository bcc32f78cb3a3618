"""What the towns have delivered for a month: a scan of the inbox folder.

Export files are named ``{town}_{YYYY-MM}_{record_type}.{csv|xlsx}``, where ``{town}`` is the
town's code or Chinese name (``EXPORTS.md``); files in sub-folders count too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .periods import validate_period
from .towns import RECORD_TYPES, TOWNS, town_for

_EXPORT_FILE = re.compile(r"^([^_]+)_(\d{4}-\d{2})_([a-z_]+)\.(csv|xlsx)$", re.IGNORECASE)


@dataclass(frozen=True)
class Inventory:
    """The exports found for one month, by town code, and the files that follow no known name."""

    period: str
    delivered: dict[str, frozenset[str]]
    unrecognised: tuple[str, ...] = field(default=())

    def missing(self) -> dict[str, tuple[str, ...]]:
        """Returns, per Chinese town name, the record types not yet delivered (if any)."""
        out = {}
        for town in TOWNS:
            have = self.delivered.get(town.code, frozenset())
            lacking = tuple(t for t in RECORD_TYPES if t not in have)
            if lacking:
                out[town.name] = lacking
        return out

    def complete(self) -> bool:
        """Returns True when every town has delivered every record type."""
        return not self.missing()

    def summary(self) -> str:
        """Returns a one-paragraph account for the task log."""
        missing = self.missing()
        done = len(TOWNS) - len(missing)
        text = f"{self.period}: {done}/{len(TOWNS)} towns complete"
        if missing:
            text += "; missing: " + "; ".join(
                f"{name} ({', '.join(types)})" for name, types in missing.items()
            )
        if self.unrecognised:
            text += f"; {len(self.unrecognised)} file(s) with unrecognised names"
        return text


def scan(inbox: str | Path, period: str) -> Inventory:
    """Scans ``inbox`` (recursively) for the exports of ``period``.

    A missing folder means nothing was delivered.
    """
    period = validate_period(period)
    root = Path(inbox)
    delivered: dict[str, set[str]] = {}
    unrecognised: list[str] = []
    if root.is_dir():
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            m = _EXPORT_FILE.match(path.name)
            if not m:
                if path.suffix.lower() in (".csv", ".xlsx"):
                    unrecognised.append(str(path.relative_to(root)))
                continue
            town_part, file_period, record_type, _ = m.groups()
            town = town_for(town_part)
            record_type = record_type.lower()
            if town is None or record_type not in RECORD_TYPES:
                unrecognised.append(str(path.relative_to(root)))
                continue
            if file_period == period:
                delivered.setdefault(town.code, set()).add(record_type)
    return Inventory(
        period,
        {code: frozenset(types) for code, types in delivered.items()},
        tuple(unrecognised),
    )
