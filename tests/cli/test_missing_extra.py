"""A missing extra is the user's install, not a bug: the CLI says what to install, not "unexpected"."""

from __future__ import annotations

import subprocess
import sys

WITHOUT_TESTING = (
    "import sys; sys.modules['keitaro_ext.testing'] = None; "  # as if the testing extra were not installed
    "from keitaro_ext.cli import main; sys.argv = ['keitaro', 'fake', 'serve']; main()"
)


def test_fake_serve_without_the_testing_extra_names_the_extra() -> None:
    done = subprocess.run([sys.executable, "-c", WITHOUT_TESTING], capture_output=True, text=True, timeout=120)
    assert done.returncode != 0
    assert done.stderr.startswith("Error: `keitaro fake` needs the testing extra: pip install 'keitaro-admin[testing]'")
    assert "unexpected" not in done.stderr
    assert done.stderr.count("\n") == 1
