"""What a client has learnt about the tracker's entrypoint, so a refusal is logged once and not re-tried.

Kept per connection pool (the httpx client), so `kt.with_options(...)` copies share it, and it goes
away with the client.
"""

from __future__ import annotations

import logging
import threading
import weakref
from dataclasses import dataclass, field

__all__ = ["EntrypointMemo", "memo_for"]

logger = logging.getLogger("keitaro_ext.batch")

_MEMOS: weakref.WeakKeyDictionary[object, EntrypointMemo] = weakref.WeakKeyDictionary()
_MEMOS_LOCK = threading.Lock()


@dataclass
class EntrypointMemo:
    """`supported`: None until the tracker answers; True after per-item results; False after a lasting refusal."""

    supported: bool | None = None
    warned: bool = False
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def confirm(self) -> None:
        with self._lock:
            self.supported = True

    def fall_back(self, base_url: str, reason: str, *, lasting: bool) -> None:
        """Note that calls go out as concurrent requests instead; warn the first time for this client."""
        with self._lock:
            if lasting:
                self.supported = False
            first, self.warned = not self.warned, True
        message = (
            "The ?batch entrypoint of %s %s; the batch's calls go out as concurrent requests instead%s. "
            "(Logged once per client.)"
        )
        later = " (and so will later batches of this client)" if lasting else ""
        logger.log(logging.WARNING if first else logging.DEBUG, message, base_url, reason, later)


def memo_for(pool: object) -> EntrypointMemo:
    with _MEMOS_LOCK:
        return _MEMOS.setdefault(pool, EntrypointMemo())
