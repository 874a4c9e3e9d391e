"""Local files of offers and landing pages: an in-memory tree per entity, served as a zip."""

from __future__ import annotations

import base64
import binascii
import io
import posixpath
import zipfile
from typing import Any

from ..errors import InvalidError, NotFoundError
from ..state import Store
from .base import Call, handles

STARTER = {
    "index.html": '<!doctype html><html><head><link rel="stylesheet" href="css/style.css"></head>'
    "<body><h1>Hello</h1></body></html>",
    "css/style.css": "body { font-family: sans-serif; }",
}


def _files(call: Call, table: str) -> dict[str, str]:
    store: Store = getattr(call.state, table)
    store.require(call.id)
    return call.state.files.setdefault((table, call.id), {})


def clean_path(raw: str) -> str:
    """A relative path inside the entity, or a 406 for anything that could escape it (the spec's `path` pattern)."""
    path = raw[1:] if raw.startswith("/") else raw
    parts = path.split("/")
    if not path or "\\" in path or any(part in ("", ".", "..") for part in parts):
        raise InvalidError.one("path", f"{raw!r} is not a file path inside the entity (no '..', no empty parts).")
    return posixpath.normpath(path)


def tree(files: dict[str, str]) -> dict[str, Any]:
    """`FileTree` of the spec: directories first, then files, both by name."""
    root: dict[str, Any] = {"name": "", "type": "directory", "ext": None, "path": "", "children": []}
    for path in sorted(files):
        node = root
        parts = path.split("/")
        for depth, part in enumerate(parts[:-1]):
            sub = next((c for c in node["children"] if c["name"] == part and c["type"] == "directory"), None)
            if sub is None:
                sub = {
                    "name": part,
                    "type": "directory",
                    "ext": None,
                    "path": "/".join(parts[: depth + 1]),
                    "children": [],
                }
                node["children"].append(sub)
            node = sub
        name = parts[-1]
        ext = name.rsplit(".", 1)[1] if "." in name else None
        node["children"].append({"name": name, "type": "file", "ext": ext, "path": path, "children": []})

    def order(node: dict[str, Any]) -> None:
        node["children"].sort(key=lambda c: (c["type"] != "directory", c["name"]))
        for child in node["children"]:
            order(child)

    order(root)
    return root


def zipped(files: dict[str, str]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(files):
            archive.writestr(zipfile.ZipInfo(path, date_time=(2024, 1, 1, 0, 0, 0)), files[path])
    return buffer.getvalue()


def unzip(encoded: str) -> dict[str, str]:
    """Files of a base64 zip sent as `archive`; 406 when it is not one."""
    try:
        with zipfile.ZipFile(io.BytesIO(base64.b64decode(encoded, validate=True))) as archive:
            return {
                clean_path(n): archive.read(n).decode("utf-8", "replace")
                for n in archive.namelist()
                if not n.endswith("/")
            }
    except (binascii.Error, zipfile.BadZipFile, ValueError):
        raise InvalidError.one("archive", "Expected a base64-encoded zip archive.") from None


def _table(call: Call) -> str:
    return "offers" if call.operation.path.startswith("/offers") else "landing_pages"


def _existing(call: Call) -> tuple[dict[str, str], str]:
    """The entity's files and the clean `path` of the call, or a 404 when no such file exists."""
    files = _files(call, _table(call))
    path = clean_path(call.params["path"])
    if path not in files:
        raise NotFoundError(f"No file {path}")
    return files, path


@handles("addOfferFile", "addLandingPageFile")
def add_file(call: Call) -> dict[str, Any]:
    files = _files(call, _table(call))
    path = clean_path(call.params["path"])
    if path in files:
        raise InvalidError.one("path", f"{path} already exists.")
    files[path] = ""
    return {"path": path}


@handles("getOfferFile", "getLandingPageFile")
def get_file(call: Call) -> dict[str, Any]:
    files, path = _existing(call)
    return {"data": files[path]}


@handles("updateOfferFile", "updateLandingPageFile")
def update_file(call: Call) -> dict[str, Any]:
    files = _files(call, _table(call))
    path = clean_path(call.params["path"])
    files[path] = call.params["data"]
    return {"path": path}


@handles("removeOfferFile", "removeLandingPageFile")
def remove_file(call: Call) -> dict[str, Any]:
    files, path = _existing(call)
    del files[path]
    return {"success": True}


@handles("getOfferFileTree", "getLandingPageFileTree")
def get_tree(call: Call) -> dict[str, Any]:
    return tree(_files(call, _table(call)))


@handles("downloadOffer", "downloadLandingPage")
def download(call: Call) -> bytes:
    return zipped(_files(call, _table(call)))
