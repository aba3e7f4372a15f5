"""Readings learnt from the first contact with tuning99 and tuning100 (the tuning92 brief), each
checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.periods import durations_in
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

_COURIERS = {
    "es": "El 18 de noviembre nuestro transportista, EnvíoRápido, entregó los libros tarde.",
    "ro": "Pe 18 noiembrie curierul nostru, ColetRapid, a livrat manualele cu întârziere.",
}
_BANK = "Our bank, Fernhill Bank, rejected the payment file we sent on 3 November."


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        # what the party acted on is what we had broken
        ("We failed you. Fernhill Bank rejected a file that our own update had broken.", True),
        ("Fernhill Bank rejected a file that our own update had broken; the fault is ours.", False),
        ("Fernhill Bank rejected a file that was perfectly valid; the fault is ours.", True),
    ],
)
def test_a_party_acting_on_what_we_broke(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(make_incident, "en", what_happened=_BANK)
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("We let you down, and our advisers sent you through checks that could not help.", False),
        ("We let you down. We advise you to check the address before you order.", True),
    ],
)
def test_our_advisers_are_staff_not_advice(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "offends"),
    [
        ("Le aplicamos un 15 % en su próximo pedido: 85,00 € en lugar de 100,00 €.", False),
        ("Le aplicamos un 15 % en su próximo pedido de 100,00 €: 15,00 € menos.", False),
        ("Le aplicamos un 15 % en su próximo pedido: 80,00 € en lugar de 100,00 €.", True),
    ],
)
def test_a_price_worked_out_from_an_approved_share(
    make_incident: Any, said: str, offends: bool
) -> None:
    incident = _incident(make_incident, "es")
    parts = {"restore_value": f"Le reenviamos 240 ejemplares de la 6.ª edición sin coste. {said}"}
    assert ("approved_offers" in _failed(incident, "es", **parts)) is offends


@pytest.mark.parametrize(
    ("language", "part", "said", "check", "fails"),
    [
        # things replaced with others are no blame handed to others
        (
            "es",
            "explanation",
            "El 18 de noviembre enviamos 40 libros cambiados por otros con "
            "otra edición, por un error de codificación.",
            "no_blame",
            False,
        ),
        (
            "es",
            "responsibility",
            "El error de codificación lo cometió un técnico, hecho por otros y no por nosotros.",
            "no_blame",
            True,
        ),
        # the responsibility ours, and the party working under us
        (
            "es",
            "responsibility",
            "La responsabilidad es nuestra: el proveedor trabajaba bajo nuestra dirección.",
            "no_blame",
            False,
        ),
        ("es", "responsibility", "La responsabilidad es del proveedor.", "no_blame", True),
        # a decline, not an offer
        (
            "en",
            "restore_value",
            "We are sending 240 copies of the 6th edition at no cost to you. "
            "A free year of books is beyond what I am able to offer.",
            "approved_offers",
            False,
        ),
        (
            "en",
            "restore_value",
            "We are sending 240 copies of the 6th edition at no cost to you, "
            "and a free year of books.",
            "approved_offers",
            True,
        ),
    ],
)
def test_first_contact_readings(
    make_incident: Any, language: str, part: str, said: str, check: str, fails: bool
) -> None:
    incident = _incident(make_incident, language)
    assert (check in _failed(incident, language, **{part: said})) is fails


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("28 of 48 desks delivered 5 days late", "en", []),
        ("el pedido llegó con 5 días de retraso", "es", []),
        ("comanda a ajuns cu 5 zile întârziere", "ro", []),
        ("we add 5 days to your plan", "en", [(Decimal(5), "day")]),
    ],
)
def test_how_late_something_was_is_no_period(text: str, language: str, found: list[Any]) -> None:
    assert durations_in(text, language, deadlines=False) == found


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("Vă reamintim că suma de 78 de lei vă va fi restituită în 5 zile.", False),
        ("Vă reamintim că trebuie să verificați adresa înainte de comandă.", True),
    ],
)
def test_a_remedy_recalled_is_no_reminder_to_the_customer(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_blame" in _failed(incident, "ro", closing=f"{said}\nCu stimă,\nDana")) is blames


@pytest.mark.parametrize(
    ("language", "part", "said", "blames"),
    [
        # "el fallo del proveedor": the fault word, "del", the party (an article is optional)
        (
            "es",
            "regret",
            "Lamento los días sin libros que les causó el fallo del transportista.",
            True,
        ),
        (
            "es",
            "responsibility",
            "Asumimos toda la responsabilidad por la tardanza del transportista y por la nuestra.",
            False,
        ),
        # the party that was not able to
        (
            "ro",
            "regret",
            "Ne pare rău că recepția hotelului nu a fost în stare să vă găsească rezervarea.",
            True,
        ),
        ("ro", "regret", "Ne pare rău că nu am fost în stare să vă găsim rezervarea.", False),
        (
            "es",
            "regret",
            "Lamento que la recepción del hotel, que no fue capaz de encontrar su "
            "reserva, les dejara sin habitación.",
            True,
        ),
    ],
)
def test_another_party_failing_in_es_ro(
    make_incident: Any, language: str, part: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, language, what_happened=_COURIERS[language])
    assert ("no_blame" in _failed(incident, language, **{part: said})) is blames
