"""The resource command groups (`keitaro campaigns ...`), one per tag of the spec, built when first run.

`keitaro --help` lists every group from the generated command table alone; a group's commands
(typer signatures, the facade module and its models) are made only when that group is used.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, Literal

import typer
from rich.markup import escape
from typer.core import TyperGroup

from .derive.spec import group_doc, tags

__all__ = ["LazyResourceGroup", "resource_group", "resource_names"]


def _add_export(kind: Literal["clicks", "conversions"]) -> Callable[[typer.Typer], None]:
    def add(app: typer.Typer) -> None:
        from .commands.export import add_export

        add_export(app, kind)

    return add


# Commands that belong with a tag's derived ones but are not operations of the spec: tag -> name -> adder.
EXTRAS: dict[str, dict[str, Callable[[typer.Typer], None]]] = {
    "clicks": {"export": _add_export("clicks")},
    "conversions": {"export": _add_export("conversions")},
}


class LazyResourceGroup(TyperGroup):
    """A group that knows its name and help; its commands are built on first use (run, help, listing)."""

    def __init__(self, name: str, tag: str) -> None:
        super().__init__(name=name, help=escape(group_doc(tag)), no_args_is_help=True)
        self.tag = tag
        self._made: dict[str, Any] = {}

    @functools.cached_property
    def built(self) -> Any:
        """The whole group of the tag (typer's command class), every command made."""
        from .derive.build import resource_app

        extras = EXTRAS.get(self.tag, {})

        def add_extras(app: typer.Typer) -> None:
            for add in extras.values():
                add(app)

        return typer.main.get_group(resource_app(self.tag, add_extras))

    def list_commands(self, ctx: Any) -> list[str]:
        from .derive.build import command_names

        return list(dict.fromkeys([*command_names(self.tag), *EXTRAS.get(self.tag, {})]))

    def get_command(self, ctx: Any, cmd_name: str) -> Any:
        if cmd_name not in self._made:
            self._made[cmd_name] = self._make(ctx, cmd_name)
        return self._made[cmd_name]

    def _make(self, ctx: Any, cmd_name: str) -> Any:
        """Only the command asked for: its typer signature, not the 20 others of the group."""
        from .derive.build import command_names, resource_app

        extra = EXTRAS.get(self.tag, {}).get(cmd_name)
        if extra is not None:
            app = typer.Typer(name=self.name, no_args_is_help=True)
            extra(app)
        elif cmd_name in command_names(self.tag):
            app = resource_app(self.tag, only=cmd_name)
        else:
            return None
        return typer.main.get_group(app).get_command(ctx, cmd_name)


@functools.cache
def _by_name() -> dict[str, str]:
    return {tag.replace("_", "-"): tag for tag in tags()}


def resource_names() -> list[str]:
    return sorted(_by_name())


@functools.cache
def resource_group(name: str) -> Any:
    """The command group of `keitaro <name>`, or None when no tag has that name."""
    tag = _by_name().get(name)
    if tag is None:
        return None
    return LazyResourceGroup(name, tag)
