"""The installed distribution's version, for the User-Agent header."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("keitaro-admin")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0"
