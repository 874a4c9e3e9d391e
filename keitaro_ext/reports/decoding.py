"""JSON decoding of report and log answers: orjson when installed (`pip install 'keitaro-admin[fast]'`).

A page of 10,000 log rows is a few megabytes of JSON; decoding it is most of what an export spends
outside the file writer, and orjson does it about twice as fast as the standard library. Both
give the same Python values for what trackers send (objects, lists, strings, numbers, null); an
answer orjson refuses (a byte-order mark, an integer beyond 64 bits) is decoded by `json` instead.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

__all__ = ["BACKEND", "loads"]


def _standard(data: bytes) -> Any:
    return json.loads(data)


def _pick() -> tuple[str, Callable[[bytes], Any]]:
    try:
        import orjson
    except ImportError:
        return "json", _standard

    def fast(data: bytes) -> Any:
        try:
            return orjson.loads(data)
        except orjson.JSONDecodeError:
            # What orjson refuses but json reads (a BOM, integers beyond 64 bits) is read the slow way;
            # what neither reads raises json's JSONDecodeError as before.
            return json.loads(data)

    return "orjson", fast


BACKEND, loads = _pick()
