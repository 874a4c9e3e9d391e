"""The lake on disk: folder names, one day's file swapped in atomically, and the per-tracker lock.

`DIR/<tracker>/<table>/day=YYYY-MM-DD/part-0.parquet`. A day is written to a fresh temporary
file created exclusively in its own folder (`.part-0.<random>.tmp`: a leading dot, so DuckDB's
`*.parquet` glob, Spark and Hive skip it), synced to disk and renamed over the old file, so a
reader sees the old day or the new one, never half of one. A run killed with SIGKILL leaves at
most such a temporary file; the next run removes it under the lock.
"""

from __future__ import annotations

import contextlib
import os
import re
import tempfile
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO

from ..errors import ConfigurationError, KeitaroError

__all__ = ["DayFile", "lake_lock", "remove_leftovers", "tracker_name"]

PART = "part-0.parquet"
TEMP_PREFIX = ".part-0."
TEMP_SUFFIX = ".tmp"
_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def tracker_name(name: str) -> str:
    """A folder name for a tracker (a profile name or a host): letters, digits, '.', '_' and '-'."""
    cleaned = _UNSAFE.sub("-", name.strip()).strip("-.")
    if not cleaned:
        raise ConfigurationError(f"Cannot name a lake folder after {name!r}: pass tracker='name'.")
    return cleaned


def day_folder(root: Path, table: str, day: date) -> Path:
    return root / table / f"day={day.isoformat()}"


class DayFile:
    """One day's Parquet file being written: a temp file now, the partition once `commit` is called."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder
        self.path = folder / PART
        fd, name = tempfile.mkstemp(prefix=TEMP_PREFIX, suffix=TEMP_SUFFIX, dir=folder)  # O_EXCL
        self.temp = Path(name)
        self.handle: IO[bytes] = os.fdopen(fd, "wb")

    def commit(self) -> int:
        """Make the written file the day's partition; returns its size in bytes."""
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.temp, self.path)
        _sync_folder(self.folder)
        return self.path.stat().st_size

    def discard(self) -> None:
        if not self.handle.closed:
            self.handle.close()
        with contextlib.suppress(FileNotFoundError):
            self.temp.unlink()


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
    for temp in root.glob(f"*/day=*/{TEMP_PREFIX}*{TEMP_SUFFIX}"):
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
