"""Readings learnt while measuring tuning79 (a corpus weighted to faithful drafts in many styles,
with one plant of every kind), each checked on sentences written for this test, never on the
corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from test_checks import CASES
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


# -- a party named as what we failed to act on, the failure owned in the next clause ------------


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "We did not pass the parcel to the courier, and the delay that followed is "
            "entirely down to us.",
            False,
        ),
        ("We passed the parcel on time, and the courier's delay did the rest.", True),
    ],
)
def test_a_failure_owned_after_a_comma_and_an_and(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blamed


def test_filmed_from_both_sides_shares_no_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "You asked us to film the vows from both sides, and we did not do it."
    assert "no_blame" not in _failed(incident, "en", responsibility=said)
    shared = "There were mistakes on both sides, and we are sorry."
    assert "no_blame" in _failed(incident, "en", responsibility=shared)


# -- a party's part dismissed: "that it was a subcontractor changes nothing" ---------------------

_DISMISSED = {
    "en": "That the van belonged to a subcontractor changes nothing: we planned the move.",
    "es": "Que el camión fuera de una empresa subcontratada no cambia nada: la mudanza la "
    "planificamos nosotros.",
    "ro": "Faptul că duba era a unui subcontractor nu schimbă nimic: mutarea am planificat-o noi.",
}
_KEPT = {
    "en": "The van belonged to a subcontractor, and it was late.",
    "es": "El camión era de una empresa subcontratada, y llegó tarde.",
    "ro": "Duba era a unui subcontractor și a întârziat.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_a_party_whose_part_is_dismissed_is_not_blamed(make_incident: Any, language: str) -> None:
    incident = _incident(make_incident, language)
    owned = f"{_DISMISSED[language]}"
    assert "no_blame" not in _failed(incident, language, responsibility=owned)
    assert "no_blame" in _failed(incident, language, responsibility=_KEPT[language])


# -- a guess after "so" is the conclusion ---------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "invented"),
    [
        (
            "Our dock software did not log your return, so the bike appeared to be still in use.",
            False,
        ),
        (
            "The depot confirmed the bike was returned, so most likely a faulty sensor in the "
            "dock failed to log it.",
            True,
        ),
    ],
)
def test_a_guess_after_so_is_read_from_the_so(
    make_incident: Any, said: str, invented: bool
) -> None:
    incident = _incident(
        make_incident,
        "en",
        root_cause=None,
        what_happened=(
            "You returned the bike on 9 November, but our system did not log the return and "
            "the bike showed as still in use."
        ),
    )
    assert ("no_invented_cause" in _failed(incident, "en", explanation=said)) is invented


# -- Romanian: the article at the end of the word, and the company in the genitive ---------------

_REFUND_RO = {"remedies": ["Rambursarea celor 200 de lei plătiți pentru transport"]}
_GIVEN_RO = "Vă rambursăm cei 200 de lei plătiți pentru transport."


@pytest.mark.parametrize(
    ("closing", "rejected"),
    [
        ("Așteptăm un mesaj de la dumneavoastră, ca să vă virăm rambursarea.", False),
        ("Așteptăm un mesaj de la dumneavoastră, ca să vă trimitem și un voucher.", True),
    ],
)
def test_the_approved_offer_named_with_its_article_after_the_remedy(
    make_incident: Any, closing: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "ro", **_REFUND_RO)
    found = _failed(incident, "ro", restore_value=_GIVEN_RO, closing=closing)
    assert ("approved_offers" in found) is rejected


def test_the_company_by_its_kind_in_the_genitive_is_us(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        company={"name": "Pensiunea Dealul Verde", "sender": "Ana Pop", "sender_role": "Manager"},
    )
    ours = "Vina este a pensiunii, nu a dumneavoastră."
    assert "no_blame" not in _failed(incident, "ro", responsibility=ours)
    theirs = "Vina este a agenției de turism, nu a dumneavoastră."
    assert "no_blame" in _failed(incident, "ro", responsibility=theirs)


def test_in_order_is_no_mechanism(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    unknown = "Cauza este încă în analiză."
    fine = "Noi v-am predat mașina spunându-vă că totul este în regulă."
    found = _failed(incident, "ro", explanation=unknown, responsibility=fine)
    assert "no_invented_cause" not in found
    rule = f"{unknown} Regula de calcul din sistemul de facturare a dat greș."
    assert "no_invented_cause" in _failed(incident, "ro", explanation=rule)


# -- all the costs of a remedy we pay for, and the company's name in a remedy ---------------------

_WARDROBE = {
    "remedies": [
        "Reembolso de los 120 € del hotel",
        "Reparación del armario en su domicilio por un carpintero, a cargo de Libros Andes",
    ]
}
_HOTEL = "Le devolvemos los 120 € del hotel."


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "Un carpintero reparará el armario en su domicilio, y todos los gastos correrán "
            "a cargo de Libros Andes.",
            False,
        ),
        # other costs are never the remedy's own, and costs with an object must be its own
        (
            "Un carpintero reparará el armario en su domicilio, y cualquier otro gasto que "
            "usted tenga correrá a cargo de Libros Andes.",
            True,
        ),
        (
            "Un carpintero reparará el armario en su domicilio, y todos los gastos que tenga "
            "en restaurantes correrán a cargo de Libros Andes.",
            True,
        ),
    ],
)
def test_all_the_costs_of_a_remedy_paid_by_us_by_name(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "es", **_WARDROBE)
    found = _failed(incident, "es", restore_value=f"{_HOTEL} {said}")
    assert ("approved_offers" in found) is rejected


# -- "într-o zi": some day, not a day given ---------------------------------------------------

_DISCOUNT_RO = {
    "remedies": ["Reducere de 15% la următoarea rezervare, oricând în următoarele 6 luni"]
}


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "Dacă într-o zi hotărâți să ne dați o nouă șansă, aveți 15% reducere la rezervare, "
            "oricând în următoarele 6 luni.",
            False,
        ),
        ("Vă oferim și o zi de cazare gratuită la următoarea rezervare.", True),
    ],
)
def test_one_day_glued_to_its_preposition_is_no_period(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "ro", **_DISCOUNT_RO)
    assert ("approved_offers" in _failed(incident, "ro", restore_value=said)) is rejected


# -- "you won't pay twice": how often the customer is charged, not more given ----------------------


@pytest.mark.parametrize(
    ("subject", "enlarged"),
    [
        ("You won't pay twice for Poppy's driving test", False),
        ("We refund you double for Poppy's driving test", True),
    ],
)
def test_not_paying_twice_enlarges_nothing(
    make_incident: Any, subject: str, enlarged: bool
) -> None:
    incident = _incident(
        make_incident,
        "en",
        remedies=[
            "A refund of the £50 you paid for the cancelled lesson",
            "The repeat lesson on 3 December at no charge",
        ],
    )
    given = (
        "We will refund the £50 you paid for the cancelled lesson, and the repeat lesson on "
        "3 December is free."
    )
    content = DraftContent(**{**CASES["en"][1], "restore_value": given, "subject": subject})
    details = " ".join(c.detail for c in run_checks(content, incident) if not c.passed)
    assert ("enlarges the offer" in details) is enlarged
