"""CLI start-up: `keitaro --help` and `keitaro campaigns list` beside `python -c "import keitaro_ext"`.

Each is a fresh process timed from spawn to exit (what a user waits for). `campaigns list` talks to
the fake served on loopback by a process of its own, so only the CLI's time is counted.
"""

from __future__ import annotations

import functools
import os
import subprocess
import sys
from pathlib import Path

from .fakeproc import served_fake
from .ratios import interleaved, spread, timed
from .report import Section, median, ms

LIMIT = 2.0


def _command() -> list[str]:
    script = Path(sys.executable).with_name("keitaro")
    return [str(script)] if script.exists() else [sys.executable, "-m", "keitaro_ext.cli"]


def _runner(argv: list[str], env: dict[str, str]) -> float:
    return timed(lambda: subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, check=True))


def main(rounds: int = 10) -> Section:
    keitaro = _command()
    with served_fake(clicks=100) as fake:
        env = {**os.environ, "KEITARO_URL": fake.url, "KEITARO_API_KEY": fake.api_key, "COLUMNS": "120"}
        env.pop("KEITARO_PROFILE", None)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # users run with .pyc caches; so do the figures
        argvs = {
            "python -c pass": [sys.executable, "-c", "pass"],
            'python -c "import keitaro_ext"': [sys.executable, "-c", "import keitaro_ext"],
            "keitaro --help": [*keitaro, "--help"],
            "keitaro campaigns list": [*keitaro, "campaigns", "list", "--format", "json"],
        }
        for argv in argvs.values():  # compile .pyc files, warm the page cache
            _runner(argv, env)
        samples = interleaved({name: functools.partial(_runner, argv, env) for name, argv in argvs.items()}, rounds)
    base = 'python -c "import keitaro_ext"'
    section = Section(
        "CLI start-up (fresh process each, vs import keitaro_ext)",
        f"{rounds} interleaved rounds; each figure is the per-round ratio to `{base}` in the same round, "
        "median (min, max); times are medians. `campaigns list` runs against the fake served on loopback.",
    )
    section.add(base, ms(median(samples[base])))
    section.add(
        "python -c pass", f"{ms(median(samples['python -c pass']))} ({spread(samples, 'python -c pass', base)})"
    )
    for name in ("keitaro --help", "keitaro campaigns list"):
        ratio = spread(samples, name, base)
        section.add(f"{name}", f"{ms(median(samples[name]))}, {ratio}", f"<= {LIMIT:.1f}x", ratio.median <= LIMIT)
    return section


if __name__ == "__main__":
    print(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10).text())
