"""The command-line reference, read from the `keitaro` command tree itself (typer/click objects).

Resource commands are derived from the spec at run time, so walking the tree documents exactly
what `keitaro --help` would show, group by group.
"""

from __future__ import annotations

from typing import Any

import typer

from keitaro_ext.cli.app import app


def _cell(text: object) -> str:
    return " ".join(str(text or "").split()).replace("|", "\\|")


def _param_row(param: Any) -> str | None:
    if getattr(param, "hidden", False):
        return None
    if param.param_type_name == "argument":
        name = f"`{param.name.upper()}`"
        kind = "argument"
    else:
        name = ", ".join(f"`{opt}`" for opt in [*param.opts, *param.secondary_opts])
        kind = "flag" if param.is_flag else "option"
    type_name = getattr(param.type, "name", "")
    choices = getattr(param.type, "choices", None)
    if choices:
        type_name = " | ".join(f"`{choice}`" for choice in choices)
    default = param.default if param.default not in (None, False, ()) and not callable(param.default) else ""
    required = "yes" if param.required else ""
    cells = [name, kind, _cell(type_name), required, _cell(default), _cell(getattr(param, "help", ""))]
    return f"| {' | '.join(cells)} |"


def _command(path: str, command: Any, ctx: Any, level: int) -> list[str]:
    lines = [f"{'#' * level} `{path}`", ""]
    if command.help:
        lines += [command.help.strip().replace("\b\n", ""), ""]
    rows = [row for row in (_param_row(p) for p in command.params) if row]
    if rows:
        lines += [
            "| name | kind | type | required | default | help |",
            "| --- | --- | --- | --- | --- | --- |",
            *rows,
            "",
        ]
    if hasattr(command, "list_commands"):
        sub_ctx = type(ctx)(command, parent=ctx, info_name=path.rsplit(" ", 1)[-1])
        for name in command.list_commands(sub_ctx):
            sub = command.get_command(sub_ctx, name)
            if sub is not None and not getattr(sub, "hidden", False):
                lines += _command(f"{path} {name}", sub, sub_ctx, min(level + 1, 4))
    return lines


def page() -> str:
    root = typer.main.get_command(app)
    ctx = typer.Context(root, info_name="keitaro")
    lines = [
        "# Command reference",
        "",
        "Every command and option of `keitaro`, read from the command itself when this site is built "
        "(the resource commands are derived from `openapi/keitaro.yaml`). The guide is "
        "[The command line](cli.md).",
        "",
    ]
    return "\n".join(lines + _command("keitaro", root, ctx, 2)) + "\n"
