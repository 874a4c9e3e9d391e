"""The command table and the MCP tool table come from the spec alone: `scripts/gen_facade.py` renders
them with keitaro_ext unimportable, and they hold what the committed package holds."""

from __future__ import annotations

import importlib
import os
import runpy
import subprocess
import sys
from pathlib import Path

from tests.spec import ROOT


def test_gen_facade_renders_both_tables_without_keitaro_ext(tmp_path: Path) -> None:
    blocker = tmp_path / "blocked" / "keitaro_ext"
    blocker.mkdir(parents=True)
    (blocker / "__init__.py").write_text("raise ImportError('gen_facade must not import keitaro_ext')\n")
    package = tmp_path / "out" / "keitaro_admin_client"
    package.mkdir(parents=True)
    script, spec, config = ROOT / "scripts/gen_facade.py", ROOT / "openapi/keitaro.yaml", ROOT / "generator-config.yml"
    env = {**os.environ, "PYTHONPATH": str(tmp_path / "blocked")}
    done = subprocess.run([sys.executable, script, spec, config, package], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    for module, names in (("cli_commands", ("GROUPS", "COMMANDS")), ("mcp_tools", ("TOOLS",))):
        rendered = runpy.run_path(str(package / "facade" / f"{module}.py"))
        committed = importlib.import_module(f"keitaro_admin_client.facade.{module}")
        for name in names:
            assert rendered[name] == getattr(committed, name), f"{module}.{name}"
    assert len(rendered["TOOLS"]) > 50
