"""help() of facade methods shows the summary and every parameter with its description (read from __doc__)."""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from keitaro_ext import AsyncKeitaro, Keitaro

METHODS = [
    (Keitaro, "campaigns", "create", ["Short name used in the campaign URL", "One of: 'position', 'weight'"]),
    (Keitaro, "streams", "create", ["Offers of the flow", "One of:"]),
    (Keitaro, "offers", "update", ["Id of the entity"]),
    (AsyncKeitaro, "traffic_sources", "create", ["Required"]),
    (Keitaro, "clicks", "update_costs", ["campaign_ids"]),
]


@pytest.mark.parametrize(("client", "tag", "method", "phrases"), METHODS)
def test_every_parameter_is_documented(client: type[Any], tag: str, method: str, phrases: list[str]) -> None:
    kt = client("https://tracker.example.com", "kt-SECRET-doc-0a1b")
    bound = getattr(getattr(kt, tag), method)
    doc = inspect.getdoc(bound) or ""
    assert doc.splitlines()[0].endswith(".") and "Args:" in doc
    for name in inspect.signature(bound).parameters:
        assert f"\n    {name}: " in doc, f"{tag}.{method}: {name} is not documented"
    for phrase in phrases:
        assert phrase in doc


def test_update_costs_says_the_format_the_tracker_wants() -> None:
    from keitaro_ext.resources.campaigns import Campaigns

    doc = inspect.getdoc(Campaigns.update_costs) or ""
    assert "YYYY-MM-DD HH:MM" in doc and "start_date:" in doc
