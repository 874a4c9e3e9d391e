"""The facade uses only public names of the generated package; KEITARO_LOG turns logging on, key-free."""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from keitaro_ext import Keitaro
from tests.core.conftest import API_KEY, BASE, Script, reply

ROOT = Path(__file__).resolve().parents[2]
PRIVATE = re.compile(r"_get_kwargs|_parse_response|AuthenticatedClient")


def test_no_private_generated_name_is_used_by_the_handwritten_layer_or_the_facade() -> None:
    places = [
        ROOT / "keitaro_ext",
        ROOT / "generated" / "keitaro_admin_client" / "facade",
        ROOT / "generated" / "keitaro_admin_client" / "api",
    ]
    offenders = [
        f"{path.relative_to(ROOT)}:{number}"
        for place in places
        for path in place.rglob("*.py")
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if PRIVATE.search(line)
    ]
    assert offenders == []


@pytest.mark.parametrize(("value", "level"), [("debug", logging.DEBUG), ("info", logging.INFO)])
def test_keitaro_log_sends_the_sdk_logger_to_stderr_without_the_key(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], value: str, level: int
) -> None:
    logger = logging.getLogger("keitaro_ext")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.setattr(logger, "level", logging.NOTSET)
    monkeypatch.setenv("KEITARO_LOG", value)
    monkeypatch.setattr("keitaro_ext.retry.time.sleep", lambda delay: None)
    import httpx

    script = Script([reply(503, {"error": API_KEY}), reply(200, [])])
    kt = Keitaro(BASE, API_KEY, transport=httpx.MockTransport(script.handle))
    Keitaro(BASE, API_KEY, transport=httpx.MockTransport(script.handle))  # a second client adds no second handler
    kt.campaigns.list()
    err = capsys.readouterr().err
    assert logger.level == level and len(logger.handlers) == 1
    assert "GET /admin_api/v1/campaigns: 503, retry 1 of 2" in err
    assert ("attempt 1" in err) == (value == "debug")
    assert err.count("retry 1 of 2") == 1
    assert API_KEY not in err


def test_without_keitaro_log_nothing_is_attached(monkeypatch: pytest.MonkeyPatch) -> None:
    logger = logging.getLogger("keitaro_ext")
    monkeypatch.setattr(logger, "handlers", [])
    monkeypatch.delenv("KEITARO_LOG", raising=False)
    Keitaro(BASE, API_KEY)
    assert logger.handlers == []
