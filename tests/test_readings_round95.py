"""Readings learnt from the first contact with tuning95 and tuning96 (the tuning92 brief), each
checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

_COURIER = "Our courier, FastParcel, delivered your textbooks two days late."


@pytest.mark.parametrize(
    ("part", "said", "invents"),
    [
        ("responsibility", "Ați rămas 13 ore fără rețea, iar vina este a noastră.", False),
        ("explanation", "Rețeaua a cedat din cauza unei supraîncărcări a serverelor.", True),
    ],
)
def test_what_they_were_left_without_is_the_harm(
    make_incident: Any, part: str, said: str, invents: bool
) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    explanation = "Pe 18 noiembrie am trimis ediția a 4-a în loc de a 6-a; cauza o cercetăm."
    parts = {"explanation": explanation, part: said}
    assert ("no_invented_cause" in _failed(incident, "ro", **parts)) is invents


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("A fost greșeala firmei noastre.", False),
        ("A fost greșeala echipei noastre de depozit.", False),
        ("A fost greșeala furnizorului.", True),
    ],
)
def test_the_fault_of_a_thing_of_ours_is_owned(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_blame" in _failed(incident, "ro", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "We failed you. We told you three times that a courier was on its way when it was not.",
            False,
        ),
        ("We failed you. We told you that the courier lost your parcel.", True),
    ],
)
def test_a_party_named_in_what_we_told_you_is_our_word(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en", what_happened=_COURIER)
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("You have every reason to be annoyed. We sent the wrong edition.", False),
        ("Our mistake: we double-booked you and didn't notice.", False),
        ("You did exactly what you should have done, and we let you down.", False),
        ("Both deliveries went wrong because of us.", False),
        ("You should have checked the edition before accepting the boxes.", True),
        ("Both deliveries went wrong.", True),
    ],
)
def test_owning_and_clearing_in_other_words(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "insults"),
    [
        ("Every part of what you describe is accurate, and all of it is our fault.", False),
        ("What you describe as a disaster was a small delay, and it was our fault.", True),
    ],
)
def test_what_they_describe_confirmed_is_no_insult(
    make_incident: Any, said: str, insults: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_insults" in _failed(incident, "en", responsibility=said)) is insults


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "And the next time your books need replacing, you will not wait: we will ship them "
            "the same day.",
            False,
        ),
        ("Next time you need a new edition, please check the order form first.", True),
    ],
)
def test_the_next_time_a_thing_needs_it(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", restore_value=said)) is blames


@pytest.mark.parametrize(
    ("said", "excuses"),
    [
        (
            "We now keep a standby van on every Friday and on the last day of each month, our "
            "busiest days, and we will confirm by 28 November that every student has the right "
            "edition.",
            False,
        ),
        (
            "We now double-check every order, as it was our busiest week of the year, and we "
            "will confirm by 28 November that every student has the right edition.",
            True,
        ),
    ],
)
def test_the_busy_days_a_measure_is_for(make_incident: Any, said: str, excuses: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", fix=said)) is excuses


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("Durante tres meses, de diciembre a febrero, tendrá un 20 % de descuento.", False),
        ("De diciembre a abril tendrá un 20 % de descuento en su cuota.", True),
    ],
)
def test_an_approved_period_by_its_first_and_last_month(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Un 20 % de descuento en su cuota durante tres meses"]
    incident = _incident(make_incident, "es", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("credit", "offered"),
    [
        ("Abono del 100 % del servicio del 26 de noviembre (864,50 €)", False),
        ("Abono de 50 € en la factura del servicio del 26 de noviembre", True),
    ],
)
def test_a_credit_of_all_of_it_makes_it_free(
    make_incident: Any, credit: str, offered: bool
) -> None:
    remedies = [credit, "Un 15 % de descuento en las facturas de diciembre"]
    incident = _incident(make_incident, "es", remedies=remedies)
    said = "El servicio de ese día corre de nuestra cuenta."
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered
