"""The next page requested in a background thread while the caller works on the current one.

An export spends its time turning a page into the file's encoding and writing it; the request for
the next page spends its time waiting on the tracker and the network. A plain loop does one after
the other; with `PageAhead` they overlap. One request at most is in flight. Its answer is decoded
when the caller asks for the page, by the caller's thread (`fetch` wraps the answer's parser with
`hold`, and the parser's work is handed over): decoding needs the interpreter's lock anyway, and a
page decoded in the other thread would sit in that thread's malloc arena, beside the caller's, for
about 13 MB more peak memory. So an export holds one page of rows plus the bytes of the next.

The fetch is the same call as without it (same retries, timeout and deadline, and the parser's
errors raised inside the call, where the SDK turns them into its own), run in a copy of the
caller's context. Whatever the call raises is raised in the caller's thread, the same exception
object, where the page would have been fetched. Leaving the `with` block waits for a request still
in flight (no thread outlives the export), except on KeyboardInterrupt or SystemExit: an
interrupted export stops at once, and the daemon thread, when its answer comes, drops it and ends.
"""

from __future__ import annotations

import contextvars
import queue
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import Any, Generic, TypeVar

__all__ = ["Hold", "PageAhead"]

T = TypeVar("T")
Hold = Callable[[Callable[[Any], Any]], Callable[[Any], Any]]  # a parser -> the same parser, run when asked for


WORTH_IT = 0.05  # seconds a page's answer was waited for, beyond the fetching thread's own CPU time


class PageAhead(Generic[T]):
    """`start(offset, limit)` then `result()`: the page `fetch(offset, limit, hold)` gives, or its exception.

    The page is fetched in a thread from `start` on when the last answer was waited for at least
    WORTH_IT seconds (a tracker's query time, the network), else in the caller's thread by `result`:
    against a tracker on loopback the wait is a few milliseconds, less than what a second thread
    costs (the two contend for the interpreter's lock; measured in bench/bench_data.py).
    """

    def __init__(self, fetch: Callable[[int, int, Hold], T]) -> None:
        self._fetch = fetch
        self._pending: tuple[int, int] | None = None
        self.waited = 0.0  # the last answer's wait, in seconds
        self._thread: threading.Thread | None = None
        self._asked = threading.Event()
        self._requests: queue.SimpleQueue[tuple[Callable[[], Any], _Reply] | None] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._abandoned = False
        self._outcome: tuple[T | None, BaseException | None] = (None, None)

    def start(self, offset: int, limit: int) -> None:
        if self._thread is not None or self._pending is not None:
            raise RuntimeError("a page is already being fetched")
        if self.waited < WORTH_IT:
            self._pending = (offset, limit)
            return
        self._asked.clear()
        context = contextvars.copy_context()
        self._thread = threading.Thread(
            target=context.run, args=(self._run, offset, limit), name="keitaro-page-ahead", daemon=True
        )
        self._thread.start()

    def _run(self, offset: int, limit: int) -> None:
        try:
            self._outcome = (self._fetch(offset, limit, self._timed(self._hold)), None)
        except BaseException as error:  # handed to the caller's thread by result()
            self._outcome = (None, error)
        finally:
            self._requests.put(None)

    def _hold(self, parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
        """The parser, run by the caller's thread once it asks for the page (see the module docstring)."""

        def held(response: Any) -> Any:
            self._asked.wait()
            reply = _Reply()
            with self._lock:
                if self._abandoned:
                    raise _AbandonedError
                self._requests.put((lambda: parse(response), reply))
            return reply.get()

        return held

    def _timed(self, hold: Hold) -> Hold:
        """`hold`, noting first how long the answer was waited for (wall time less this thread's CPU time)."""
        began, used = time.perf_counter(), time.thread_time()

        def timed(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
            then = hold(parse)

            def arrived(response: Any) -> Any:
                self.waited = (time.perf_counter() - began) - (time.thread_time() - used)
                return then(response)

            return arrived

        return timed

    def result(self) -> T:
        if self._pending is not None:
            (offset, limit), self._pending = self._pending, None
            return self._fetch(offset, limit, self._timed(_as_it_is))
        thread, self._thread = self._thread, None
        if thread is None:
            raise RuntimeError("no page is being fetched")
        self._asked.set()
        while (request := self._requests.get()) is not None:
            work, reply = request
            reply.run(work)  # the decoding, in this thread: its memory is this thread's, like every other page's
        thread.join()
        (value, error), self._outcome = self._outcome, (None, None)
        if error is not None:
            raise error
        return value  # type: ignore[return-value]  # None only alongside an error

    def __enter__(self) -> PageAhead[T]:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        thread, self._thread, self._pending = self._thread, None, None
        if thread is None:
            return
        if kind is None or issubclass(kind, Exception):
            self._asked.set()
            while (request := self._requests.get()) is not None:  # one request, bounded by its own timeout
                request[1].cancel()
            thread.join()
        else:  # interrupted: do not wait; the thread, once its answer came, finds no one to decode it and ends
            with self._lock:
                self._abandoned = True
                while not self._requests.empty():
                    if (request := self._requests.get()) is not None:
                        request[1].cancel()
            self._asked.set()
        self._outcome = (None, None)


def _as_it_is(parse: Callable[[Any], Any]) -> Callable[[Any], Any]:
    return parse


class _Reply:
    """What the caller's thread sends back to the fetching one: the parsed value or the parser's exception."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self._value: Any = None
        self._error: BaseException | None = None

    def run(self, work: Callable[[], Any]) -> None:
        try:
            self._value = work()
        except BaseException as error:  # raised in the fetching thread, inside the call, as the parser's own
            self._error = error
        finally:
            self._done.set()

    def cancel(self) -> None:
        self._error = _AbandonedError()
        self._done.set()

    def get(self) -> Any:
        self._done.wait()
        if self._error is not None:
            raise self._error
        return self._value


class _AbandonedError(Exception):
    """Raised in the fetching thread when the export ended before its page was wanted."""
