"""The CLI prints no fragment of a key the tracker echoes near a cut, with or without --debug (issue 14)."""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext.cli import session

from .conftest import API_KEY, FAKE_URL, Cli


def _fragments(key: str) -> list[str]:
    return [key[i : i + 6] for i in range(len(key) - 5)]


@pytest.mark.parametrize("debug", [False, True])
@pytest.mark.parametrize(
    ("content_type", "body"),
    [
        ("text/plain", "x" * 190 + " " + API_KEY),
        ("text/html", "<html><title>" + "t" * 72 + " " + API_KEY + "</title></html>"),
        ("application/json", '["' + "j" * 185 + '", "' + API_KEY + '"]'),
    ],
)
def test_an_echoed_key_near_a_cut_shows_no_fragment(
    monkeypatch: pytest.MonkeyPatch, debug: bool, content_type: str, body: str
) -> None:
    transport = httpx.MockTransport(
        lambda request: httpx.Response(401, text=body, headers={"content-type": content_type})
    )
    monkeypatch.setattr(session, "TEST_TRANSPORT", transport)
    args = ["--debug"] if debug else []
    result = Cli().run(*args, "campaigns", "list", env={"KEITARO_URL": FAKE_URL, "KEITARO_API_KEY": API_KEY})
    assert result.exit_code in (1, 4)
    output = result.stdout + result.stderr
    assert [part for part in _fragments(API_KEY) if part in output] == []
    if debug:
        assert "Traceback" in result.stderr
