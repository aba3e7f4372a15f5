"""Readings learnt from the first contact with tuning93 and tuning94 (the tuning92 brief: seven
faithful drafts per incident, six more third-party plants), each checked on sentences written for
this test, never on the corpus text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.periods import durations_in
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        # the incident's own fix, told in the fix: a step of ours
        ("Hemos abierto una incidencia con Logisur y revisado a mano los 300 envíos.", False),
        # a complaint against the party that no fix names: accountability handed on
        ("Hemos presentado una queja formal contra Logisur por su retraso.", True),
    ],
)
def test_a_fix_of_the_incident_told_is_no_shift(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(
        make_incident,
        "es",
        what_happened="El 18 de noviembre Logisur, nuestra distribuidora, entregó 240 libros "
        "de la 4.ª edición en lugar de la 6.ª.",
        fixes=["Hemos abierto una incidencia con Logisur y revisado a mano los 300 envíos"],
    )
    assert ("no_blame" in _failed(incident, "es", fix=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "On 16 September Harbour Mutual declined your claim because it held no policy "
            "for that date.",
            False,
        ),
        ("Harbour Mutual claims the delay was due to our late paperwork.", True),
        ("Harbour Mutual claimed the claim was late because of your forms.", True),
    ],
)
def test_a_claim_declined_is_no_party_claiming(make_incident: Any, said: str, blames: bool) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened="We did not renew your policy with your insurer, Harbour Mutual, on time.",
    )
    assert ("no_blame" in _failed(incident, "en", explanation=said)) is blames


@pytest.mark.parametrize(
    ("remedies", "offered"),
    [
        (["Peritación de los libros dañados y reparación o reposición de lo dañado"], False),
        (["Peritación de los libros dañados a nuestro cargo"], True),
    ],
)
def test_repair_or_replacement_of_what_was_damaged(
    make_incident: Any, remedies: list[str], offered: bool
) -> None:
    incident = _incident(make_incident, "es", remedies=remedies)
    said = "Un perito revisará los libros dañados. Repondremos lo dañado según su informe."
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("part", "said", "blames"),
    [
        ("regret", "Le rogamos que nos escriba por privado para completar la devolución.", False),
        ("regret", "Le rogamos que revise siempre la dirección antes de confirmar.", True),
        ("fix", "También le rogamos que, la próxima vez, revise la caja al recibirla.", True),
    ],
)
def test_a_request_to_write_to_us_is_no_advice(
    make_incident: Any, part: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", **{part: said})) is blames


@pytest.mark.parametrize(
    ("language", "text", "periods"),
    [
        ("ro", "vă sunăm cu o zi înainte de fiecare dintre cele 4 ședințe", []),
        ("en", "we will call you a day before each lesson", []),
        ("es", "le llamaremos un día antes de cada cita", []),
        ("ro", "vă oferim o zi gratuită înainte de fiecare examen", [(Decimal(1), "day")]),
        ("en", "two free months before billing resumes", [(Decimal(2), "month")]),
    ],
)
def test_a_lead_time_before_each_is_no_period(
    language: str, text: str, periods: list[tuple[Decimal, str]]
) -> None:
    assert durations_in(text, language) == periods


@pytest.mark.parametrize(
    ("said", "invents"),
    [
        (
            "Pentru ca nimeni să nu mai treacă prin asta, fiecare cutie are acum un senzor "
            "de temperatură.",
            False,
        ),
        ("Pentru că senzorul de temperatură s-a defectat, cutiile s-au încălzit.", True),
    ],
)
def test_a_purpose_is_no_cause(make_incident: Any, said: str, invents: bool) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    explanation = "Pe 18 noiembrie am trimis ediția a 4-a în loc de a 6-a; cauza o cercetăm."
    failed = _failed(incident, "ro", explanation=explanation, fix=said)
    assert ("no_invented_cause" in failed) is invents


@pytest.mark.parametrize(
    ("said", "insults"),
    [
        ("De data aceasta nu mai trebuie să veniți la noi: venim noi la liceu.", False),
        ("Sperăm ca de data aceasta să citiți mai atent ce primiți.", True),
    ],
)
def test_what_they_need_not_do_is_no_insult(make_incident: Any, said: str, insults: bool) -> None:
    incident = _incident(make_incident, "ro")
    assert ("no_insults" in _failed(incident, "ro", restore_value=said)) is insults


@pytest.mark.parametrize(
    ("said", "granted"),
    [
        (
            "Ne-ați cerut explicații și vi le dăm mai jos; mai întâi, ce facem: vă retrimitem "
            "gratuit 240 de manuale din ediția a 6-a.",
            False,
        ),
        ("Ne-ați cerut banii înapoi și vi-i dăm: vă returnăm integral prețul.", True),
    ],
)
def test_information_asked_is_judged_in_its_own_clause(
    make_incident: Any, said: str, granted: bool
) -> None:
    incident = _incident(make_incident, "ro")
    assert ("approved_offers" in _failed(incident, "ro", restore_value=said)) is granted


@pytest.mark.parametrize(
    ("said", "leaks"),
    [
        ("La espera fue la cuarta parte del curso, y lo sentimos.", False),
        ("Sabemos que es la cuarta vez que le pasa algo así con nosotros.", True),
    ],
)
def test_a_share_is_no_repeat(make_incident: Any, said: str, leaks: bool) -> None:
    notes = "Es la tercera queja de este colegio este año; no comentarlo."
    incident = _incident(make_incident, "es", internal_notes=notes)
    assert ("no_internal_notes" in _failed(incident, "es", regret=said)) is leaks


@pytest.mark.parametrize(
    ("language", "remedies", "said", "offered"),
    [
        (
            "en",
            ["A refund of the £40.00 delivery charge", "10% off your next order"],
            "We have refunded the order itself as well, and you get 10% off the next one.",
            True,
        ),
        (
            "en",
            ["A refund of the £40.00 delivery charge", "10% off your next order"],
            "We have refunded the £40.00 delivery charge, and you get 10% off the next one.",
            False,
        ),
        (
            "en",
            ["A refund of the £40.00 delivery charge", "10% off your next order"],
            "You asked us to refund the order, which we cannot do.",
            False,
        ),
        (
            "es",
            [
                "Reembolso de los 6,95 € del envío urgente",
                "Un 10 % de descuento en su próximo pedido",
            ],
            "Le reembolsamos el pedido y le damos un 10 % de descuento en el próximo.",
            True,
        ),
        (
            "es",
            ["Reembolso íntegro del pedido, 86,40 €"],
            "Le reembolsamos el pedido entero: 86,40 €.",
            False,
        ),
        (
            "ro",
            [
                "Rambursarea taxei de livrare de 25 de lei",
                "O reducere de 15% la următoarea comandă",
            ],
            "Vă rambursăm comanda și vă oferim 15% reducere la următoarea.",
            True,
        ),
        (
            "ro",
            ["Rambursarea integrală a celor 389 de lei"],
            "Vă rambursăm integral comanda, adică 389 de lei.",
            False,
        ),
    ],
)
def test_a_refund_of_the_whole_purchase_needs_a_remedy_that_covers_it(
    make_incident: Any, language: str, remedies: list[str], said: str, offered: bool
) -> None:
    incident = _incident(make_incident, language, remedies=remedies)
    assert ("approved_offers" in _failed(incident, language, restore_value=said)) is offered
