"""Readings learnt from the first contact with tuning80 (faithful drafts in five styles, two per
incident written as a strong model answers the prompts, and one plant of every kind), each
checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- turning down what was asked, and choices still to make ---------------------------------------


def test_a_request_turned_down_as_beyond_what_we_are_able_to_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", remedies=["A refund of the EUR 40 delivery fee"])
    said = (
        "A free year of delivery isn't something we're able to offer, but we are refunding the "
        "EUR 40 delivery fee."
    )
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("Whether you stay with us is a decision that is yours, and we will respect it.", False),
        ("The decision to travel that night was yours.", True),
    ],
)
def test_a_decision_still_to_make_is_no_blame(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("You asked whether you should have called us first. That was never your job.", False),
        ("You asked for a refund, but you should have called us first.", True),
    ],
)
def test_the_customers_own_question_reported(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blamed


# -- the fault ours, the party's denied after it --------------------------------------------------

_DENIED = {
    "en": ("That was our failure, not the courier's.", "That was the courier's failure, not ours."),
    "es": (
        "La culpa es nuestra, no del transportista.",
        "La culpa es del transportista, no nuestra.",
    ),
    "ro": ("Vina este a noastră, nu a curierului.", "Vina este a curierului, nu a noastră."),
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_the_fault_ours_and_denied_of_the_party(make_incident: Any, language: str) -> None:
    incident = _incident(make_incident, language)
    ours, theirs = _DENIED[language]
    assert "no_blame" not in _failed(incident, language, responsibility=ours)
    assert "no_blame" in _failed(incident, language, responsibility=theirs)


# -- periods and counts ---------------------------------------------------------------------------

_TERM = {"remedies": ["20% off Maya's tutoring fees for Term 1 2027"]}


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        ("And Term 1 next year will be 20% off Maya's tutoring fees.", False),
        ("And we will take 20% off Maya's tutoring fees for the next two years.", True),
    ],
)
def test_a_term_next_year_is_no_year(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "en", **_TERM)
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is rejected


_NIGHTS = {"remedies": ["Reembolso de 3 de las 8 noches de la estancia (402,00 €)"]}


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        ("Le devolvemos tres noches, 402,00 €.", False),
        ("Le devolvemos cinco noches de la estancia.", True),
    ],
)
def test_a_part_of_a_whole_approves_the_part(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "es", **_NIGHTS)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is rejected


# -- open words a remedy writes itself ------------------------------------------------------------

_EXCESS = {
    "remedies": [
        "A refund of the GBP 120 you paid for the plumber",
        "Repair of the kitchen ceiling as part of your claim, with no further excess to pay",
    ]
}
_PLUMBER = "We will refund the GBP 120 you paid for the plumber."


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "The kitchen ceiling is repaired under your claim, and you will not pay any further "
            "excess for it.",
            False,
        ),
        (
            "The kitchen ceiling is repaired under your claim, and any further costs you have "
            "are on us.",
            True,
        ),
    ],
)
def test_the_open_words_a_remedy_writes(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "en", **_EXCESS)
    found = _failed(incident, "en", restore_value=f"{_PLUMBER} {said}")
    assert ("approved_offers" in found) is rejected


# -- Spanish: what fell to the customer, and the events told --------------------------------------


def test_what_fell_to_the_customer_to_pay_is_no_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", remedies=["Reembolso del taxi (38 €)"])
    given = "Le devolvemos los 38 € del taxi."
    regret = "Siento mucho que se quedara tirada en la carretera y que le tocara pagar un taxi."
    assert "approved_offers" not in _failed(incident, "es", restore_value=given, regret=regret)


_BUS = {
    "root_cause": None,
    "remedies": ["Reembolso del 30 % del precio del viaje"],
    "what_happened": (
        "El autobús no llegó a las 22:00. Cuando llamamos a la empresa de transporte a las "
        "22:30, consiguió otro autobús y otro conductor, que llegaron a las 3:10."
    ),
}


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "Cuando los llamamos a las 22:30, consiguieron un autobús y un conductor de "
            "reemplazo, que llegaron a las 3:10. Seguimos investigando la causa.",
            False,
        ),
        (
            "Le enviaremos un autobús de reemplazo para la vuelta. Seguimos investigando la causa.",
            True,
        ),
    ],
)
def test_a_replacement_the_facts_tell(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "es", **_BUS)
    given = "Le devolvemos el 30 % del precio del viaje."
    found = _failed(incident, "es", restore_value=given, explanation=said)
    assert ("approved_offers" in found) is rejected


# -- the customer's manner, to be dropped ---------------------------------------------------------

_DROP = {
    "en": "I'd ask you to drop the sarcasm so we can sort this out.",
    "es": "Le pido que deje el sarcasmo para que podamos resolverlo.",
    "ro": "Vă rog să renunțați la sarcasm, ca să putem rezolva asta.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_asking_the_customer_to_drop_their_manner_insults(
    make_incident: Any, language: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" in _failed(incident, language, responsibility=_DROP[language])


def test_dropping_a_fee_is_no_insult(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    assert "no_insults" not in _failed(incident, "en", restore_value="We will drop the late fee.")
