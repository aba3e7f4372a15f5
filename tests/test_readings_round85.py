"""Readings learnt from the first contact with tuning85 (the brief of tuning83, three new
writers), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("I am sorry for the two days you spent believing you had failed the course.", False),
        ("I am sorry for the worry of thinking, all that weekend, that you had failed.", False),
        ("I am sorry, but you had failed to send the form.", True),
    ],
)
def test_what_they_believed_is_not_what_they_did(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blamed


@pytest.mark.parametrize(
    ("message", "invented"),
    [
        ("V-am lăsat cutiile etichetate pe fiecare clasă.", False),
        ("Vreau să știu ce s-a întâmplat.", True),
    ],
)
def test_what_the_customer_told_us_they_gave_is_no_invented_mechanism(
    make_incident: Any, message: str, invented: bool
) -> None:
    incident = _incident(make_incident, "ro", root_cause=None, customer_message=message)
    owned = (
        "Greșeala este a noastră: am trimis ediția greșită, deși aveam cutiile etichetate "
        "de dumneavoastră."
    )
    told = "Pe 18 noiembrie am trimis ediția greșită. Încă investigăm cauza."
    found = _failed(incident, "ro", responsibility=owned, explanation=told)
    assert ("no_invented_cause" in found) is invented
