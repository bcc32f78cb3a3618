"""Publishing: copying a month's bulletins to the outbox."""

from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

from .periods import validate_period

log = logging.getLogger(__name__)


def bulletin_files(bulletins_dir: str | Path, period: str) -> list[Path]:
    """Returns the bulletins of ``period``: the files under ``<bulletins_dir>/<period>/``."""
    folder = Path(bulletins_dir) / validate_period(period)
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.rglob("*") if p.is_file() and not p.name.startswith("."))


def publish(bulletins_dir: str | Path, outbox: str | Path, period: str) -> list[Path]:
    """Copies the bulletins of ``period`` to ``<outbox>/<period>/`` and returns the copies.

    Each file is written under a temporary name and renamed, so a reader of the outbox never sees
    half a file; publishing again replaces the earlier copies. No bulletins is an error: a month
    without bulletins must fail loudly, not publish nothing.
    """
    sources = bulletin_files(bulletins_dir, period)
    if not sources:
        raise FileNotFoundError(
            f"no bulletins for {period} under {Path(bulletins_dir) / period}: "
            "did the bulletins task run for this month?"
        )
    source_root = Path(bulletins_dir) / period
    target_root = Path(outbox) / period
    copies = []
    for source in sources:
        target = target_root / source.relative_to(source_root)
        target.parent.mkdir(parents=True, exist_ok=True)
        partial = target.with_name(f".{target.name}.partial")
        shutil.copy2(source, partial)
        os.replace(partial, target)
        copies.append(target)
    log.info("published %d file(s) to %s", len(copies), target_root)
    return copies
