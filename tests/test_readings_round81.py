"""Readings learnt from the first contact with tuning81 (the brief of tuning80, three new
writers), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.offers import approved
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        ("We were paid to keep your archive dry, and we did not check the roof above it.", False),
        ("We will also pay for the new shelving in your office.", True),
    ],
)
def test_what_we_were_paid_for_is_no_payment_of_ours(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", responsibility=said)) is rejected


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("I am sorry for the taxi fare you never should have paid.", False),
        ("I am sorry, but you never should have left the car there.", True),
    ],
)
def test_what_they_should_not_have_had_to_bear(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blamed


def test_a_cause_under_inquiry_states_none(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    said = "Motivul întreruperii face obiectul unei anchete tehnice care nu s-a încheiat."
    assert "no_invented_cause" not in _failed(incident, "ro", explanation=said)
    guessed = "Motivul întreruperii a fost o actualizare greșită a serverelor."
    assert "no_invented_cause" in _failed(incident, "ro", explanation=guessed)


@pytest.mark.parametrize(
    ("remedy", "open_ended"),
    [
        ("Plata tuturor cheltuielilor medicale legate de accident, pe baza facturilor", True),
        ("Plata cheltuielilor medicale de 450 de lei, pe baza facturilor", False),
    ],
)
def test_all_of_the_costs_in_the_genitive_leave_the_remedy_open(
    make_incident: Any, remedy: str, open_ended: bool
) -> None:
    incident = _incident(make_incident, "ro", remedies=[remedy])
    assert approved(incident).unbounded is open_ended


_TRAIN = {"remedies": ["Rambursarea biletului de tren, 120 de lei, pe baza bonului"]}
_REFUNDED = "Vă rambursăm cei 120 de lei dați pe biletul de tren."


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        # what a remedy refunds whole, named before "costs you nothing"
        ("Practic, biletul de tren nu vă costă nimic.", False),
        ("Practic, cazarea de la hotel nu vă costă nimic.", True),
    ],
)
def test_a_refunded_thing_said_to_cost_nothing(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "ro", **_TRAIN)
    found = _failed(incident, "ro", restore_value=f"{_REFUNDED} {said}")
    assert ("approved_offers" in found) is rejected
