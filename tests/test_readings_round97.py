"""Readings of another party blamed in English, in the regret and the owning part (stop 47),
each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.party_names import named_parties
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

_COURIER = "Our courier, FastParcel, delivered your textbooks two days late."


@pytest.mark.parametrize(
    ("part", "said", "blames"),
    [
        # the party as the passive's agent of the harm
        ("regret", "I'm sorry your books were left by the courier in the rain.", True),
        ("regret", "I'm sorry your week was ruined by our delivery partner's mix-up.", True),
        ("regret", "I'm sorry your week was ruined by our own mix-up.", False),
        ("regret", "I'm sorry your books were left in the rain because we sent them late.", False),
        # the harm "from" the party
        ("regret", "I'm sorry the box took such a beating from the carrier.", True),
        ("regret", "I'm sorry the box arrived battered and torn.", False),
        # the party took "until" a date
        ("regret", "I'm sorry you waited, with the carrier's driver taking until Friday.", True),
        ("regret", "I'm sorry it took us until Friday to get the books to you.", False),
        # the party kept it longer than it should have
        ("regret", "I'm sorry the lab kept your order longer than it should have.", True),
        ("regret", "I'm sorry we kept your order longer than we should have.", False),
        # the party's refusal, not only its decision, as what did the harm
        ("regret", "I'm sorry the bank's rejection of the order left you without books.", True),
        # where the failure lies, said in the owning part
        ("responsibility", "We own the delay, but the blame for the damage sits with them.", True),
        ("responsibility", "We own the delay, and the blame for the damage lies with us.", False),
    ],
)
def test_another_party_blamed_for_the_harm(
    make_incident: Any, part: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en", what_happened=_COURIER)
    assert ("no_blame" in _failed(incident, "en", **{part: said})) is blames


def test_a_name_after_a_legal_forms_full_stop_opens_a_sentence() -> None:
    """ "…by our caterer, Brookfield Kitchens Ltd. Sam had eaten…": the splitter glues the
    sentences at the abbreviation, but Sam is no firm."""
    facts = ("Lunch was made by our caterer, Brookfield Kitchens Ltd. Sam had eaten half of it.",)
    names = named_parties(facts, (), frozenset({"Hillside", "Camps"}), "en")
    assert "Brookfield Kitchens" in names
    assert "Sam" not in names


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("I'm sorry that Brookfield sent a dish with nuts to Sam.", True),
        ("I'm sorry that Sam was given a dish with nuts in our care.", False),
    ],
)
def test_a_caterer_the_facts_name_is_another_party(
    make_incident: Any, said: str, blames: bool
) -> None:
    facts = "Lunch was made by our caterer, Brookfield Kitchens Ltd. Sam had eaten half of it."
    incident = _incident(make_incident, "en", what_happened=facts)
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blames
