"""Readings learnt from the tuning42 to tuning44 rounds, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from draftkit.facts import mentions_date
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a duty laid on someone else, where the failure is owned or regretted -------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students started without the right book; the bookshop's staff "
            "really should have spotted the old edition.",
        ),
        (
            "en",
            "responsibility",
            "We own this, and the warehouse management was supposed to check the edition list.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three lost days; if the courier had checked the labels, none of "
            "this would have happened.",
        ),
        (
            "es",
            "regret",
            "Lamentamos que sus alumnos empezaran sin el libro; los organizadores deberían "
            "haberlo revisado.",
        ),
        (
            "es",
            "regret",
            "Si quienes preparan los envíos hubieran mirado la tabla, nada de esto habría pasado.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău pentru elevi; oamenii de la depozit ar fi putut verifica ediția.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău pentru elevi; era firesc ca firma de transport să verifice ediția.",
        ),
    ],
)
def test_a_duty_someone_else_missed_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # what the customer's people should not have had to do is the harm, not blame
        (
            "en",
            "regret",
            "I am sorry that 240 students started without the right textbook, and your staff "
            "should not have had to handle complaints for three days.",
        ),
        # a thing that should have arrived, and a duty we name as ours
        (
            "en",
            "responsibility",
            "The 6th edition should have arrived on 18 November; we sent the wrong one, and "
            "that is our failure.",
        ),
        (
            "es",
            "responsibility",
            "Fue un error nuestro: nuestro personal debería haber revisado la edición.",
        ),
        (
            "ro",
            "responsibility",
            "Greșeala a fost a noastră: oamenii noștri ar fi trebuit să verifice ediția.",
        ),
    ],
)
def test_a_duty_of_ours_or_a_thing_that_should_have_come_is_no_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, **{part: text})


# -- whose fault, said outright --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "blamed", "owned"),
    [
        (
            "en",
            "I am sorry your classes began without the book, through the fault of a careless "
            "packer.",
            "I am sorry your classes began without the book, through the fault of our own "
            "packing team.",
        ),
        (
            "es",
            "Lamentamos que sus alumnos empezaran sin el libro por culpa de un encargado de "
            "almacén.",
            "Lamentamos que sus alumnos empezaran sin el libro por culpa de un error nuestro.",
        ),
        (
            "ro",
            "Ne pare rău că elevii au început fără manual din vina unui angajat al tipografiei.",
            "Ne pare rău că elevii au început fără manual din vina noastră.",
        ),
    ],
)
def test_a_fault_given_to_someone_else_is_blame(
    make_incident: Any, language: str, blamed: str, owned: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, regret=blamed)
    assert "no_blame" not in _failed(incident, language, regret=owned)


def test_a_fault_denied_of_the_customer_is_no_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "I am sorry for the three lost days, which came through no fault of your staff."
    assert "no_blame" not in _failed(incident, "en", regret=said)


# -- a failure done "by" another party, beside an ownership ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We take responsibility for this: the parcels were mishandled by the carrier."),
        ("es", "Asumimos la responsabilidad: los paquetes fueron dañados por el transportista."),
        ("ro", "Ne asumăm responsabilitatea: coletele au fost deteriorate de curier."),
    ],
)
def test_a_failure_in_the_passive_by_another_party_is_blame(
    make_incident: Any, language: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=text)


def test_let_alone_is_no_party_letting_us_down(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "That falls short of what we would accept from any supplier, let alone from ourselves, "
        "and I take full responsibility for it."
    )
    assert "no_blame" not in _failed(incident, "en", responsibility=said)


# -- offers, dates and the harm named ------------------------------------------------------------


def test_free_shipping_said_as_no_shipping_cost_restates_it(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        remedies=[
            "Reenvío de los 240 ejemplares sin gastos de envío",
            "Un descuento del 15 % en el próximo pedido",
        ],
    )
    said = (
        "Le reenviamos los 240 ejemplares sin coste de envío y, además, le aplicaremos un "
        "descuento del 15 % en su próximo pedido."
    )
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)


@pytest.mark.parametrize("said", ["by 28th Nov", "by the 28th of Nov.", "on 28th Nov, a Saturday"])
def test_an_ordinal_day_with_a_short_month_is_the_date(said: str) -> None:
    assert mentions_date(said, dt.date(2026, 11, 28), "en")
    assert not mentions_date(said, dt.date(2026, 11, 8), "en")


def test_a_generic_word_beside_the_harm_named_is_no_formula(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    named = (
        "Regretăm că 240 de elevi au început cursurile pe 21 noiembrie fără manualul corect, "
        "și disconfortul pe care vi l-am creat."
    )
    assert "no_non_apology" not in _failed(incident, "ro", regret=named)
    alone = "Regretăm sincer disconfortul pe care vi l-am creat."
    assert "no_non_apology" in _failed(incident, "ro", regret=alone)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "es",
            "Le reenviamos los 240 ejemplares sin coste y, como tuvieron que ir en taxi a por "
            "libros, les pagamos también los taxis.",
        ),
        (
            "ro",
            "Vă retrimitem gratuit 240 de manuale din ediția a 6-a și ne ocupăm și de costul "
            "fotocopiilor făcute între timp.",
        ),
    ],
)
def test_costs_we_take_on_that_no_remedy_names_are_an_offer(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" in _failed(incident, language, restore_value=said)
