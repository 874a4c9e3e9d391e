"""Settings shared by Keitaro and AsyncKeitaro: where the tracker is, which key, how patient to be."""

from __future__ import annotations

import os
import platform
import re
import zoneinfo
from dataclasses import dataclass
from datetime import tzinfo
from typing import Literal, TypeAlias, cast
from urllib.parse import SplitResult, urlsplit

import httpx

from ._constants import KEY_VARIABLE, URL_VARIABLE
from ._version import sdk_version
from .errors import ConfigurationError, KeitaroError

__all__ = ["DEFAULT_TIMEOUT", "AuthScheme", "Settings", "normalize_base_url", "tracker_zone"]

AuthScheme = Literal["api_key", "bearer"]
API_PATH = "/admin_api/v1"
URL_EXAMPLE = "https://tracker.example.com (or https://tracker.example.com/admin_api/v1)"
# Reports over long ranges take a while on big trackers; connecting should not.
DEFAULT_TIMEOUT = httpx.Timeout(60.0, connect=10.0)


def _shown(text: str) -> str:
    """The URL as it may appear in a message: no query, fragment or credentials (they may hold secrets)."""
    return re.sub(r"//[^/@]*@", "//", text.split("?", 1)[0].split("#", 1)[0])


def _checked_parts(text: str, shown: str) -> tuple[SplitResult, int | None]:
    """The URL's parts and port, or the error for a scheme, host, query or credentials a base URL cannot have."""
    try:
        parts = urlsplit(text)
        port = parts.port
    except ValueError as exc:
        raise ConfigurationError(f"The tracker URL {shown!r} is malformed ({exc}); expected {URL_EXAMPLE}.") from None
    if parts.scheme not in ("http", "https"):
        raise ConfigurationError(
            f"The tracker URL must start with https:// or http://, got {shown!r}; expected {URL_EXAMPLE}."
        )
    if not parts.hostname:
        raise ConfigurationError(f"The tracker URL {shown!r} has no host name; expected {URL_EXAMPLE}.")
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ConfigurationError(
            f"The tracker URL must not carry a query, fragment or credentials; expected {URL_EXAMPLE}. "
            "Pass the API key with api_key= or KEITARO_API_KEY."
        )
    return parts, port


def normalize_base_url(raw: str) -> str:
    """The Admin API root for a tracker address given with or without `/admin_api/v1`."""
    text = raw.strip()
    shown = _shown(text)
    if not text:
        raise ConfigurationError(f"The tracker URL is empty; expected something like {URL_EXAMPLE}.")
    if "://" not in text:
        raise ConfigurationError(f"The tracker URL {shown!r} has no scheme; expected something like {URL_EXAMPLE}.")
    parts, port = _checked_parts(text, shown)
    path = parts.path.rstrip("/")
    if path.endswith("/admin_api"):
        path += "/v1"
    if not path.endswith(API_PATH):
        if f"{API_PATH}/" in path + "/" or path.endswith("/admin"):
            hint = "the admin panel" if path.endswith("/admin") else "an endpoint"
            raise ConfigurationError(
                f"The tracker URL {shown!r} points at {hint}, not the tracker root; expected {URL_EXAMPLE}."
            )
        path += API_PATH
    host = parts.hostname or ""  # never empty: _checked_parts refused that
    netloc = host if port is None else f"{host}:{port}"
    if ":" in host:  # IPv6 literal
        netloc = f"[{host}]" + ("" if port is None else f":{port}")
    return f"{parts.scheme}://{netloc}{path}"


def check_retries(max_retries: int) -> int:
    """`max_retries` as given, or a ConfigurationError (the client, `with_options` and per-call options)."""
    if isinstance(max_retries, bool) or not isinstance(max_retries, int) or max_retries < 0:
        raise ConfigurationError(f"max_retries must be a whole number >= 0, got {max_retries!r}.")
    return max_retries


Dialect: TypeAlias = Literal["grouping", "dimensions"]


