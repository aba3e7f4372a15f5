"""Readings learnt from the first contact with tuning89 (the tuning87 brief, three fresh
writers), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.amounts import money_in
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("I will not sugar-coat it: we billed you twice for October.", False),
        ("We will not bill you for December.", True),
    ],
)
def test_an_offer_is_not_read_across_a_colon(make_incident: Any, said: str, offered: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", responsibility=said)) is offered


@pytest.mark.parametrize(
    ("language", "said", "blames"),
    [
        ("en", "We now remind our drivers an hour before every pickup.", False),
        ("es", "Ahora recordamos a los conductores cada recogida una hora antes.", False),
        ("en", "We now recommend you confirm the pickup an hour before.", True),
        ("en", "We would remind you to confirm the pickup an hour before.", True),
    ],
)
def test_a_practice_begun_now_is_no_advice(
    make_incident: Any, language: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, fix=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "I am sorry that you, your partner and your two children were refused entry, "
            "and that we left you without help.",
            False,
        ),
        ("I am sorry that our ticketing partner turned you away at the door.", True),
        ("I am sorry that the ticketing partner rejected tickets you had paid for.", True),
    ],
)
def test_your_partner_is_no_firm(make_incident: Any, said: str, blames: bool) -> None:
    happened = (
        "On 3 May the scanners rejected your tickets, and Scanly, the venue's ticketing "
        "partner, told the door staff they had been cancelled."
    )
    incident = _incident(make_incident, "en", what_happened=happened)
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blames


@pytest.mark.parametrize(
    ("language", "said", "offered"),
    [
        (
            "es",
            "Nos escribe que su equipo pasó casi tres días sin poder trabajar, y eso que paga "
            "una tarifa de oficina.",
            False,
        ),
        ("ro", "Ne scrieți că ați stat trei zile fără abonamentul Fibra Birou plătit.", False),
        ("es", "Le regalamos además tres días de conexión.", True),
    ],
)
def test_what_the_customer_tells_us_now_is_theirs(
    make_incident: Any, language: str, said: str, offered: bool
) -> None:
    remedies = {
        "es": ["Abono de una mensualidad completa de su tarifa Oficina Plus (59,90 €) en enero"],
        "ro": ["O lună gratuită din abonamentul Fibra Birou"],
    }
    incident = _incident(make_incident, language, remedies=remedies[language])
    failed = _failed(incident, language, restore_value=said)
    assert ("approved_offers" in failed) is offered


@pytest.mark.parametrize(
    ("language", "text", "sums"),
    [
        ("es", "ochenta y nueve euros con noventa más IVA", [Decimal("89.9")]),
        ("ro", "optzeci și nouă de lei și nouăzeci plus TVA", [Decimal("89.9")]),
        ("es", "ochenta y nueve euros, más IVA", [Decimal("89")]),
    ],
)
def test_cents_end_before_the_tax(language: str, text: str, sums: list[Decimal]) -> None:
    assert money_in(text, language) == sums


@pytest.mark.parametrize(
    ("language", "said", "invents"),
    [
        ("ro", "Încă investigăm cum a fost posibil ca alarma să nu sune.", False),
        (
            "en",
            "We are still looking into how it was possible that the alarm stayed silent.",
            False,
        ),
        ("ro", "Încă investigăm; probabil senzorul alarmei era murdar.", True),
    ],
)
def test_a_guess_asked_about_is_the_question(
    make_incident: Any, language: str, said: str, invents: bool
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    failed = _failed(incident, language, explanation=said)
    assert ("no_invented_cause" in failed) is invents


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("I have cancelled the rest of this term's tuition charges.", True),
        (
            "You asked for the term's fees back, so as well as the refund we owe you, I have "
            "cancelled the rest of this term's tuition charges.",
            True,
        ),
        ("I have cancelled the rest of the lessons, as you asked.", False),
    ],
)
def test_the_rest_of_the_charges_cancelled_is_a_waiver(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "leaks"),
    [
        ("Am scris urmând ordinea pe care mi-ați cerut-o: întâi despăgubirea, apoi scuzele.", True),
        ("Am păstrat ordinea camerelor pe care mi-ați cerut-o la rezervare.", False),
    ],
)
def test_the_order_asked_of_the_writer_is_the_prompt(
    make_incident: Any, said: str, leaks: bool
) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_system_prompt" in _failed(incident, "ro", closing=said)) is leaks


# Readings from the first contact with tuning90 (the same brief, three more fresh writers).


@pytest.mark.parametrize(
    ("part", "said", "blames"),
    [
        (
            "explanation",
            "The parcel was marked delivered; it had, however, been left at number 12 rather "
            "than number 21.",
            False,
        ),
        (
            "responsibility",
            "Had the fault been reported online rather than by phone, it would have been "
            "picked up sooner.",
            True,
        ),
    ],
)
def test_had_after_its_subject_is_no_inversion(
    make_incident: Any, part: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", **{part: said})) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("We do not yet know why either of those things happened.", False),
        ("These things happen, and we are sorry it happened to you.", True),
    ],
)
def test_events_asked_about_are_not_called_inevitable(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", explanation=said)) is blames


@pytest.mark.parametrize(
    ("part", "said", "offered"),
    [
        ("explanation", "The lab recovered 168 of the 412 photographs (about 41%).", False),
        ("restore_value", "We will refund 41% of the 412 euros you paid.", True),
    ],
)
def test_a_ratio_of_two_counts_is_told(
    make_incident: Any, part: str, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", **{part: said})) is offered


@pytest.mark.parametrize(
    ("said", "excused"),
    [
        (
            "Îmi pare rău că ați rămas blocată pe centură la ora de vârf, cu copiii în mașină.",
            False,
        ),
        ("Îmi pare rău că ați așteptat atât, era ora de vârf.", True),
        ("Îmi pare rău că ați așteptat atât în ora de vârf, când eram copleșiți.", True),
    ],
)
def test_the_busy_time_the_customer_lived_is_their_harm(
    make_incident: Any, said: str, excused: bool
) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_blame" in _failed(incident, "ro", regret=said)) is excused


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        (
            "Y mandaremos a otra empresa autorizada a revisar la caldera: corre de nuestra "
            "cuenta y no tienen que adelantar nada.",
            False,
        ),
        ("Y mandaremos a otra empresa a revisar la caldera y les regalamos la renta.", True),
    ],
)
def test_a_gift_after_a_colon_frees_what_the_colon_follows(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = [
        "Un descuento del 50 % en la renta de diciembre (410,00 €)",
        "Una revisión completa de la caldera por otra empresa autorizada, a cargo de la agencia",
    ]
    incident = _incident(make_incident, "es", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("language", "said", "offered"),
    [
        (
            "en",
            "You will never get that afternoon back, nor the photos of the moment you "
            "exchanged rings.",
            False,
        ),
        ("en", "You will never get that afternoon back, and we will refund the album.", True),
        ("es", "La factura de diciembre no se la vamos a cobrar.", True),
    ],
)
def test_a_denied_frame_gives_nothing_unless_the_not_is_the_gift(
    make_incident: Any, language: str, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("approved_offers" in _failed(incident, language, regret=said)) is offered
