"""Readings learnt from the first contact with tuning83 (four of five faithful drafts per
incident written as strong models answer the prompts), each checked on sentences written for
this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import GOOD_RO
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "shown"),
    [
        ("El corte está localizado junto a la CM-4410, cerca de Sigüenza.", False),
        ("Lo vemos en su pedido 48213: le escribimos por privado.", True),
    ],
)
def test_a_roads_code_in_the_facts_is_everyones(make_incident: Any, said: str, shown: bool) -> None:
    incident = _incident(
        make_incident,
        "es",
        channel="social",
        what_happened="El 18 de noviembre, en la carretera CM-4410, una obra cortó la línea que "
        "sirve el pedido 48213.",
    )
    found = _failed(incident, "es", greeting="Buenos días:", explanation=said)
    assert ("social_privacy" in found) is shown


@pytest.mark.parametrize(
    ("said", "taken_back"),
    [
        (
            "We sent the wrong edition, and then we told you, not once but twice, it was right.",
            False,
        ),
        ("We sent the wrong edition, but the warehouse was short of staff that week.", True),
    ],
)
def test_not_once_but_twice_concedes_nothing(
    make_incident: Any, said: str, taken_back: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is taken_back


_PER_TEACHER = ["A refund of any lesson materials a teacher bought, up to £12.00 per teacher"]


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        # 23 teachers in the facts: £12.00 each is £276.00 for all of them
        ("We refund up to £12.00 per teacher (£276.00 if all 23 bought some).", False),
        ("We refund up to £12.00 per teacher (£350.00 in all).", True),
    ],
)
def test_a_sum_per_thing_times_the_facts_count_of_it(
    make_incident: Any, said: str, rejected: bool
) -> None:
    impact = "23 teachers had to rebuild their lesson plans for three days."
    incident = _incident(make_incident, "en", remedies=_PER_TEACHER, impact=impact)
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is rejected


_NO_FEES = ["No delivery fees for your December and January orders (£40.00 a month)"]


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        ("Your December and January orders are free of our fees: £0 instead of £40.00.", False),
        ("Your December and January orders are free of our fees, and £20.00 back too.", True),
    ],
)
def test_no_fees_is_a_fee_waived_and_nothing_paid_is_no_sum(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "en", remedies=_NO_FEES)
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is rejected


@pytest.mark.parametrize(
    ("language", "said", "blamed"),
    [
        ("en", "We caused this; no part of it belongs to you or to the courier.", False),
        ("en", "We caused this, but part of it belongs to the courier.", True),
        ("en", "Neither the courier nor the printer did anything wrong; we did.", False),
        (
            "es",
            "Ni el transportista ni la imprenta actuaron de forma incorrecta: fue culpa nuestra.",
            False,
        ),
        ("es", "El transportista actuó de forma incorrecta.", True),
        ("ro", "Nici curierul, nici tipografia nu au greșit: vina este a noastră.", False),
        ("ro", "Curierul a greșit, nu noi.", True),
    ],
)
def test_the_failure_denied_of_every_other_party(
    make_incident: Any, language: str, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, responsibility=said)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        # the customer's suppliers and the delay are two items of the harm
        (
            "Lamento el embargo, los recibos devueltos a sus proveedores, el retraso de la nómina.",
            False,
        ),
        # a party's own failure after its apposition
        ("Lamento que el almacén, gestionado por el transportista, no le avisara a tiempo.", True),
    ],
)
def test_a_party_and_a_failure_listed_apart(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", regret=said)) is blamed


_DEPOSIT_AND_TAXI = [
    "Rambursarea integrală a avansului de 350 de lei",
    "Rambursarea costului taxiului, 640 de lei, pe baza bonului",
]


@pytest.mark.parametrize(
    ("said", "open_ended"),
    [
        (
            "Vă dăm înapoi tot ce ați plătit în acea noapte: avansul rezervării și "
            "costul taxiului.",
            False,
        ),
        ("Vă dăm înapoi tot ce ați plătit în acea noapte.", True),
    ],
)
def test_everything_paid_bounded_by_the_remedies_it_lists(
    make_incident: Any, said: str, open_ended: bool
) -> None:
    incident = _incident(make_incident, "ro", remedies=_DEPOSIT_AND_TAXI)
    found = _failed(incident, "ro", restore_value=said)
    assert ("approved_offers" in found) is open_ended


@pytest.mark.parametrize(
    ("said", "invented"),
    [
        # an option a fix gives is no guess
        ("Am introdus posibilitatea ca recepția să rezerve imediat o altă sală.", False),
        # what may have been still is
        ("Există posibilitatea ca serverul de comenzi să se fi blocat din cauza unei erori.", True),
    ],
)
def test_a_possibility_given_is_no_guess(make_incident: Any, said: str, invented: bool) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    told = "Pe 18 noiembrie am trimis ediția greșită. Încă investigăm cauza."
    fix = f"{said} {GOOD_RO['fix']}"
    assert ("no_invented_cause" in _failed(incident, "ro", explanation=told, fix=fix)) is invented


@pytest.mark.parametrize(
    ("language", "said", "invented"),
    [
        # what an event led to: the clause before it is the facts retold
        (
            "ro",
            "Cărțile au plecat pe 18 noiembrie, cu ediția greșită, ceea ce a dus la "
            "începerea cursurilor fără manual.",
            False,
        ),
        (
            "ro",
            "Un tehnician nou a schimbat setările depozitului automat, ceea ce a dus la "
            "trimiterea ediției greșite.",
            True,
        ),
    ],
)
def test_what_an_event_led_to_reads_the_clause_before(
    make_incident: Any, language: str, said: str, invented: bool
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    found = _failed(incident, language, explanation=said + " Încă investigăm cauza.")
    assert ("no_invented_cause" in found) is invented
