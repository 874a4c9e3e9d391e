"""The lake on disk: folder names, one day's file swapped in atomically, and the per-tracker lock.

`DIR/<tracker>/<table>/day=YYYY-MM-DD/part-0.parquet`. A day is written through the exports'
`reports.atomic_file`: a fresh temporary file created exclusively in its own folder
(`.part-0.parquet.<random>.partial`: a leading dot, so DuckDB's `*.parquet` glob, Spark and Hive
skip it), renamed over the old file with the umask's permissions, and removed on any failure,
Ctrl+C, SIGTERM or SIGHUP. On top of that the data and the rename are fsynced, so a day the state
file calls written survives a power cut. A reader sees the old day or the new one, never half of
one. A run killed with SIGKILL leaves at most such a temporary file (and its lock file); the next
run removes them under the tracker lock.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from ..errors import ConfigurationError, KeitaroError
from ..reports.atomic_file import atomic_file

__all__ = ["PART", "day_file", "lake_lock", "remove_leftovers", "tracker_name"]

PART = "part-0.parquet"
LEFTOVERS = (f".{PART}.*.partial", f".{PART}.lock")
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def tracker_name(name: str) -> str:
    """A folder name for a tracker (a profile name or a host): letters, digits, '.', '_' and '-'."""
    cleaned = _UNSAFE.sub("-", name.strip()).strip("-.")
    if not cleaned:
        raise ConfigurationError(f"Cannot name a lake folder after {name!r}: pass tracker='name'.")
    return cleaned


def day_folder(root: Path, table: str, day: date) -> Path:
    return root / table / f"day={day.isoformat()}"


@contextlib.contextmanager
def day_file(folder: Path) -> Iterator[IO[bytes]]:
    """Yields the handle of a day's new file; when the block ends without error it is the partition."""
    folder.mkdir(parents=True, exist_ok=True)
    with atomic_file(folder / PART) as (_, handle):
        yield handle
        handle.flush()
        os.fsync(handle.fileno())
    _sync_folder(folder)


def _sync_folder(folder: Path) -> None:
    """Persist the rename itself (POSIX); a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - file systems without directory fsync
        pass
    finally:
        os.close(fd)


def remove_leftovers(root: Path) -> int:
    """Delete temporary files a killed run left behind; returns how many."""
    removed = 0
    for pattern in LEFTOVERS:
        for temp in root.glob(f"*/day=*/{pattern}"):
            with contextlib.suppress(FileNotFoundError):
                temp.unlink()
                removed += 1
    return removed


@contextlib.contextmanager
def lake_lock(root: Path) -> Iterator[None]:
    """Hold `<tracker>/.keitaro_sync.lock` for the run; the OS releases it even after SIGKILL."""
    root.mkdir(parents=True, exist_ok=True)
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no advisory locks, single writer assumed
        yield
        return
    with open(root / ".keitaro_sync.lock", "a+b") as handle:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise KeitaroError(
                f"Another sync is writing {root} right now; wait for it to finish (two writers would race)."
            ) from None
        try:
            yield
        finally:
            fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
