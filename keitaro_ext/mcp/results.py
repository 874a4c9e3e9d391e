"""Tool answers: JSON text of the facade's results (`to_dict()`), long lists cut with a count and a paging hint."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any

from keitaro_admin_client.types import File
from mcp_types import BlobResourceContents, CallToolResult, ContentBlock, EmbeddedResource, TextContent

from ..cli.plain import json_default, to_plain

__all__ = ["MAX_FILE_BYTES", "MAX_TEXT", "error_result", "file_result", "json_result", "page"]

#: Longest text answer; beyond it the text is cut and says so (a model's context is the limit here).
MAX_TEXT = 200_000
#: Largest download returned inline.
MAX_FILE_BYTES = 10_000_000


def page(items: list[Any], offset: int, limit: int) -> dict[str, Any]:
    """One page of a list answer: the items, how many there are, and how to get the next page."""
    shown = items[offset : offset + limit]
    answer: dict[str, Any] = {"count": len(items), "offset": offset, "items": shown}
    rest = len(items) - offset - len(shown)
    if rest > 0:
        answer["truncated"] = True
        answer["hint"] = (
            f"{rest} more item(s): call again with result_offset={offset + len(shown)} "
            f"(result_limit up to 500), or narrow the query."
        )
    return answer


def _text(payload: Any, redact: Callable[[str], str]) -> str:
    text = payload if isinstance(payload, str) else json.dumps(payload, ensure_ascii=False, default=json_default)
    text = redact(text)
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + f"\n[cut at {MAX_TEXT:,} of {len(text):,} characters: ask for fewer items or fields]"
    return text


def json_result(value: Any, redact: Callable[[str], str]) -> CallToolResult:
    """A successful answer as JSON text (plain data: models become their `to_dict()`)."""
    return CallToolResult(content=[TextContent(text=_text(to_plain(value), redact))])


def file_result(result: File, uri: str, redact: Callable[[str], str]) -> CallToolResult:
    """A download as an embedded blob (with a line saying what it is), or a note when it is too big."""
    data = result.payload.read()
    mime = result.mime_type or "application/octet-stream"
    note = TextContent(text=redact(f"{result.file_name or 'download'}: {len(data):,} bytes of {mime}"))
    if len(data) > MAX_FILE_BYTES:
        note.text += f"; too large to return here (over {MAX_FILE_BYTES:,} bytes): use `keitaro ... download -o FILE`."
        return CallToolResult(content=[note])
    blob = BlobResourceContents(uri=uri, mime_type=mime, blob=base64.b64encode(data).decode("ascii"))
    content: list[ContentBlock] = [note, EmbeddedResource(resource=blob)]
    return CallToolResult(content=content)


def error_result(message: str, redact: Callable[[str], str]) -> CallToolResult:
    """A tool error the model sees and can act on (MCP: errors of the tool go in the result)."""
    return CallToolResult(content=[TextContent(text=redact(message))], is_error=True)
