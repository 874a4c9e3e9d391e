"""Wall time of `make regen` (its work: scripts/regen.sh, the pinned generator and ruff, the facade).

It runs in a scratch copy of the committed tree (`git archive HEAD`), so the benchmark never
rewrites generated/ under someone's feet; the copy's .venv is a link to this venv, as `make regen`
would use after its install step (a no-op once installed). The output is compared with the
committed generated/ to show the run did the real work.
"""

from __future__ import annotations

import io
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

from .report import Section, median

ROOT = Path(__file__).resolve().parent.parent


def _copy_of_head(folder: Path) -> None:
    archive = subprocess.run(["git", "archive", "HEAD"], cwd=ROOT, capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(folder / "tree", filter="data")
        tar.extractall(folder / "committed", filter="data")
    (folder / "tree" / ".venv").symlink_to(Path(sys.executable).parent.parent)


def _regen_once(folder: Path) -> tuple[float, bool]:
    """Seconds of one regeneration, and whether its output equals the committed generated/."""
    start = time.perf_counter()
    run = subprocess.run(["bash", "scripts/regen.sh"], cwd=folder / "tree", capture_output=True, text=True)
    seconds = time.perf_counter() - start
    if run.returncode != 0:
        raise RuntimeError(f"scripts/regen.sh failed:\n{run.stdout}\n{run.stderr}")
    same = subprocess.run(
        [
            "diff",
            "-r",
            "-q",
            "-x",
            "__pycache__",
            str(folder / "committed" / "generated"),
            str(folder / "tree" / "generated"),
        ],
        capture_output=True,
    )
    return seconds, same.returncode == 0


def main(runs: int = 3) -> Section:
    times: list[float] = []
    identical: list[bool] = []
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        _copy_of_head(folder)
        for _ in range(runs):
            seconds, same = _regen_once(folder)
            times.append(seconds)
            identical.append(same)
    section = Section(
        "make regen",
        f"scripts/regen.sh (what `make regen` runs once installed) in a scratch copy of HEAD, {runs} runs, median.",
    )
    section.add("regen wall time", f"{median(times):.1f} s (runs: {', '.join(f'{t:.1f}' for t in times)} s)")
    section.add("output identical to the committed generated/", "yes" if all(identical) else "NO")
    return section


if __name__ == "__main__":
    print(main().text())
