"""The trackers one server talks to: a client per profile, configured exactly as the `keitaro` command does.

With one profile (or none: the default profile, or KEITARO_URL/KEITARO_API_KEY) tools take no
tracker argument. With several, every tool takes a required `tracker` naming one of them: an agent
must say where a call goes rather than fall back on a default it cannot see.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..auth import redact_secret
from ..cli.session import Session
from ..client import Keitaro
from ..errors import ConfigurationError

__all__ = ["Trackers"]


@dataclass
class Trackers:
    """Clients by profile name, built (and their configuration checked) before the server starts."""

    sessions: dict[str, Session]
    secrets: set[str]
    clients: dict[str, Keitaro] = field(default_factory=dict)

    @classmethod
    def open(
        cls, profiles: Sequence[str], *, timeout: float | None, retries: int, secrets: set[str] | None = None
    ) -> Trackers:
        """Clients for `profiles` ([]: as `keitaro` without --profile); `secrets` collects their keys
        (pass the CLI session's set, so that its log and error redaction knows them too)."""
        names = list(dict.fromkeys(profiles))  # repeated names count once
        if len(names) > 1 and (os.environ.get("KEITARO_URL") or os.environ.get("KEITARO_API_KEY")):
            raise ConfigurationError(
                "KEITARO_URL / KEITARO_API_KEY would override every one of the profiles given; "
                "unset them when serving several profiles."
            )
        # "" stands for the default profile, or the environment, as `keitaro` without --profile.
        shared = secrets if secrets is not None else set()
        sessions = {
            name: Session(profile=name or None, timeout=timeout, retries=retries, secrets=shared)
            for name in names or [""]
        }
        trackers = cls(sessions, shared)
        try:
            for name, session in sessions.items():
                trackers.clients[name] = session.client()
        except BaseException:
            trackers.close()
            raise
        return trackers

    @property
    def names(self) -> list[str]:
        """The names a `tracker` argument takes; empty when there is only one tracker."""
        return list(self.sessions) if len(self.sessions) > 1 else []

    def client(self, name: str | None) -> Keitaro:
        if not self.names:
            return next(iter(self.clients.values()))
        if name not in self.clients:
            known = ", ".join(self.names)
            raise ConfigurationError(f"Unknown tracker {name!r}: give `tracker` as one of {known}.")
        return self.clients[name]

    def redact(self, text: str) -> str:
        """`text` without any key of any tracker of this server."""
        for secret in self.secrets:
            text = redact_secret(text, secret)
        return text

    def key_source(self, name: str | None) -> str | None:
        """Where the key of a tracker came from (an environment variable or a profile), for 401 messages."""
        session = self.sessions.get(name or "") if self.names else next(iter(self.sessions.values()))
        target = session.last_target if session is not None else None
        return target.key_source if target is not None else None

    def describe(self) -> list[str]:
        """`name: url` of each tracker (never a key), for the server's instructions."""
        return [
            f"{name or 'default'}: {session.last_target.url}"
            for name, session in self.sessions.items()
            if session.last_target is not None
        ]

    def close(self) -> None:
        for client in self.clients.values():
            client.close()
        self.clients.clear()
