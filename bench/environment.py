"""The header of bench/results.md: what machine, Python and versions the figures were taken with."""

from __future__ import annotations

import importlib.metadata
import os
import platform
import subprocess
from datetime import UTC, datetime
from pathlib import Path

PACKAGES = (
    "keitaro-admin",
    "httpx",
    "httpcore",
    "h11",
    "attrs",
    "uvicorn",
    "requests",
    "openapi-python-client",
    "ruff",
)
ROOT = Path(__file__).resolve().parent.parent


def _cpu() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def _memory_gb() -> str:
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.0f} GB"
    except OSError:
        pass
    return "unknown memory"


def _version(name: str) -> str:
    try:
        return importlib.metadata.version(name)
    except importlib.metadata.PackageNotFoundError:
        return "not installed"


def _commit() -> str:
    out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    dirty = subprocess.run(["git", "status", "--porcelain"], cwd=ROOT, capture_output=True, text=True).stdout
    return out.stdout.strip() + (" (work tree has uncommitted changes)" if dirty.strip() else "")


def load() -> str:
    one, five, _ = os.getloadavg()
    return f"{one:.2f} (1 min), {five:.2f} (5 min)"


def header() -> list[str]:
    """Markdown lines describing this run's machine and software."""
    return [
        f"- date: {datetime.now(UTC).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- machine: {platform.system()} {platform.release()} {platform.machine()}, {_cpu()}, "
        f"{os.cpu_count()} cores, {_memory_gb()}",
        f"- Python: {platform.python_implementation()} {platform.python_version()}",
        "- packages: " + ", ".join(f"{name} {_version(name)}" for name in PACKAGES),
        f"- commit: {_commit()}",
    ]
