"""`keitaro` starts from the generated command table: no reflection, no group built before it runs."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
import typer

from keitaro_ext.cli.derive.spec import live_operation_specs, operation_specs, spec_tags, tags
from keitaro_ext.cli.resources import EXTRAS, resource_group, resource_names

from .conftest import Cli


@pytest.mark.parametrize("tag", spec_tags())
def test_the_generated_table_says_what_the_signatures_say(tag: str) -> None:
    # A stale table (spec changed, `make regen` not run) would show here and in check-generated.
    assert operation_specs(tag) == live_operation_specs(tag)


def test_the_table_has_every_tag_of_the_facade() -> None:
    assert tags() == spec_tags()


def _modules_after(argv: list[str]) -> set[str]:
    code = (
        "import sys\n"
        "from keitaro_ext.cli import main\n"
        f"sys.argv = {['keitaro', *argv]!r}\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(' '.join(sorted(sys.modules)), file=sys.stderr)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stderr.split())


def test_top_level_help_imports_no_facade_module_and_no_typing_reflection() -> None:
    loaded = _modules_after(["--help"])
    facade = {name for name in loaded if name.startswith("keitaro_admin_client.facade.")}
    assert facade <= {
        "keitaro_admin_client.facade._protocols",
        "keitaro_admin_client.facade.cli_commands",
        "keitaro_admin_client.facade.namespaces",
        "keitaro_admin_client.facade.operations",
    }
    assert "keitaro_admin_client.models.campaign" not in loaded  # no resource group was built
    assert "keitaro_ext.cli.derive.build" not in loaded


def test_a_group_lists_the_same_commands_as_the_fully_built_group() -> None:
    for name in resource_names():
        group = resource_group(name)
        ctx = typer.Context(group)
        assert group.list_commands(ctx) == group.built.list_commands(ctx), name
        for command in group.list_commands(ctx):
            alone, whole = group.get_command(ctx, command), group.built.get_command(ctx, command)
            assert [p.name for p in alone.params] == [p.name for p in whole.params], (name, command)
            assert alone.help == whole.help


def test_extras_are_listed_and_run(cli: Cli) -> None:
    assert set(EXTRAS) == {"clicks", "conversions"}
    result = cli.run("clicks", "--help")
    assert result.exit_code == 0
    assert "export" in result.stdout
    assert cli.run("clicks", "export", "--help").exit_code == 0
    assert cli.run("clicks", "no-such-command").exit_code == 2


def test_commands_other_than_report_do_not_load_the_report_builder() -> None:
    # The builder (ranges, dateutil, metric tables) is ~25 ms of every command's start-up otherwise.
    for argv in (["--help"], ["campaigns", "--help"], ["report", "--help"]):
        assert "keitaro_ext.reports.ranges" not in _modules_after(argv), argv


def _output(argv: list[str], *, real_markdown_first: bool) -> subprocess.CompletedProcess[str]:
    code = (
        ("import rich.markdown\n" if real_markdown_first else "")
        + "import sys\nfrom keitaro_ext.cli import main\n"
        + f"sys.argv = {['keitaro', *argv]!r}\n"
        + "main()\n"
    )
    env = {**os.environ, "COLUMNS": "100", "TERM": "dumb"}
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)


def test_help_does_not_load_the_markdown_renderer_and_reads_the_same_as_with_it() -> None:
    for argv in (["--help"], ["campaigns", "--help"], ["campaigns", "get", "--help"]):
        assert not {name for name in _modules_after(argv) if name.startswith("markdown_it")}, argv
    for argv in (["--help"], ["campaigns", "--help"], ["campaigns", "get", "--help"], ["no-such-command"]):
        deferred, real = _output(argv, real_markdown_first=False), _output(argv, real_markdown_first=True)
        assert (deferred.returncode, deferred.stdout, deferred.stderr) == (real.returncode, real.stdout, real.stderr)
        assert deferred.stdout or deferred.stderr


def test_the_stand_in_gives_the_real_markdown_module_to_whoever_uses_it() -> None:
    render = (
        "import io, sys\n"
        "from rich.console import Console\n"
        "from rich.markdown import Markdown\n"
        "import rich.markdown\n"
        "console = Console(file=io.StringIO(), width=60, color_system=None)\n"
        "console.print(Markdown('# Title\\n\\n*one* `two`\\n\\n- a\\n- b'))\n"
        "print(console.file.getvalue(), rich.markdown.Heading.__module__)\n"
        "print(type(sys.modules['rich.markdown']).__name__)\n"
    )
    install = "from keitaro_ext.cli import deferred_markdown\ndeferred_markdown.install()\n"
    deferred, real = (
        subprocess.run([sys.executable, "-c", prefix + render], capture_output=True, text=True, check=True).stdout
        for prefix in (install, "")
    )
    assert deferred == real
    assert real.split()[-2:] == ["rich.markdown", "module"]  # the real module, in sys.modules too
    assert "Title" in real and "two" in real
