"""What the issue-14 safeguards cost, each beside the unguarded way, interleaved in one run.

- paging: `iter_pages` (fingerprint of every page, page cap) against the same lazy generator
  without them, over in-memory pages of log rows; per page, so only the CPU is seen.
- the fake's body intake: the bounded chunk list against the old `body += chunk` on one body.
- redaction: the message snippet of an error (redact a window, then cut) against the old cut-first.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator

from keitaro_ext.pagination import Page, iter_pages
from keitaro_ext.redaction import clip, redact_secret

from .report import Section, median, ms, ratio

KEY = "kt-BENCH-0123456789abcdef0123"


def _spread(values: list[float]) -> str:
    return f"min {ms(min(values))} / median {ms(median(values))} / max {ms(max(values))}"


def _ratios(guarded: list[float], bare: list[float]) -> str:
    pairs = sorted(g / b for g, b in zip(guarded, bare, strict=True))
    return f"{ratio(pairs[0])} / {ratio(median(pairs))} / {ratio(pairs[-1])}"


def _timed(work: Callable[[], object]) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _paging(pages: int, page_size: int, rounds: int) -> tuple[list[float], list[float]]:
    rows = [
        [{"datetime": "2026-01-01 00:00:00", "sub_id": f"s{p}-{i}", "revenue": str(i / 10)} for i in range(page_size)]
        for p in range(pages)
    ]
    total = pages * page_size

    def fetch(offset: int, limit: int) -> Page[dict[str, str]]:
        return Page(rows[offset // page_size], total)

    def guarded() -> None:
        for _ in iter_pages(fetch, page_size=page_size):
            pass

    def unguarded() -> Iterator[dict[str, str]]:  # the same lazy generator, without fingerprint or cap
        offset = 0
        while offset < total:
            page = fetch(offset, page_size)
            yield from page.rows
            offset += len(page.rows)

    def bare() -> None:
        for _ in unguarded():
            pass

    guarded_times, bare_times = [], []
    for _ in range(rounds):
        guarded_times.append(_timed(guarded) / pages)
        bare_times.append(_timed(bare) / pages)
    return guarded_times, bare_times


def _chunks(size: int, chunk: int) -> Iterator[bytes]:
    block = b"x" * chunk
    for _ in range(size // chunk):
        yield block


def _intake(size: int, chunk: int, rounds: int) -> tuple[list[float], list[float]]:
    def bounded() -> bytes:
        parts: list[bytes] = []
        seen = 0
        for part in _chunks(size, chunk):
            seen += len(part)
            if seen > size:
                break
            parts.append(part)
        return b"".join(parts)

    def concatenated() -> bytes:
        body = b""
        for part in _chunks(size, chunk):
            body += part
        return body

    new, old = [], []
    for _ in range(rounds):
        new.append(_timed(bounded))
        old.append(_timed(concatenated))
    return new, old


def _snippets(calls: int, rounds: int) -> tuple[list[float], list[float]]:
    text = ("x" * 190 + KEY + " ") * 300  # a 66 KB body echoing the key

    def redact_then_cut() -> None:
        for _ in range(calls):
            clip(" ".join(redact_secret(text[: 200 + 65_536], KEY).split()), 200)

    def cut_then_redact() -> None:  # the old order: leaks a key at the cut, shown for its cost only
        for _ in range(calls):
            redact_secret(" ".join(text[:200].split()), KEY)

    new, old = [], []
    for _ in range(rounds):
        new.append(_timed(redact_then_cut) / calls)
        old.append(_timed(cut_then_redact) / calls)
    return new, old


def main(pages: int = 200, page_size: int = 1000, body_mb: int = 16, rounds: int = 7) -> Section:
    section = Section(
        "Safeguards against hostile trackers (bench/bench_hardening.py)",
        f"{rounds} interleaved rounds each; ratios are guarded / unguarded per round, as min / median / max.",
    )
    guarded, bare = _paging(pages, page_size, rounds)
    section.add(f"paging, per page of {page_size} log rows, fingerprinted + capped", _spread(guarded))
    section.add("paging, per page, the same generator without them", _spread(bare))
    section.add("paging ratio", _ratios(guarded, bare))
    new, old = _intake(body_mb << 20, 64 << 10, max(3, rounds // 2))
    section.add(f"fake intake of a {body_mb} MB body in 64 KB chunks, bounded list", _spread(new))
    section.add("fake intake, old body += chunk", _spread(old))
    section.add("intake ratio (bounded / old)", _ratios(new, old))
    new, old = _snippets(200, rounds)
    section.add("error snippet of a 66 KB body, redact then cut", _spread(new))
    section.add("error snippet, old cut then redact (leaky)", _spread(old))
    section.add("snippet ratio", _ratios(new, old))
    section.notes.append(
        "A page costs a network round trip of a millisecond or more on loopback (see the overhead table), "
        "so the fingerprint is to be read against that, not only against the bare loop."
    )
    return section


if __name__ == "__main__":
    print(main().text())
