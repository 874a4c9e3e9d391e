"""Commands follow the spec: every operation is a command, parameters become arguments and typed options."""

from __future__ import annotations

import builtins
import dataclasses
import subprocess
import sys
from collections.abc import Mapping
from typing import Any, Literal

import pytest
from keitaro_admin_client.facade import OPERATIONS
from keitaro_admin_client.types import UNSET, Unset

from keitaro_ext.cli.derive import aliases
from keitaro_ext.cli.derive.kinds import ValueKind, kind_of
from keitaro_ext.cli.derive.spec import operation_specs, option_flag, spec_of, tags
from keitaro_ext.cli.resources import resource_group, resource_names

from .conftest import Cli


def test_every_operation_of_the_spec_is_a_command() -> None:
    derived = {(op.tag, op.name.replace("_", "-")) for op in OPERATIONS.values()}
    made = set()
    for name in resource_names():
        group = resource_group(name)
        made |= {(name.replace("-", "_"), command) for command in group.built.commands}
    assert derived <= made
    assert len(derived) == len(OPERATIONS)


def test_path_parameters_are_arguments_and_the_rest_options() -> None:
    for tag in tags():
        for spec in operation_specs(tag):
            positional = [field.wire for field in spec.fields if field.positional]
            assert positional == _placeholders(spec.operation.path), spec.operation.operation_id
            assert all(field.flag.startswith("--") for field in spec.fields if not field.positional)


def _placeholders(path: str) -> list[str]:
    return [part[1:-1] for part in path.split("/") if part.startswith("{")]


def test_help_lists_options_derived_from_the_signature(cli: Cli) -> None:
    result = cli.run("campaigns", "create", "--help")
    assert result.exit_code == 0
    for flag in ("--name", "--alias", "--state", "--cost-auto", "--no-cost-auto", "--postbacks", "--json"):
        assert flag in result.stdout
    assert "active|deleted|disabled" in result.stdout


@pytest.mark.parametrize(
    ("annotation", "expected"),
    [
        (int, ValueKind("int")),
        (int | None | Unset, ValueKind("int", nullable=True)),
        (float | Unset, ValueKind("float")),
        (None | str | Unset, ValueKind("str", nullable=True)),
        (bool | Unset, ValueKind("bool")),
        (Literal["a", "b"] | Unset, ValueKind("choice", choices=("a", "b"))),
        (builtins.list[int], ValueKind("list", item=int)),
        (builtins.list[str] | Unset, ValueKind("list")),
        (Mapping[str, Any] | Unset, ValueKind("json")),
        (builtins.list[dict[str, Any]] | Unset, ValueKind("json")),
        (None | str | Mapping[str, Any] | Unset, ValueKind("json", nullable=True)),
    ],
)
def test_value_kinds(annotation: Any, expected: ValueKind) -> None:
    assert kind_of(annotation) == expected


def test_a_field_named_like_an_output_option_gets_another_flag() -> None:
    assert option_flag("format") == "--format-field"
    assert option_flag("campaign_id") == "--campaign-id"

    class Resource:
        def make(self, id: int, *, format: str, json: int | Unset = UNSET) -> None: ...

    spec = spec_of(OPERATIONS["getCampaign"], Resource.make, sys.modules[__name__])
    assert [(f.flag, f.positional, f.required) for f in spec.fields] == [
        ("--id", True, True),
        ("--format-field", False, True),
        ("--json-field", False, False),
    ]


def test_an_alias_whose_target_left_the_spec_fails_loudly(monkeypatch: pytest.MonkeyPatch) -> None:
    gone = aliases.Alias("streams", "list", "no_such_method", {"id": "--campaign"})
    monkeypatch.setattr(aliases, "ALIASES", (gone,))
    with pytest.raises(LookupError, match="no_such_method"):
        aliases.alias_specs("streams", operation_specs("streams"))


def test_alias_turns_the_path_parameter_into_an_option() -> None:
    (alias,) = aliases.alias_specs("streams", operation_specs("streams"))
    assert alias.command == "list"
    assert [(f.name, f.flag, f.positional) for f in alias.fields] == [("id", "--campaign", False)]
    assert dataclasses.replace(alias, command_name="").command == "list-for-campaign"


def test_the_core_package_does_not_import_the_cli() -> None:
    # Only typer is checked: httpx itself loads rich and click when its own CLI extra is installed.
    code = (
        "import sys, keitaro_ext, keitaro_ext.reports, keitaro_ext.testing; "
        "print(sorted(m for m in ('typer', 'keitaro_ext.cli') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def test_report_and_profile_do_not_build_resource_groups() -> None:
    code = (
        "import sys; from typer.testing import CliRunner; from keitaro_ext.cli.app import app; "
        "CliRunner().invoke(app, ['profile', 'list']); "
        "from keitaro_ext.cli.resources import resource_group; "
        "print(resource_group.cache_info().currsize, 'keitaro_admin_client.facade.offers' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "0 False"
