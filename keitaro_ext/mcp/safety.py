"""What a tool may do to the tracker, what the server was allowed to do, and the hints clients see.

Tiers, from the spec and not from a hand-kept list of tools:

- `read`: GET, or a POST the spec marks `x-keitaro-retry-safe` (the spec says of each of those
  that it is a read despite the POST: the click and conversion logs, reports, log names);
- `destructive`: what loses data or changes what traffic is let through, the operations the
  issue names: every DELETE (archive, delete, clear, unlink), `clean...` (erasing statistics or
  the archive), every bot-list change, and cost changes (they overwrite spend for a period);
- `write`: everything else (create, clone, update, enable, disable, restore, ...).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from keitaro_admin_client.facade import Operation
from mcp_types import ToolAnnotations

__all__ = ["Permissions", "Tier", "annotations_for", "tier_of"]

Tier = Literal["read", "write", "destructive"]


def tier_of(operation: Operation) -> Tier:
    if operation.method == "GET" or (operation.method == "POST" and operation.retry_safe):
        return "read"
    name = operation.name
    if operation.method == "DELETE" or "clean" in name or "cost" in name or operation.tag == "bot_list":
        return "destructive"
    return "write"


def annotations_for(tier: Tier, *, title: str, idempotent: bool, overwrites: bool) -> ToolAnnotations:
    """MCP hints: read-only for reads; destructive for the destructive tier and for in-place updates
    (a PUT replaces fields; MCP calls only purely additive changes non-destructive)."""
    if tier == "read":
        return ToolAnnotations(
            title=title, read_only_hint=True, destructive_hint=False, idempotent_hint=True, open_world_hint=False
        )
    return ToolAnnotations(
        title=title,
        read_only_hint=False,
        destructive_hint=tier == "destructive" or overwrites,
        idempotent_hint=idempotent,
        open_world_hint=False,
    )


@dataclass(frozen=True)
class Permissions:
    """The switches `keitaro mcp` was started with; reads are always allowed."""

    allow_write: bool = False
    allow_destructive: bool = False

    def __post_init__(self) -> None:
        if self.allow_destructive and not self.allow_write:
            raise ValueError("--allow-destructive needs --allow-write as well: pass both")

    def allows(self, tier: Tier) -> bool:
        if tier == "read":
            return True
        if tier == "write":
            return self.allow_write
        return self.allow_write and self.allow_destructive

    def refusal(self, tool: str, tier: Tier) -> str:
        """Why a tool may not run, and the switches that would let it."""
        if tier == "write":
            return (
                f"Refused: {tool} changes the tracker, and this server is read-only. "
                "Ask the user to restart `keitaro mcp` with --allow-write if the change is wanted."
            )
        return (
            f"Refused: {tool} is destructive (it deletes, archives, erases or overwrites data), and this server "
            "was not started with --allow-write --allow-destructive. Ask the user to restart it with both "
            "if the change is wanted."
        )

    @property
    def mode(self) -> str:
        if self.allow_destructive:
            return "read, write and destructive tools"
        return "read and write tools (no destructive ones)" if self.allow_write else "read-only"
