"""Where the CLI keeps its profiles, and reading and writing that file so that only its owner can read it.

The file holds API keys: it is written with mode 600 inside a folder made with mode 700, through a
temporary file in the same folder so an interrupted write never leaves half a file.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ..errors import ConfigurationError

__all__ = ["config_path", "dump_toml", "loose_permissions", "read_config", "write_private"]

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def config_path() -> Path:
    """KEITARO_CONFIG if set (tests, several setups), else $XDG_CONFIG_HOME or ~/.config, then keitaro/config.toml."""
    explicit = os.environ.get("KEITARO_CONFIG")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME") or str(Path.home() / ".config")
    return Path(base).expanduser() / "keitaro" / "config.toml"


def read_config(path: Path) -> dict[str, Any]:
    """The parsed file; an empty configuration when it does not exist yet."""
    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        return {}
    except tomllib.TOMLDecodeError as exc:
        raise ConfigurationError(f"The config file {path} is not valid TOML ({exc}); fix it or remove it.") from None
    except UnicodeDecodeError as exc:
        raise ConfigurationError(
            f"The config file {path} is not UTF-8 text ({exc.reason} at byte {exc.start}); "
            "save it as UTF-8, or remove it and add the profiles again."
        ) from None
    except OSError as exc:
        raise ConfigurationError(f"Cannot read the config file {path}: {exc.strerror or exc}.") from None


def loose_permissions(path: Path) -> bool:
    """Whether users other than the owner may read or change the file (it holds API keys)."""
    try:
        mode = path.stat().st_mode
    except OSError:
        return False
    return os.name == "posix" and bool(mode & (stat.S_IRWXG | stat.S_IRWXO))


def _quote(value: str) -> str:
    # JSON string escapes (\", \\, \n, \uXXXX...) are valid TOML basic-string escapes.
    return json.dumps(value, ensure_ascii=False)


def dump_toml(top: Mapping[str, str], tables: Mapping[str, Mapping[str, str]]) -> str:
    """TOML for string keys at the top and `[name]` tables of strings: all this file ever holds."""
    lines = [f"{key} = {_quote(value)}" for key, value in top.items()]
    for name, table in tables.items():
        lines += ["", f"[{name}]", *(f"{key} = {_quote(value)}" for key, value in table.items())]
    return "\n".join(lines).lstrip("\n") + "\n"


def _private_folder(folder: Path) -> None:
    if not folder.exists():
        folder.mkdir(mode=FOLDER_MODE, parents=True)
    # Our own folder is made private; a folder chosen through KEITARO_CONFIG belongs to the user.
    if folder.name == "keitaro" and os.name == "posix":
        folder.chmod(FOLDER_MODE)


def write_private(path: Path, text: str) -> None:
    """Replace the file with `text`, readable and writable by its owner only."""
    try:
        _private_folder(path.parent)
        partial = path.with_name(f".{path.name}.{os.getpid()}.partial")
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
        try:
            with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                handle.write(text)
            os.chmod(partial, FILE_MODE)  # O_CREAT's mode is ignored when the file already existed
            os.replace(partial, path)
        finally:
            with contextlib.suppress(FileNotFoundError):
                partial.unlink()
    except OSError as exc:
        raise ConfigurationError(f"Cannot write the config file {path}: {exc.strerror or exc}.") from None
