"""`keitaro profile add|list|remove|use`: several trackers in one config file; keys go in, never out."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from ...config import AuthScheme, Settings
from ...errors import ConfigurationError
from ..output import OutputFormat, print_result
from ..profiles import Profile, ProfileStore, check_profile_name

__all__ = ["profile_app"]

profile_app = typer.Typer(name="profile", help="Trackers you work with, each with its URL and API key.")
AuthOption = Annotated[AuthScheme, typer.Option("--auth", help="Api-Key header (default) or bearer")]


def _read_key(from_stdin: bool) -> str:
    """The key from a hidden prompt at a terminal, otherwise the first line of standard input."""
    if from_stdin or not sys.stdin.isatty():
        return typer.get_text_stream("stdin").readline().strip()
    return str(typer.prompt("API key (input hidden)", hide_input=True)).strip()


@profile_app.command("add")
def add(
    name: Annotated[str, typer.Argument(help="a short name, e.g. prod")],
    url: Annotated[str, typer.Option("--url", help="the tracker, e.g. https://tracker.example.com")],
    auth: AuthOption = "api_key",
    key_stdin: Annotated[
        bool, typer.Option("--key-stdin", help="read the key from standard input even at a terminal")
    ] = False,
    replace: Annotated[bool, typer.Option("--replace", help="overwrite a profile of that name")] = False,
    default: Annotated[bool, typer.Option("--default", help="make it the default profile")] = False,
) -> None:
    """Save a tracker; the API key is asked for (hidden) or read from stdin, stored with mode 600, never shown."""
    check_profile_name(name)
    store = ProfileStore.load()
    if name in store.profiles and not replace:
        raise ConfigurationError(f"Profile {name!r} exists; pass --replace to overwrite it.")
    key = _read_key(key_stdin)
    if not key:
        raise ConfigurationError("No API key given: type it at the prompt or pipe it in, e.g. `... < key.txt`.")
    settings = Settings.resolve(url, key, auth=auth, timeout=None, max_retries=0, user_agent=None)  # validates both
    store.add(Profile(name, settings.base_url, key, settings.auth), replace=replace)
    if default:
        store.use(name)
    store.save()
    note = " (the default)" if store.default == name else ""
    typer.echo(f"Saved profile {name!r}{note}: {settings.base_url}, key stored in {store.path}.")


@profile_app.command("list")
def list_(
    format_: Annotated[OutputFormat, typer.Option("--format", help="table, json or csv")] = "table",
) -> None:
    """The saved trackers; keys are never shown, only whether one is set."""
    store = ProfileStore.load()
    rows = [
        {
            "name": profile.name,
            "default": profile.name == store.default,
            "url": profile.url,
            "auth": profile.auth,
            "key": "set" if profile.api_key else "missing",
        }
        for profile in store.profiles.values()
    ]
    if not rows:
        typer.echo(f"No profiles in {store.path}; add one with `keitaro profile add NAME --url URL`.", err=True)
    if rows or format_ == "json":
        print_result(rows, format_)


@profile_app.command("remove")
def remove(name: Annotated[str, typer.Argument(help="the profile to forget")]) -> None:
    """Forget a tracker and its key."""
    store = ProfileStore.load()
    store.remove(name)
    store.save()
    typer.echo(f"Removed profile {name!r}.")


@profile_app.command("use")
def use(name: Annotated[str, typer.Argument(help="the profile commands use when --profile is not given")]) -> None:
    """Make a tracker the default."""
    store = ProfileStore.load()
    store.use(name)
    store.save()
    typer.echo(f"Profile {name!r} is now the default.")
