"""The generated namespace mixins, with the tags that have handwritten additions swapped in."""

from __future__ import annotations

from functools import cached_property

from keitaro_admin_client.facade import AsyncNamespaces, SyncNamespaces

from .campaigns import AsyncCampaigns, Campaigns

__all__ = ["AsyncClientNamespaces", "ClientNamespaces"]


class ClientNamespaces(SyncNamespaces):
    @cached_property
    def campaigns(self) -> Campaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        return Campaigns(self._caller)


class AsyncClientNamespaces(AsyncNamespaces):
    @cached_property
    def campaigns(self) -> AsyncCampaigns:
        """Campaigns: the entry points that receive traffic and route it to flows."""
        return AsyncCampaigns(self._caller)
