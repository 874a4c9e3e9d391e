"""The generated package: a public request builder and success parser per operation, lazy, tolerant, mypy-clean."""

from __future__ import annotations

import importlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.answers import campaign as campaign_json
from tests.spec import ROOT, snake, spec_operations


@pytest.mark.parametrize(("method", "path", "op"), spec_operations(), ids=lambda v: v if isinstance(v, str) else "")
def test_every_operation_has_a_public_builder_and_parser(method: str, path: str, op: dict[str, object]) -> None:
    tag = op["tags"][0]  # type: ignore[index]
    module = importlib.import_module(f"keitaro_admin_client.api.{tag}.{snake(str(op['operationId']))}")
    assert module.__all__ == ("build_request", "parse_response"), f"{method} {path}"
    kwargs = module.build_request.__code__.co_varnames
    assert ("id" in kwargs) == ("{id}" in path)
    assert not [name for name in vars(module) if name in ("_get_kwargs", "_parse_response", "sync_detailed")]


def test_importing_the_package_loads_no_model_module() -> None:
    code = (
        "import sys, keitaro_admin_client, keitaro_admin_client.models as m\n"
        "loaded = [k for k in sys.modules if k.startswith('keitaro_admin_client.models.')]\n"
        "assert not loaded, loaded\n"
        "assert m.Campaign.__name__ == 'Campaign'\n"
        "assert 'keitaro_admin_client.models.campaign' in sys.modules\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_unknown_enum_values_and_unknown_fields_do_not_break_parsing() -> None:
    from keitaro_admin_client.models import Campaign

    campaign = Campaign.from_dict(campaign_json(1, state="paused_by_rule", cost_type="CPX", brand_new_field=[1]))
    assert str(campaign.state) == "paused_by_rule"
    assert str(campaign.cost_type) == "CPX"
    assert campaign["brand_new_field"] == [1]
    assert campaign.to_dict()["brand_new_field"] == [1]


def test_nullable_nested_objects_parse_as_none() -> None:
    from keitaro_admin_client.models import Campaign

    campaign = Campaign.from_dict(campaign_json(1, parameters=None, group_id=None, notes=None))
    assert campaign.parameters is None and campaign.group_id is None


@pytest.mark.skipif(shutil.which("diff") is None, reason="needs diff")
def test_check_generated_fails_when_a_generated_file_is_touched(tmp_path: Path) -> None:
    for part in ("openapi", "scripts", "generated", "generator-config.yml"):
        source = ROOT / part
        if source.is_dir():
            shutil.copytree(source, tmp_path / part, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(source, tmp_path / part)
    env_bin = str(Path(sys.executable).parent)
    check = [str(tmp_path / "scripts" / "regen.sh"), "--check"]
    env = {"PATH": f"{env_bin}:/usr/bin:/bin", "VENV_BIN": "/nonexistent"}
    assert subprocess.run(check, env=env, capture_output=True).returncode == 0
    target = tmp_path / "generated" / "keitaro_admin_client" / "api" / "campaigns" / "get_campaign.py"
    target.write_text(target.read_text() + "\n# hand edit\n")
    failed = subprocess.run(check, env=env, capture_output=True, text=True)
    assert failed.returncode == 1
    assert "make regen" in failed.stderr
