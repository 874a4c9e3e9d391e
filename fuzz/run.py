"""Run schemathesis against the fake tracker: schema-valid requests only, every check.

Usage: python fuzz/run.py [--max-examples N] [--max-time SECONDS] [--seed N] [extra schemathesis args]

Serves a fresh FakeTracker on a free loopback port, points `schemathesis run` at it with
openapi/keitaro.yaml and fuzz/schemathesis.toml, and exits with schemathesis's status. One worker:
hypothesis is not thread-safe in the version pinned by the dev extras (a runtime error with -w 2).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

from keitaro_ext.testing import FakeTracker

ROOT = Path(__file__).resolve().parent.parent
API_KEY = "fuzz-key"


def command(api_url: str, args: argparse.Namespace, extra: list[str]) -> list[str]:
    executable = Path(sys.executable).with_name("schemathesis")
    return [
        str(executable),
        "--config-file",
        str(ROOT / "fuzz" / "schemathesis.toml"),
        "run",
        str(ROOT / "openapi" / "keitaro.yaml"),
        "--url",
        api_url,
        "--header",
        f"Api-Key: {API_KEY}",
        "--checks",
        "all",
        "--mode",
        "positive",
        "--phases",
        "examples,coverage,fuzzing",
        "--max-examples",
        str(args.max_examples),
        "--max-time",
        str(args.max_time),
        "--seed",
        str(args.seed),
        "--workers",
        "1",
        *extra,
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-examples", type=int, default=50)
    parser.add_argument("--max-time", type=int, default=240, help="seconds for the whole run")
    parser.add_argument("--seed", type=int, default=1)
    args, extra = parser.parse_known_args()
    with FakeTracker(api_key=API_KEY, clicks=500) as fake:
        return subprocess.run(command(fake.api_url, args, extra), cwd=ROOT, check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
