"""`keitaro-fake` / `python -m keitaro_ext.testing`: serve the fake tracker for curl, Postman or
code in another language."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="keitaro-fake", description="Serve a fake Keitaro Admin API with seeded data.")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (default: 127.0.0.1)")
    p.add_argument("--port", type=int, default=8000, help="port to listen on (default: 8000; 0 picks a free one)")
    p.add_argument("--seed", type=int, default=0, help="seed of the entities and the click data (default: 0)")
    p.add_argument("--api-key", default="test-key", help="the API key clients must send (default: test-key)")
    p.add_argument("--clicks", type=int, default=5000, help="number of synthetic clicks (default: 5000)")
    p.add_argument("--now", default=None, help="the tracker's fixed clock, ISO 8601 (default: 2026-06-15T12:00Z)")
    p.add_argument("--timezone", default="UTC", help="the tracker's time zone (default: UTC)")
    p.add_argument(
        "--max-body-bytes", type=int, default=16 * 1024 * 1024, help="larger request bodies get 413 (default: 16 MB)"
    )
    p.add_argument("--request-log-size", type=int, default=10_000, help="requests kept in the log (default: 10000)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        from .server import ListenError, serve_until_stopped
        from .tracker import FakeTracker
    except ImportError as exc:  # pragma: no cover - depends on the install
        print(f"keitaro-fake needs the testing extra: pip install 'keitaro-admin[testing]' ({exc})", file=sys.stderr)
        return 2
    try:
        fake = FakeTracker(**vars(args))  # every option is a keyword of FakeTracker
    except ValueError as exc:
        print(f"keitaro-fake: {exc}", file=sys.stderr)
        return 2

    def announce(fake: FakeTracker) -> None:
        print(f"Fake Keitaro Admin API on {fake.api_url}  (Api-Key: {args.api_key})")
        print(f"seed={args.seed} clicks={args.clicks} now={fake.now.isoformat()}  Ctrl+C stops it.", flush=True)

    try:
        serve_until_stopped(fake, announce)
    except ListenError as exc:
        print(f"keitaro-fake: {exc}", file=sys.stderr)
        return 2
    return 0