def check_dialect(dialect: str, *, setting: str = "dialect", error: type[KeitaroError] = KeitaroError) -> Dialect:
    """`dialect` when it is a report dialect, else `error` naming the `setting` it came from."""
    if dialect not in ("grouping", "dimensions"):
        raise error(
            f"{setting} must be 'grouping' (grouping/metrics) or 'dimensions' (dimensions/measures), got {dialect!r}."
        )
    return cast("Dialect", dialect)


def environment() -> tuple[str | None, str | None]:
    """The tracker URL and API key from the environment (KEITARO_URL, KEITARO_API_KEY), None when unset."""
    return os.environ.get(URL_VARIABLE), os.environ.get(KEY_VARIABLE)


def _resolve_key(api_key: str | None) -> str:
    key = api_key if api_key is not None else os.environ.get(KEY_VARIABLE)
    if key is None or not key.strip():
        raise ConfigurationError(
            "No API key: pass api_key=... or set KEITARO_API_KEY. "
            "Keys are created in the tracker under Maintenance > Users > Admin API keys."
        )
    key = key.strip()
    if any(ord(char) < 0x21 or ord(char) > 0x7E for char in key):
        raise ConfigurationError("The API key contains spaces or characters that cannot go in an HTTP header.")
    return key


def _resolve_url(base_url: str | None) -> str:
    url = base_url if base_url is not None else os.environ.get(URL_VARIABLE)
    if url is None:
        raise ConfigurationError(f"No tracker URL: pass base_url=... or set KEITARO_URL, e.g. {URL_EXAMPLE}.")
    return normalize_base_url(url)


def default_user_agent() -> str:
    return f"keitaro-admin/{sdk_version()} (python {platform.python_version()}; httpx {httpx.__version__})"


@dataclass(frozen=True, repr=False)
class Settings:
    """Resolved, validated client settings. The key is kept out of repr."""

    base_url: str
    api_key: str
    auth: AuthScheme
    timeout: httpx.Timeout
    max_retries: int
    user_agent: str

    @classmethod
    def resolve(
        cls,
        base_url: str | None,
        api_key: str | None,
        *,
        auth: str,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        user_agent: str | None,
    ) -> Settings:
        if auth not in ("api_key", "bearer"):
            raise ConfigurationError(f"auth must be 'api_key' (Api-Key header) or 'bearer', got {auth!r}.")
        check_retries(max_retries)
        return cls(
            base_url=_resolve_url(base_url),
            api_key=_resolve_key(api_key),
            auth=cast(AuthScheme, auth),  # checked above
            timeout=to_timeout(timeout),
            max_retries=max_retries,
            user_agent=user_agent or default_user_agent(),
        )

    def __repr__(self) -> str:
        return f"Settings(base_url={self.base_url!r}, auth={self.auth!r}, max_retries={self.max_retries})"


def to_timeout(timeout: float | httpx.Timeout | None) -> httpx.Timeout:
    if timeout is None:
        return DEFAULT_TIMEOUT
    if isinstance(timeout, httpx.Timeout):
        return timeout
    if isinstance(timeout, bool) or not isinstance(timeout, int | float) or timeout <= 0:
        raise ConfigurationError(f"timeout must be a positive number of seconds or httpx.Timeout, got {timeout!r}.")
    return httpx.Timeout(float(timeout), connect=min(float(timeout), DEFAULT_TIMEOUT.connect or 10.0))


def tracker_zone(name: str | None) -> tzinfo | None:
    """The client's `tracker_timezone=` as a `zoneinfo.ZoneInfo` (None when not given)."""
    if name is None:
        return None
    if not isinstance(name, str) or not name.strip():
        raise ConfigurationError(f"tracker_timezone must be an IANA zone name such as 'Europe/Madrid', got {name!r}.")
    try:
        return zoneinfo.ZoneInfo(name.strip())
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise ConfigurationError(
            f"Unknown tracker_timezone {name!r}: use an IANA zone name such as 'Europe/Madrid' or 'UTC' "
            "(the zone set in the tracker's settings)."
        ) from None
