"""Where the tracker is and which key: every way a user can get it wrong gets a message that helps."""

from __future__ import annotations

import httpx
import pytest

from keitaro_ext import AsyncKeitaro, ConfigurationError, Keitaro
from keitaro_ext.config import normalize_base_url
from tests.core.conftest import API_KEY


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("https://t.example.com", "https://t.example.com/admin_api/v1"),
        ("https://t.example.com/", "https://t.example.com/admin_api/v1"),
        ("https://t.example.com/admin_api/v1", "https://t.example.com/admin_api/v1"),
        ("https://t.example.com/admin_api/v1///", "https://t.example.com/admin_api/v1"),
        ("https://t.example.com/admin_api", "https://t.example.com/admin_api/v1"),
        ("  http://t.example.com:8080  ", "http://t.example.com:8080/admin_api/v1"),
        ("https://example.com/tracker/", "https://example.com/tracker/admin_api/v1"),
        ("http://127.0.0.1:5000/admin_api/v1/", "http://127.0.0.1:5000/admin_api/v1"),
        ("http://[::1]:8000", "http://[::1]:8000/admin_api/v1"),
        ("HTTPS://T.Example.com", "https://t.example.com/admin_api/v1"),
    ],
)
def test_tracker_url_is_accepted_with_or_without_the_api_path(given: str, expected: str) -> None:
    assert normalize_base_url(given) == expected


@pytest.mark.parametrize(
    ("given", "fragment"),
    [
        ("", "empty"),
        ("t.example.com", "no scheme"),
        ("ftp://t.example.com", "https://"),
        ("https://", "no host"),
        ("https://t.example.com:99999", "malformed"),
        ("https://t.example.com/admin_api/v1/campaigns", "an endpoint"),
        ("https://t.example.com/admin/", "the admin panel"),
        ("https://t.example.com/?key=abc", "query"),
        ("https://user:pw@t.example.com", "credentials"),
    ],
)
def test_malformed_tracker_url_says_what_was_expected(given: str, fragment: str) -> None:
    with pytest.raises(ConfigurationError) as caught:
        normalize_base_url(given)
    assert fragment in str(caught.value)
    assert "https://tracker.example.com" in str(caught.value)


@pytest.mark.parametrize("client_class", [Keitaro, AsyncKeitaro])
def test_url_and_key_come_from_the_environment(monkeypatch: pytest.MonkeyPatch, client_class: type) -> None:
    monkeypatch.setenv("KEITARO_URL", "https://env.example.com/")
    monkeypatch.setenv("KEITARO_API_KEY", API_KEY)
    client = client_class()
    assert client.base_url == "https://env.example.com/admin_api/v1"
    assert client.auth_scheme == "api_key"


@pytest.mark.parametrize("client_class", [Keitaro, AsyncKeitaro])
def test_missing_key_or_url_is_a_clear_error(monkeypatch: pytest.MonkeyPatch, client_class: type) -> None:
    monkeypatch.delenv("KEITARO_URL", raising=False)
    monkeypatch.delenv("KEITARO_API_KEY", raising=False)
    with pytest.raises(ConfigurationError, match="KEITARO_URL"):
        client_class(api_key=API_KEY)
    with pytest.raises(ConfigurationError, match=r"KEITARO_API_KEY.*Admin API keys"):
        client_class("https://t.example.com")
    with pytest.raises(ConfigurationError, match="No API key"):
        client_class("https://t.example.com", "   ")


def test_a_key_that_cannot_be_a_header_is_rejected_without_being_echoed() -> None:
    with pytest.raises(ConfigurationError) as caught:
        Keitaro("https://t.example.com", "abc def\n")
    assert "abc" not in str(caught.value)


@pytest.mark.parametrize(
    ("kwargs", "fragment"),
    [
        ({"auth": "basic"}, "auth must be"),
        ({"max_retries": -1}, "max_retries"),
        ({"timeout": 0}, "timeout"),
    ],
)
def test_bad_options_are_rejected(kwargs: dict[str, object], fragment: str) -> None:
    with pytest.raises(ConfigurationError, match=fragment):
        Keitaro("https://t.example.com", API_KEY, **kwargs)  # type: ignore[arg-type]


def test_configuration_error_is_also_a_value_error() -> None:
    with pytest.raises(ValueError, match="no scheme"):
        Keitaro("t.example.com", API_KEY)


def test_with_options_shares_the_pool_and_changes_only_what_is_asked() -> None:
    base = Keitaro("https://t.example.com", API_KEY, timeout=30)
    slow = base.with_options(timeout=300, max_retries=0)
    assert slow.timeout.read == 300
    assert slow.max_retries == 0
    assert base.timeout.read == 30
    assert base.max_retries == 2
    assert slow.campaigns is not base.campaigns
    slow.close()  # must not close the shared pool
    assert not base._http.is_closed
    base.close()
    assert base._http.is_closed


def test_timeout_accepts_seconds_or_an_httpx_timeout() -> None:
    assert Keitaro("https://t.example.com", API_KEY, timeout=5).timeout.connect == 5
    custom = httpx.Timeout(1.0, read=99.0)
    assert Keitaro("https://t.example.com", API_KEY, timeout=custom).timeout == custom
