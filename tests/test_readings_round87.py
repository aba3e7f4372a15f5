"""Readings learnt from the first contact with tuning87 (the brief of tuning86, its third-party
examples replaced by a description), each checked on sentences written for this test, never on
the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import blamed as _blamed
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("language", "said", "blamed"),
    [
        ("es", "Le dijimos que el problema no era nuestro, y sí lo era.", False),
        ("es", "Asumimos haberle dicho que el fallo no era nuestro.", False),
        ("es", "El problema no era nuestro, sino del almacén.", True),
        ("ro", "V-am spus că nu era treaba noastră; era, și ne asumăm asta.", False),
        ("ro", "Nu era treaba noastră să verificăm ediția.", True),
    ],
)
def test_what_we_said_then_is_confessed_not_said_now(
    make_incident: Any, language: str, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    found = _failed(incident, language, responsibility=said)
    assert ("no_blame" in found or "no_insults" in found) is blamed


@pytest.mark.parametrize(
    ("happened", "blamed"),
    [
        ("El 18 de noviembre nuestra agencia envió 240 ejemplares de la 4.ª edición.", False),
        ("El 18 de noviembre enviamos 240 ejemplares; la agencia de transporte los retrasó.", True),
    ],
)
def test_what_the_facts_call_ours_is_us(make_incident: Any, happened: str, blamed: bool) -> None:
    incident = _incident(make_incident, "es", what_happened=happened)
    said = "Siento que nadie de la agencia les cogiera el teléfono hasta pasada la una."
    assert ("no_blame" in _failed(incident, "es", regret=said)) is blamed


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("You told us the order cost you £1,280 when it is never more than £100.", False),
        ("You told us you needed the books by Friday, so we are refunding £30.", True),
        ("Nos dijo que lo necesitaba el viernes, así que le devolvemos 30 €.", True),
    ],
)
def test_what_the_customer_told_us_is_reported_until_our_clause(
    make_incident: Any, said: str, offered: bool
) -> None:
    language = "es" if said.startswith("Nos") else "en"
    incident = _incident(make_incident, language)
    assert ("approved_offers" in _failed(incident, language, restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        (
            "If the new copies give you any more trouble before then, we will send the 240 "
            "copies again at no cost.",
            False,
        ),
        ("If this cost you anything else, send us the receipts and we will pay you back.", True),
    ],
)
def test_the_condition_a_remedy_is_given_on_leaves_nothing_open(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Our order system rejected the edition and replaced it with an outdated one.", False),
        ("Our order system rejected the edition, and we will send a replacement.", True),
    ],
)
def test_a_replacement_said_with_what_it_swapped_is_told(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "en", remedies=["A 15% discount on the next order"])
    restored = "We are taking 15% off your next order."
    found = _failed(incident, "en", restore_value=restored, explanation=said)
    assert ("approved_offers" in found) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Vă includem 50 GB de date pe lună în decembrie, ianuarie și februarie.", False),
        ("Vă includem 50 GB de date pe lună în decembrie, ianuarie, februarie și martie.", True),
    ],
)
def test_an_approved_period_may_name_its_months(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Un bonus de 50 GB de date pe lună, gratuit, timp de 3 luni"]
    incident = _incident(make_incident, "ro", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "ro", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("language", "said", "blamed"),
    [
        ("en", "I am sorry that the coach company left your class waiting for hours.", True),
        ("en", "I am sorry that the company let you down; we are that company.", False),
        ("es", "Siento que la empresa de autocares dejara a su grupo esperando.", True),
        ("es", "Lamento que el transportista dejara las cajas bajo la lluvia.", True),
        ("es", "Lamento que tuvieran que esperar tres días sin libros.", False),
        ("ro", "Îmi pare rău că firma de transport nu a venit la timp.", True),
        ("ro", "Îmi pare rău că firma noastră nu a venit la timp.", False),
    ],
)
def test_a_firm_named_by_its_trade_is_another_party(
    make_incident: Any, language: str, said: str, blamed: bool
) -> None:
    assert _blamed(make_incident, language, "regret", said) is blamed


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Sus renovaciones de 2027 y 2028 tendrán un 15 % de descuento.", True),
        ("Su renovación de 2027 tendrá un 15 % de descuento.", False),
        ("El 15 % se aplicará a la renovación de 2027, en la factura de enero 2027.", False),
    ],
)
def test_a_later_year_than_the_remedies_give_is_given_too(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Descuento del 15 % en la renovación de su póliza para 2027"]
    incident = _incident(make_incident, "es", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


def test_a_replacement_still_to_come_is_an_offer_even_with_what_it_swaps(
    make_incident: Any,
) -> None:
    incident = _incident(make_incident, "en", remedies=["A 15% discount on the next order"])
    said = "We will replace your order with a new laptop."
    found = _failed(
        incident, "en", restore_value="We are taking 15% off your next order.", explanation=said
    )
    assert "approved_offers" in found
