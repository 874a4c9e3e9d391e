"""The SDK as it was when issue 15 was filed, for the one figure that names it ("CSV export >= 1.3x
faster than today's"): its `keitaro_ext` and `generated/` unpacked from git into a folder, and a child
process that exports with that code alone.

A reconstruction (today's paging and HTTP path with the old `DictWriter` sink and stdlib json) is
measured beside it in bench_data; it is faster than the code of that day, since the shared paths
have been sped up since, so it is the stricter of the two.
"""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import tarfile
from pathlib import Path
from typing import Any

COMMIT = "e03c3e6"  # the commit issue 15 was filed on (`issues show 15`: "than today's")
ROOT = Path(__file__).resolve().parent.parent

# Runs with the old tree first on sys.path (`-c` puts the working directory, the old tree, first).
CHILD = """
import json, os, sys, time
url, key, path, page = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
import importlib
import httpx
import keitaro_ext
from keitaro_ext import Keitaro
for name in ("keitaro_ext.reports", "keitaro_ext.reports.export", "keitaro_ext.resources.clicks",
             "keitaro_admin_client.api.clicks"):  # what the export imports lazily, before the clock
    try:
        importlib.import_module(name)
    except ImportError:
        pass
import keitaro_admin_client
for module in (keitaro_ext, keitaro_admin_client):  # the old code, not the installed one
    assert module.__file__.startswith(os.getcwd()), module.__file__
start, cpu_start = time.perf_counter(), time.process_time()
with Keitaro(url, key, timeout=300) as kt:
    rows = kt.clicks.export(path, range="all_time", page_size=page).rows
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu_start
with open("/proc/self/status", encoding="ascii") as status:
    peak = next((int(line.split()[1]) / 1024 for line in status if line.startswith("VmHWM:")), 0.0)
print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": rows, "peak_mb": peak, "bytes": os.path.getsize(path)}))
"""


def unpack(folder: str) -> str | None:
    """The old tree under `folder`, or None where git or the commit is missing (an sdist, a shallow clone)."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(ROOT), "archive", "--format=tar", COMMIT, "keitaro_ext", "generated"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    tree = os.path.join(folder, f"keitaro-admin-{COMMIT}")
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(tree, filter="data")
    return tree


def export(tree: str, url: str, key: str, path: str, page: int) -> dict[str, Any]:
    """One CSV export by the old code in a fresh process: seconds, client CPU, rows, peak RSS, bytes."""
    env = {name: value for name, value in os.environ.items() if name != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = os.pathsep.join([tree, os.path.join(tree, "generated")])
    done = subprocess.run(
        [sys.executable, "-c", CHILD, url, key, path, str(page)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=tree,
    )
    result: dict[str, Any] = json.loads(done.stdout)
    return result
