"""A file that appears at its destination whole or not at all, safe in a folder others can write to.

- The data goes to a fresh temporary file in the destination's folder, made with exclusive
  creation (`tempfile.mkstemp`: `O_EXCL`, a random name, mode 0600 while written), so a planted
  file or symbolic link is never opened or followed; it is moved into place with `os.replace`
  (atomic on one file system), with the permissions a new file would get (the umask's).
- One writer per destination: a lock file `.NAME.lock` beside it (opened without following
  links, locked with `flock`) makes a second export to the same path fail at once with a clear
  error instead of interleaving rows. Where `fcntl` is missing (Windows) there is no such lock.
- SIGTERM and SIGHUP remove the temporary file as Ctrl+C does, when the signal's handler is the
  default one (a handler of the application is left alone): in the main thread the signal
  becomes `SystemExit(128 + signal number)`, which unwinds through the export's cleanup.
"""

from __future__ import annotations

import contextlib
import os
import signal
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from types import FrameType
from typing import IO, Any

from ..errors import KeitaroError

__all__ = ["ExportBusyError", "ExportFileError", "atomic_file"]

CLEANUP_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0)


class ExportFileError(KeitaroError, OSError):
    """The destination cannot be written: no such folder, no permission, a planted link at the lock.

    An OSError too, so that code (and the CLI's exit code 1) treats it like any file that cannot
    be written.
    """


class ExportBusyError(ExportFileError):
    """Another export to the same file is running (in this process or another)."""


def _umask_mode() -> int:
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


@contextlib.contextmanager
def _exclusive(path: Path) -> Iterator[None]:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - Windows: no cross-process lock
        yield
        return
    lock = path.with_name(f".{path.name}.lock")
    for _ in range(5):
        try:
            fd = os.open(lock, os.O_RDWR | os.O_CREAT | _NOFOLLOW | os.O_CLOEXEC, 0o600)
        except OSError as exc:
            raise ExportFileError(
                f"Cannot export to {path}: cannot open its lock file {lock.name} ({exc.strerror or exc}); "
                "if it is a link someone planted, remove it."
            ) from None
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            raise ExportBusyError(
                f"Another export to {path} is running; wait for it to finish or export to another file."
            ) from None
        try:
            same = os.path.samestat(os.fstat(fd), os.lstat(lock))
        except FileNotFoundError:  # the previous holder removed it between our open and our lock
            same = False
        if same:
            break
        os.close(fd)
    else:  # pragma: no cover - only under a storm of competing writers
        raise ExportBusyError(f"Cannot take the lock of {path}: other exports keep replacing it; try again.")
    try:
        yield
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(lock)
        os.close(fd)


_ACTIVE: set[str] = set()  # temporary files being written, by any thread
_INSTALLED: dict[int, Any] = {}  # signal -> the handler ours replaced (the default one)
_GUARD = threading.Lock()


def _on_signal(signum: int, frame: FrameType | None) -> None:
    """Remove every temporary file being written, then exit as the default action would."""
    with _GUARD:
        partials = list(_ACTIVE)
    for partial in partials:
        with contextlib.suppress(OSError):
            os.unlink(partial)  # first, in case the unwinding takes a path without our cleanup
    if not partials:  # left installed by an export that ended in another thread: act as the default
        signal.signal(signum, signal.SIG_DFL)
        os.kill(os.getpid(), signum)
        return
    raise SystemExit(128 + signum)


@contextlib.contextmanager
def _signals_clean(partial: str) -> Iterator[None]:
    """While writing, SIGTERM/SIGHUP with the default action remove `partial` and exit via SystemExit.

    One handler serves every export running at once (threads, tasks); it is installed from the
    main thread only (Python's rule) and removed when the last export there ends.
    """
    main = threading.current_thread() is threading.main_thread()
    with _GUARD:
        _ACTIVE.add(partial)
        if main:
            for signum in CLEANUP_SIGNALS:
                if signum not in _INSTALLED and signal.getsignal(signum) is signal.SIG_DFL:
                    _INSTALLED[signum] = signal.signal(signum, _on_signal)
    try:
        yield
    finally:
        with _GUARD:
            _ACTIVE.discard(partial)
            if main and not _ACTIVE:
                for signum, handler in list(_INSTALLED.items()):
                    if signal.getsignal(signum) is _on_signal:
                        signal.signal(signum, handler)
                    del _INSTALLED[signum]


@contextlib.contextmanager
def atomic_file(path: Path) -> Iterator[tuple[Path, IO[bytes]]]:
    """Yields (temporary path, its open binary handle); on success the file replaces `path`.

    On any failure, Ctrl+C, SIGTERM or SIGHUP the temporary file is removed and `path` keeps
    what it had. The handle is closed before the file is moved.
    """
    with _exclusive(path):
        try:
            fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
        except OSError as exc:
            raise ExportFileError(f"Cannot write in {path.parent}: {exc.strerror or exc}.") from None
        partial = Path(name)
        handle = os.fdopen(fd, "wb")
        moved = False
        try:
            with _signals_clean(name):
                yield partial, handle
                handle.close()
                os.chmod(partial, _umask_mode())
                os.replace(partial, path)
                moved = True
        finally:
            handle.close()
            if not moved:
                with contextlib.suppress(FileNotFoundError):
                    partial.unlink()
