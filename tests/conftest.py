"""Shared fixtures. Nothing here touches the network."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from draftkit.incident import Incident

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"

BASE_INCIDENT: dict[str, Any] = {
    "id": "INC-4821",
    "language": "en",
    "channel": "email",
    "severity": "high",
    "customer": {"name": "Northside Academy", "contact": "Ms. Rivera"},
    "company": {"name": "Paperline Books", "sender": "Dana Okafor", "sender_role": "Head of Support"},
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
    "internal_notes": "Operator Kevin Marsh ran the update at 2 a.m.; legal says avoid admitting liability above EUR 9,000.",
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
