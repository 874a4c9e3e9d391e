"""The typed user code runs against the fake (mypy --strict checks it in `make typecheck`)."""

from __future__ import annotations

import pytest

from keitaro_ext import Keitaro
from keitaro_ext.testing import FakeTracker
from tests.typed import user_code


@pytest.fixture
def kt() -> Keitaro:
    fake = FakeTracker()
    return Keitaro(fake.api_url_in_process, fake.api_key, transport=fake.transport())


def test_launch_reads_offers_back(kt: Keitaro) -> None:
    assert user_code.launch(kt, [1, 2]) == [1, 2]


def test_the_other_scripts_run(kt: Keitaro) -> None:
    assert user_code.audit(kt)
    user_code.costs(kt, 1)
    assert user_code.clicks_by_campaign(kt)
    assert user_code.careful(kt) == "missing: 404"
    assert user_code.typo(kt) == "cost_vale"
    assert user_code.token_or_none(kt, 1)
