"""A sync killed with SIGKILL in the middle of a day, then run again, gives exactly the lake of one clean run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from keitaro_ext.testing import FakeTracker

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL")
ARGS = ["--since", "2026-06-05", "--until", "2026-06-12", "--timezone", "UTC", "--page-size", "20"]


def keitaro(fake: FakeTracker, *args: str) -> subprocess.Popen[bytes]:
    env = {**os.environ, "KEITARO_URL": fake.url, "KEITARO_API_KEY": fake.api_key}
    env["KEITARO_CONFIG"] = str(Path(args[-1]).parent / "no-config.toml")
    return subprocess.Popen(
        [sys.executable, "-m", "keitaro_ext.cli", "sync", *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def complete_days(root: Path) -> int:
    try:
        state = json.loads((root / "_keitaro_sync.json").read_text())
    except (FileNotFoundError, ValueError):
        return 0
    return len(state["tables"].get("clicks", {}).get("days", {}))


def temp_files(root: Path) -> list[Path]:
    return list(root.glob("*/day=*/.part-0.parquet.*.partial"))


def snapshot(root: Path) -> dict[str, list[dict[str, object]]]:
    return {str(p.relative_to(root)): pq.read_table(p).to_pylist() for p in sorted(root.glob("*/day=*/*.parquet"))}


def run_to_end(fake: FakeTracker, lake: Path) -> None:
    process = keitaro(fake, *ARGS, str(lake))
    out, err = process.communicate(timeout=120)
    assert process.returncode == 0, err.decode()
    assert fake.api_key.encode() not in out + err


def test_killed_mid_day_then_resumed_equals_one_clean_run(tmp_path: Path) -> None:
    with FakeTracker(seed=5, clicks=3000, api_key="resume-SECRET-key") as fake:
        run_to_end(fake, tmp_path / "clean")

        fake.faults.add(path="/clicks/log", latency=0.05)  # about 0.25 s a day: time to catch one half-written
        lake = tmp_path / "killed"
        process = keitaro(fake, *ARGS, str(lake))
        root = lake / "127.0.0.1"
        deadline = time.monotonic() + 60
        while not (complete_days(root) >= 2 and temp_files(root)):
            assert process.poll() is None, "the sync ended before it could be killed"
            assert time.monotonic() < deadline, "no half-written day appeared"
            time.sleep(0.005)
        process.send_signal(signal.SIGKILL)
        process.wait(timeout=10)
        done = complete_days(root)
        assert 2 <= done < 8
        assert temp_files(root), "killed between days, not in the middle of one"
        assert not list((root / "clicks").glob(f"day=2026-06-{5 + done:02d}/part-0.parquet"))
        fake.faults.clear()

        mark = len(fake.requests)
        run_to_end(fake, lake)
        refetched = {r.json["range"]["from"] for r in fake.requests[mark:] if r.path == "/clicks/log"}
        assert refetched == {
            f"2026-06-{day:02d}" for day in range(5 + done, 13)
        }  # completed days are not fetched again
    assert temp_files(root) == []
    assert [p.name for p in root.glob("*/day=*/.*")] == []  # nor the temporary file's lock
    assert snapshot(root) == snapshot(tmp_path / "clean" / "127.0.0.1")
