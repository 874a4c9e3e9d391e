"""Use an installed wheel as a user would: run from outside the checkout, against the fake tracker.

Run by scripts/release_check.sh and the release workflow inside a fresh venv.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> int:
    os.chdir(tempfile.mkdtemp())  # nothing of the checkout is importable from here
    import keitaro_admin_client

    import keitaro_ext
    from keitaro_ext import Keitaro
    from keitaro_ext.testing import FakeTracker

    for module in (keitaro_ext, keitaro_admin_client):
        location = Path(module.__file__ or "").resolve()
        if "site-packages" not in location.parts:
            print(f"smoke: {module.__name__} imported from {location}, not from the installed wheel", file=sys.stderr)
            return 1
        if not (location.parent / "py.typed").is_file():
            print(f"smoke: {module.__name__} has no py.typed", file=sys.stderr)
            return 1
    fake = FakeTracker(clicks=200)
    with Keitaro("http://tracker.test", fake.api_key, transport=fake.transport()) as kt:
        names = [campaign.name for campaign in kt.campaigns.list()]
        report = kt.reports.build("7_days_ago", metrics="clicks")
    if not names or report.rows[0]["clicks"] <= 0:
        print("smoke: the fake tracker answered nothing", file=sys.stderr)
        return 1
    keitaro = Path(sys.executable).parent / "keitaro"  # the console script the wheel installed
    result = subprocess.run([str(keitaro), "--help"], capture_output=True, text=True, check=False)
    if result.returncode != 0 or "campaigns" not in result.stdout:
        print(f"smoke: `keitaro --help` failed: {result.stdout}{result.stderr}", file=sys.stderr)
        return 1
    print(f"smoke: keitaro-admin {keitaro_ext.__version__} works from the wheel ({len(names)} campaigns)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
