"""`keitaro fake serve`: the fake tracker of `keitaro_ext.testing` on a local port, for trying the CLI and demos."""

from __future__ import annotations

from typing import Annotated

import typer

from ...errors import KeitaroError

__all__ = ["fake_app"]

fake_app = typer.Typer(name="fake", help="A fake tracker with seeded data (needs the testing extra).")


@fake_app.command("serve")
def serve(
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="0 picks a free port")] = 8000,
    host: Annotated[str, typer.Option("--host", help="address to listen on")] = "127.0.0.1",
    seed: Annotated[int, typer.Option("--seed", help="seed of the entities and the clicks")] = 0,
    clicks: Annotated[int, typer.Option("--clicks", min=0, help="number of synthetic clicks")] = 5000,
    api_key: Annotated[str, typer.Option("--api-key", help="the key clients must send")] = "test-key",
    now: Annotated[str | None, typer.Option("--now", help="the fake's fixed clock, ISO 8601")] = None,
    timezone: Annotated[str, typer.Option("--timezone", help="the fake tracker's time zone")] = "UTC",
) -> None:
    """Serve the fake tracker until Ctrl+C; it prints the exports that point `keitaro` at it."""
    try:
        from ...testing import FakeTracker
        from ...testing.server import ListenError, serve_until_stopped
    except ImportError as exc:  # pragma: no cover - depends on the install
        raise KeitaroError(
            f"`keitaro fake` needs the testing extra: pip install 'keitaro-admin[testing]' ({exc})"
        ) from None
    try:
        fake = FakeTracker(api_key=api_key, seed=seed, clicks=clicks, now=now, timezone=timezone, host=host, port=port)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None

    def announce(fake: FakeTracker) -> None:
        # The fake's own test key, chosen on this command line: printing it is the point.
        typer.echo(f"Fake Keitaro tracker on {fake.url} (seed {seed}, {clicks} clicks, clock {fake.now.isoformat()})")
        typer.echo(f"  export KEITARO_URL={fake.url} KEITARO_API_KEY={api_key}")
        typer.echo("Ctrl+C stops it.")

    try:
        serve_until_stopped(fake, announce)
    except ListenError as exc:
        raise typer.BadParameter(f"{exc}; pick another port") from None
    typer.echo("Stopped.", err=True)
