"""Readings learnt while measuring tuning79 (a corpus weighted to faithful drafts in many styles,
with one plant of every kind), each checked on sentences written for this test, never on the
corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a remedy for a later date, restated far from the word that says "next" ---------------------

_DINNER = {
    "remedies": [
        "A tasting dinner for eight people, cooked and served by us free of charge, on a date "
        "of your choosing in 2027"
    ]
}


_NEXT_YEAR = (
    "And next year, whenever suits you, we will, at no cost to you, prepare for your whole "
    "family and closest friends"
)


@pytest.mark.parametrize(
    ("gift", "rejected"),
    [
        # the remedy's own words come more than a dozen words after "next"
        ("a tasting dinner for eight people.", False),
        ("an anniversary cake and a bottle of champagne.", True),
    ],
)
def test_a_gift_for_later_restated_after_a_long_aside(
    make_incident: Any, gift: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "en", **_DINNER)
    said = f"{_NEXT_YEAR} {gift}"
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is rejected


# -- a generic word of regret beside a sentence that names the harm -----------------------------

_FLOOD = {
    "impact": (
        "Water from the burst tank ruined the kitchen floor and the customer's family had to "
        "sleep at a hotel for three nights."
    )
}
_NAMED = (
    "I am so sorry that your kitchen floor was ruined and that your family spent three nights "
    "in a hotel."
)


@pytest.mark.parametrize(
    ("regret", "rejected"),
    [
        # the harm named in the sentence before: the generic word is not said instead of it
        (f"{_NAMED} I am sorry for the disruption we caused you.", False),
        # the generic word alone
        ("I am sorry for the disruption we caused you.", True),
        # a hedged formula stays the formula, whatever the part says beside it
        (f"{_NAMED} We apologise for any inconvenience.", True),
    ],
)
def test_a_generic_regret_beside_the_named_harm(
    make_incident: Any, regret: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "en", **_FLOOD)
    assert ("no_non_apology" in _failed(incident, "en", regret=regret)) is rejected


def test_a_generic_regret_in_spanish_beside_the_named_harm(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        impact="El agua estropeó el suelo de la cocina y la familia durmió tres noches en un hotel",
    )
    named = (
        "Siento mucho que se estropeara el suelo de su cocina y que su familia durmiera tres "
        "noches en un hotel."
    )
    assert "no_non_apology" not in _failed(
        incident, "es", regret=f"{named} También siento el trastorno que le hemos causado."
    )
    assert "no_non_apology" in _failed(
        incident, "es", regret="Siento el trastorno que le hemos causado."
    )
