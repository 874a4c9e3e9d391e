"""`keitaro mcp` starts from the tool table rendered at regen: no YAML parser is needed, or imported."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import yaml

SPEC = Path(__file__).parents[2] / "openapi" / "keitaro.yaml"
CURATED = {"report", "find", "campaign_overview"}

LIST_WITHOUT_YAML = """
import json, sys
sys.modules["yaml"] = None  # as if pyyaml were not installed: importing it raises ImportError
from keitaro_ext.mcp.registry import Registry
from keitaro_ext.mcp.safety import Permissions
tools = Registry.build(Permissions(allow_write=True, allow_destructive=True), []).listed()
print(json.dumps([tool.name for tool in tools]))
"""


def test_every_tool_is_listed_without_a_yaml_parser() -> None:
    done = subprocess.run([sys.executable, "-c", LIST_WITHOUT_YAML], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    names = json.loads(done.stdout)
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    operations = [
        op
        for item in spec["paths"].values()
        for key, op in item.items()
        if key in {"get", "post", "put", "delete", "patch"}
    ]
    assert len(names) == len(set(names)) == len(operations) + len(CURATED)
    assert set(names) >= CURATED
