"""Named trackers (profiles) in the config file: URL, key and auth scheme, plus which one is the default."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..config import AuthScheme
from ..errors import ConfigurationError
from .config_file import config_path, dump_toml, read_config, write_private

__all__ = ["Profile", "ProfileStore", "check_profile_name"]

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")
AUTH_SCHEMES: tuple[AuthScheme, ...] = ("api_key", "bearer")


def check_profile_name(name: str) -> str:
    if not NAME.fullmatch(name):
        raise ConfigurationError(
            f"Profile name {name!r} is not allowed: use letters, digits, '-' and '_' (up to 64), e.g. 'prod'."
        )
    return name


@dataclass(frozen=True)
class Profile:
    """One tracker. The key stays out of repr."""

    name: str
    url: str
    api_key: str = field(repr=False)
    auth: AuthScheme = "api_key"

    @classmethod
    def from_table(cls, name: str, table: Any, path: Path) -> Profile:
        where = f"[profiles.{name}] in {path}"
        if not isinstance(table, dict):
            raise ConfigurationError(f"{where} is not a table; fix the file or run `keitaro profile add {name}`.")
        url, key, auth = table.get("url"), table.get("api_key", ""), table.get("auth", "api_key")
        if not isinstance(url, str) or not isinstance(key, str):
            raise ConfigurationError(f"{where} needs `url` and `api_key` strings; run `keitaro profile add {name}`.")
        if auth not in AUTH_SCHEMES:
            raise ConfigurationError(f"{where} has auth = {auth!r}; use 'api_key' or 'bearer'.")
        return cls(check_profile_name(name), url, key, auth)

    def to_table(self) -> dict[str, str]:
        return {"url": self.url, "api_key": self.api_key, "auth": self.auth}


class ProfileStore:
    """The profiles of one config file, changed in memory and written back with `save`."""

    def __init__(self, path: Path, profiles: dict[str, Profile], default: str | None) -> None:
        self.path = path
        self.profiles = profiles
        self.default = default

    @classmethod
    def load(cls, path: Path | None = None) -> ProfileStore:
        path = path or config_path()
        data = read_config(path)
        tables = data.get("profiles", {})
        if not isinstance(tables, dict):
            raise ConfigurationError(f"`profiles` in {path} must be a table of [profiles.NAME] sections.")
        profiles = {name: Profile.from_table(name, table, path) for name, table in tables.items()}
        default = data.get("default")
        if default is not None and not isinstance(default, str):
            raise ConfigurationError(f"`default` in {path} must be a profile name.")
        return cls(path, profiles, default)

    def get(self, name: str) -> Profile:
        found = self.profiles.get(name)
        if found is None:
            raise ConfigurationError(self._unknown(name))
        return found

    def _unknown(self, name: str) -> str:
        if not self.profiles:
            return f"Unknown profile {name!r}: no profiles yet. Add one with `keitaro profile add {name} --url URL`."
        close = difflib.get_close_matches(name, sorted(self.profiles), n=1)
        hint = f" Did you mean {close[0]!r}?" if close else ""
        known = ", ".join(sorted(self.profiles))
        return f"Unknown profile {name!r}.{hint} Known: {known} (see `keitaro profile list`)."

    def add(self, profile: Profile, *, replace: bool = False) -> None:
        if profile.name in self.profiles and not replace:
            raise ConfigurationError(f"Profile {profile.name!r} exists; pass --replace to overwrite it.")
        self.profiles[profile.name] = profile
        if self.default is None:
            self.default = profile.name

    def remove(self, name: str) -> None:
        self.get(name)
        del self.profiles[name]
        if self.default == name:
            self.default = None

    def use(self, name: str) -> None:
        self.default = self.get(name).name

    def save(self) -> None:
        top = {"default": self.default} if self.default else {}
        write_private(self.path, dump_toml(top, {f"profiles.{n}": p.to_table() for n, p in self.profiles.items()}))
