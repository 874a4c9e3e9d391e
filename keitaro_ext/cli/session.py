"""One run of `keitaro`: the global options, which tracker they point at, and the client built for it.

`--profile` (or KEITARO_PROFILE, or the default profile) picks a tracker from the config file;
KEITARO_URL and KEITARO_API_KEY override what the profile says.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from dataclasses import dataclass, field

import httpx
import typer

from ..client import Keitaro
from ..config import AuthScheme, environment
from ..errors import ConfigurationError
from ..redaction import redact_secrets
from .config_file import loose_permissions
from .profiles import ProfileStore

__all__ = ["TEST_TRANSPORT", "Session", "Target", "current_session"]

#: Test seam: when set, every client the CLI builds sends its requests through this transport instead
#: of the network. Only tests set it (tests/cli point it at `FakeTracker().transport()`).
TEST_TRANSPORT: httpx.BaseTransport | None = None


@dataclass(frozen=True)
class Target:
    """Where to connect, with which key, and where that key came from (for messages, never the key itself)."""

    url: str
    api_key: str = field(repr=False)
    auth: AuthScheme
    key_source: str


@dataclass
class Session:
    """Global options of one run, and the secrets that must never reach the terminal."""

    profile: str | None = None
    debug: bool = False
    timeout: float | None = None
    retries: int = 2
    secrets: set[str] = field(default_factory=set)
    last_target: Target | None = None
    _log_handler: logging.Handler | None = None

    def target(self) -> Target:
        env_url, env_key = environment()
        store = ProfileStore.load()
        name = self.profile or store.default
        if name is None:
            if env_url is None and store.profiles:
                raise ConfigurationError(
                    f"No default profile: pass --profile NAME ({', '.join(sorted(store.profiles))}) "
                    "or choose one with `keitaro profile use NAME`."
                )
            if env_url is None:
                raise ConfigurationError(
                    "No tracker configured: run `keitaro profile add NAME --url https://tracker.example.com` "
                    "or set KEITARO_URL and KEITARO_API_KEY."
                )
            if not env_key:
                raise ConfigurationError("No API key: set KEITARO_API_KEY or add a profile with `keitaro profile add`.")
            return self._chosen(Target(env_url, env_key, "api_key", "KEITARO_API_KEY"))
        profile = store.get(name)
        if loose_permissions(store.path):
            typer.echo(f"Warning: {store.path} holds API keys and others can read it; run chmod 600 on it.", err=True)
        key = env_key or profile.api_key
        if not key.strip():
            raise ConfigurationError(
                f"Profile {name!r} has no API key: run `keitaro profile add {name} --url ... --replace` "
                "or set KEITARO_API_KEY."
            )
        source = "KEITARO_API_KEY" if env_key else f"profile {name!r}"
        return self._chosen(Target(env_url or profile.url, key, profile.auth, source))

    def _chosen(self, target: Target) -> Target:
        self.secrets.add(target.api_key.strip())
        self.last_target = target
        return target

    def client(self) -> Keitaro:
        """A client for the chosen tracker; close it (use `with`)."""
        target = self.target()
        return Keitaro(
            target.url,
            target.api_key,
            auth=target.auth,
            timeout=self.timeout,
            max_retries=self.retries,
            transport=TEST_TRANSPORT,
        )

    def redact(self, text: str) -> str:
        return redact_secrets(text, self.secrets)

    def start_debug_log(self) -> None:
        """Log each request (method, path, status, attempt, time) of the SDK on stderr."""
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_RedactingFormatter(self.redact))
        logger = logging.getLogger("keitaro_ext")
        logger.addHandler(handler)
        logger.setLevel(logging.DEBUG)
        self._log_handler = handler

    def close(self) -> None:
        if self._log_handler is not None:
            logger = logging.getLogger("keitaro_ext")
            logger.removeHandler(self._log_handler)
            logger.setLevel(logging.NOTSET)
            self._log_handler = None


class _RedactingFormatter(logging.Formatter):
    """Log lines pass through the session's redactor too: a key must not reach stderr by any route."""

    def __init__(self, redact: Callable[[str], str]) -> None:
        super().__init__("debug: %(name)s: %(message)s")
        self._redact = redact

    def format(self, record: logging.LogRecord) -> str:
        return self._redact(super().format(record))


def current_session(ctx: typer.Context) -> Session:
    """The session of the running command (the root group passes it to every context as `obj`)."""
    session = ctx.obj
    if not isinstance(session, Session):  # pragma: no cover - every command runs under the root group
        raise RuntimeError("keitaro: no session; run commands through keitaro_ext.cli.app")
    return session
