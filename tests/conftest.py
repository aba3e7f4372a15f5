"""Shared fixtures. Nothing here touches the network."""

from __future__ import annotations

import copy
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from draftkit.incident import Incident
from draftkit.settings import VARIABLES

ROOT = Path(__file__).resolve().parents[1]
#: One compiled-lexicon cache for the whole run, never the developer's own.
_CACHE = Path(tempfile.mkdtemp(prefix="draftkit-test-cache-"))
EXAMPLES = ROOT / "examples"

BASE_INCIDENT: dict[str, Any] = {
    "id": "INC-4821",
    "language": "en",
    "channel": "email",
    "severity": "high",
    "customer": {"name": "Northside Academy", "contact": "Ms. Rivera"},
    "company": {
        "name": "Paperline Books",
        "sender": "Dana Okafor",
        "sender_role": "Head of Support",
    },
    "occurred_at": "2026-11-18",
    "what_happened": (
        "On 18 November our nightly order update sent 240 copies of an outdated management "
        "textbook (4th edition) instead of the 6th edition to Northside Academy."
    ),
    "impact": (
        "Classes started on 21 November without the right textbook; 240 students had to find "
        "substitutes and your staff handled complaints for three days."
    ),
    "root_cause": (
        "A manual coding error in the order update pointed to an outdated table of editions."
    ),
    "remedies": [
        "Replacement shipment of 240 copies of the 6th edition by express courier at no cost",
        "A 15% discount on the next semester order",
    ],
    "fixes": [
        "Automatic check that flags any shipped edition older than two years",
        "Random manual audits of 5% of shipping orders",
        "No order-system updates during the back-to-school peak",
    ],
    "follow_up": {"action": "Confirm that every student has the right edition", "by": "2026-11-28"},
    "customer_message": "Our students have nothing to study from. This is unacceptable.",
    "internal_notes": (
        "Operator Kevin Marsh ran the update at 2 a.m.; legal says avoid admitting liability "
        "above EUR 9,000."
    ),
}


@pytest.fixture
def incident_data() -> dict[str, Any]:
    """A fresh, valid incident mapping that a test may modify."""
    return copy.deepcopy(BASE_INCIDENT)


@pytest.fixture
def make_incident() -> Callable[..., Incident]:
    """Build a valid Incident, overriding top-level fields: make_incident(language="es")."""

    def build(**overrides: Any) -> Incident:
        data = copy.deepcopy(BASE_INCIDENT)
        data.update(overrides)
        return Incident.model_validate({k: v for k, v in data.items() if v is not None})

    return build


#: A draft for BASE_INCIDENT that a careful person would send: it must pass every check.
GOOD_DRAFT: dict[str, str] = {
    "subject": "[INC-4821] The wrong textbook edition we shipped, and how we are putting it right",
    "greeting": "Dear Ms. Rivera,",
    "restore_value": (
        "We are sending 240 copies of the 6th edition by express courier at no cost to you, "
        "and we will apply a 15% discount to your next semester order."
    ),
    "responsibility": (
        "This was our mistake. We shipped the wrong edition, and we take full responsibility "
        "for it and for putting it right."
    ),
    "explanation": (
        "On 18 November our nightly order update sent 240 copies of the 4th edition instead of "
        "the 6th. A manual coding error in that update pointed to an outdated table of editions."
    ),
    "fix": (
        "We have added an automatic check that flags any shipped edition older than two years, "
        "we now audit 5% of shipping orders by hand, and we no longer update the order system "
        "during the back-to-school peak. We will confirm with you that every student has the "
        "right edition by 28 November 2026."
    ),
    "regret": (
        "We are sorry that your 240 students started their classes on 21 November without the "
        "right textbook, and that your staff spent three days handling complaints because of us."
    ),
    "closing": "Sincerely,\nDana Okafor\nHead of Support, Paperline Books",
}


@pytest.fixture
def good_draft() -> dict[str, str]:
    return dict(GOOD_DRAFT)


@pytest.fixture(autouse=True)
def _respx_sees_our_clients(
    request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    """respx intercepts httpx only, so tests that mock HTTP get draftkit's clients on httpx.

    Tests against the real server on 127.0.0.1 (tests/reliability) and those marked
    `default_http` run on the library a user gets: httpx2 with openai 3.x.
    """
    if "reliability" in request.path.parts or request.node.get_closest_marker("default_http"):
        return
    import httpx

    from draftkit.providers import openai_chat

    monkeypatch.setattr(openai_chat, "http_library", lambda: httpx)


@pytest.fixture(autouse=True)
def _fresh_response_formats() -> None:
    """The response format negotiated per endpoint lasts a process: each test starts afresh."""
    from draftkit.providers.negotiation import forget

    forget()


@pytest.fixture(autouse=True)
def _instant_backoff(monkeypatch: pytest.MonkeyPatch) -> None:
    """Retries keep their count and their Retry-After handling; only the backoff sleep is zero."""
    import draftkit.retry

    monkeypatch.setattr(draftkit.retry, "_backoff", lambda state: 0.0)


@pytest.fixture(autouse=True)
def _clean_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No test may pick up a developer's key, endpoint, config or settings: one list, VARIABLES."""
    for name in VARIABLES:
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("DRAFTKIT_LEDGER", str(tmp_path / "ledger.sqlite"))
    monkeypatch.setenv("DRAFTKIT_CACHE_DIR", str(_CACHE))
    monkeypatch.chdir(tmp_path)
