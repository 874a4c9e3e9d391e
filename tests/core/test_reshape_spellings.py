"""JSON-text fields are decoded however the JSON around them is written.

The SDK looks at the raw bytes first and skips the decode-and-rebuild step when no JSON-text field can
be in the body; these spellings must all still reach the decoder.
"""

from __future__ import annotations

import json

import pytest

from tests import answers
from tests.core.conftest import Harness, Script, reply

PARAMETERS = {"sub_id_1": {"name": "sub1", "placeholder": "{sub1}", "alias": "sub1"}}
CAMPAIGN = answers.campaign(7, "Summer", alias="summer")


def _body(parameters: object, **dumps: object) -> str:
    return json.dumps({**CAMPAIGN, "parameters": parameters}, **dumps)  # type: ignore[arg-type]


SPELLINGS = {
    "spaced": _body(json.dumps(PARAMETERS), separators=(", ", " : ")),
    "indented": _body(json.dumps(PARAMETERS), indent=4),
    "key with a unicode escape": _body(json.dumps(PARAMETERS)).replace('"parameters"', '"p\\u0061rameters"'),
    "non-ASCII elsewhere, escaped": _body(json.dumps(PARAMETERS)).replace('"Summer"', '"Sommer \\u00e9t\\u00e9"'),
    "PHP's escaped slashes": _body(json.dumps(PARAMETERS)).replace("/", "\\/"),
}


@pytest.mark.parametrize("text", list(SPELLINGS.values()), ids=list(SPELLINGS))
def test_json_text_parameters_are_decoded_in_any_spelling(harness: Harness, text: str) -> None:
    kt = harness.client(Script([reply(200, raw=text.encode(), headers={"content-type": "application/json"})]))
    assert harness.run(kt.campaigns.get(7)).parameters.to_dict() == PARAMETERS


@pytest.mark.parametrize("encoding", ["utf-16", "utf-32"])
def test_json_text_parameters_are_decoded_in_a_utf16_or_utf32_body(harness: Harness, encoding: str) -> None:
    raw = _body(json.dumps(PARAMETERS)).encode(encoding)
    kt = harness.client(Script([reply(200, raw=raw, headers={"content-type": "application/json"})]))
    assert harness.run(kt.campaigns.get(7)).parameters.to_dict() == PARAMETERS


def test_an_object_field_next_to_a_lookalike_string_stays_what_it_is(harness: Harness) -> None:
    # `"parameters": "` inside another string makes the SDK look closer; the answer is the same.
    text = _body(PARAMETERS).replace('"Summer"', json.dumps('note "parameters": "x"'))
    kt = harness.client(Script([reply(200, raw=text.encode(), headers={"content-type": "application/json"})]))
    campaign = harness.run(kt.campaigns.get(7))
    assert campaign.parameters.to_dict() == PARAMETERS
    assert campaign.name == 'note "parameters": "x"'
