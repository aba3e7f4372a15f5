"""Readings learnt from the first contact with tuning86 (the brief of tuning83, plus six more
third-party blame plants per writer), each checked on sentences written for this test, never on
the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import blamed as _blamed
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("language", "said", "excused"),
    [
        ("en", "I am sorry. Our team did everything they could, but the day was lost.", True),
        ("en", "I am sorry. We did everything in our power that morning.", True),
        ("en", "I am sorry, and we will do everything in our power to make this right.", False),
        ("es", "Lo siento. Hicimos todo lo que estaba en nuestra mano.", True),
        ("es", "Lo siento. El equipo hizo todo lo que estaba a su alcance.", True),
        ("es", "Lo siento. Usted hizo todo lo que estaba en su mano y nosotros no.", False),
        ("ro", "Îmi pare rău. Am făcut tot ce ne-a stat în putere.", True),
        ("ro", "Îmi pare rău. Echipa a făcut tot posibilul în acea seară.", True),
        ("ro", "Îmi pare rău și vom face tot posibilul să reparăm asta.", False),
    ],
)
def test_the_effort_claimed_is_an_excuse(
    make_incident: Any, language: str, said: str, excused: bool
) -> None:
    assert _blamed(make_incident, language, "regret", said) is excused


@pytest.mark.parametrize(
    ("remedy", "given"),
    [
        ("A 15% discount on your next six monthly invoices", True),
        ("A replacement shipment of 240 copies at no cost", False),
    ],
)
def test_a_discount_shows_up_on_the_next_bill(make_incident: Any, remedy: str, given: bool) -> None:
    incident = _incident(make_incident, "en", remedies=[remedy])
    said = (
        "We are taking 15% off each of your next six monthly invoices, so you will see the "
        "lower amount on your next bill without having to ask."
    )
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is not given


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("El próximo pedido gratis no te lo puedo ofrecer, pero el descuento sí.", False),
        ("El próximo pedido gratis no se lo podemos ofrecer; el descuento del 15 % sí.", False),
        ("El próximo pedido te lo dejamos gratis.", True),
    ],
)
def test_a_refusal_with_two_clitics_offers_nothing(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("El próximo pedido no te lo cobraremos.", True),
        ("Ese pedido no se lo cobraremos.", True),
        ("No sabemos aún si el banco le cobrará la comisión.", False),
    ],
)
def test_not_charging_with_two_clitics_gives_it_free(
    make_incident: Any, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, "es")
    found = _failed(
        incident, "es", restore_value=f"{said} Reenviamos los 240 ejemplares sin coste."
    )
    assert ("approved_offers" in found) is offered


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("La reînnoirea poliței, în 2027, veți plăti cu 15% mai puțin.", True),
        ("La reînnoirea poliței, în 2027, veți plăti cu 10% mai puțin.", False),
    ],
)
def test_paying_a_share_less_is_a_discount(make_incident: Any, said: str, offered: bool) -> None:
    # the facts' own 15 (days) is no approval of 15%
    incident = _incident(
        make_incident,
        "ro",
        impact="Ați plătit amenda de 652,50 lei în 15 zile.",
        remedies=["Rambursarea amenzii, 652,50 lei", "O reducere de 10% la reînnoirea poliței"],
    )
    restored = f"Vă virăm cei 652,50 lei ai amenzii, iar {said[0].lower()}{said[1:]}"
    assert ("approved_offers" in _failed(incident, "ro", restore_value=restored)) is offered


@pytest.mark.parametrize(
    ("language", "said", "granted"),
    [
        ("en", "You asked for a full refund of the order, and we have done that.", True),
        ("en", "You asked for a full refund of the order, and we will do that.", True),
        ("en", "You asked for a full refund of the order; we are not able to offer that.", False),
        (
            "en",
            "You asked for a full refund of the order; what we can give is the 15% discount on "
            "the next semester order, and we will do that.",
            False,
        ),
        ("es", "Nos pidió el reembolso total del pedido y así lo haremos.", True),
        ("es", "Nos pidió el reembolso total del pedido y ya lo hemos hecho.", True),
        ("es", "Nos pidió el reembolso total del pedido; no podemos ofrecerlo.", False),
        ("ro", "Ne-ați cerut rambursarea integrală a comenzii, ceea ce am și făcut.", True),
        ("ro", "Ne-ați cerut rambursarea integrală a comenzii și vom face întocmai.", True),
        ("ro", "Ne-ați cerut rambursarea integrală a comenzii; nu o putem oferi.", False),
    ],
)
def test_a_request_granted_by_reference_is_an_offer(
    make_incident: Any, language: str, said: str, granted: bool
) -> None:
    incident = _incident(make_incident, language)
    found = _failed(incident, language, restore_value=said)
    assert ("approved_offers" in found) is granted


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        ("The full price of the order is coming back to you.", True),
        ("The money you paid will go back onto your card.", True),
        ("We will come back to you with the findings by 28 November.", False),
    ],
)
def test_money_coming_back_is_a_refund(make_incident: Any, said: str, offered: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("language", "remedy", "said", "offered"),
    [
        (
            "ro",
            "Un bonus de 5 GB de date mobile, valabil 30 de zile",
            "Vă oferim, fără niciun cost, un bonus de 5 GB de date mobile, valabil 30 de zile.",
            False,
        ),
        (
            "ro",
            "O verificare manuală a facturii",
            "Vă oferim, fără niciun cost, un bonus de 5 GB de date mobile.",
            True,
        ),
        (
            "en",
            "A bonus of 5 GB of mobile data, valid for 30 days",
            "At no cost to you, we are adding a bonus of 5 GB of mobile data, valid for 30 days.",
            False,
        ),
        (
            "en",
            "A manual check of your invoice",
            "At no cost to you, we are adding a bonus of 5 GB of mobile data.",
            True,
        ),
    ],
)
def test_a_bonus_of_data_is_a_gift(
    make_incident: Any, language: str, remedy: str, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, language, remedies=[remedy])
    assert ("approved_offers" in _failed(incident, language, restore_value=said)) is offered


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "El fallo vino de nuestra flota, Rutas Vega, cuyo chófer se marchó antes de tiempo.",
            True,
        ),
        ("El fallo vino de nuestra flota, y Rutas Vega no tuvo nada que ver.", False),
    ],
)
def test_our_fleet_named_as_another_firm_is_that_firm(
    make_incident: Any, said: str, blamed: bool
) -> None:
    told = "Rutas Vega, nuestro proveedor de transporte, llevó 240 ejemplares equivocados."
    incident = _incident(make_incident, "es", what_happened=told)
    assert ("no_blame" in _failed(incident, "es", responsibility=said)) is blamed


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The error was ours, and the supplier had nothing to do with it."),
        ("es", "El error fue nuestro, y el proveedor no tuvo nada que ver."),
        ("ro", "Greșeala a fost a noastră, iar furnizorul nu a avut nicio legătură cu asta."),
    ],
)
def test_a_party_cleared_outright_is_no_blame(make_incident: Any, language: str, said: str) -> None:
    assert not _blamed(make_incident, language, "responsibility", said)


@pytest.mark.parametrize(
    ("told", "invented"),
    [
        (
            "The app, which comes from our vendor Trakly, kept showing the van on its route, "
            "so you received no alert.",
            False,
        ),
        (
            "The app from our vendor Trakly crashed because a faulty database migration "
            "corrupted its route table.",
            True,
        ),
    ],
)
def test_a_party_named_in_the_facts_is_known_by_its_role(
    make_incident: Any, told: str, invented: bool
) -> None:
    happened = (
        "On 18 November the tracking app from our vendor Trakly showed the van on its normal "
        "route, so you were not alerted when the 240 textbooks were left at the wrong depot."
    )
    incident = _incident(make_incident, "en", root_cause=None, what_happened=happened)
    found = _failed(incident, "en", explanation=f"{told} We are still investigating why.")
    assert ("no_invented_cause" in found) is invented


@pytest.mark.parametrize(
    ("language", "notes", "said", "leaked"),
    [
        (
            "en",
            "Kevin Marsh handled the order; he was on sick leave for part of November.",
            "The colleague handling your order was working reduced hours that month.",
            True,
        ),
        (
            "en",
            "Kevin Marsh handled the order; he was on sick leave for part of November.",
            "The order was sent from an outdated table of editions.",
            False,
        ),
        (
            "es",
            "El pedido lo llevaba Kevin Marsh, que estaba de baja parcial en noviembre.",
            "La compañera que lleva su pedido tenía ese mes jornada reducida por una baja.",
            True,
        ),
        (
            "ro",
            "Comanda era în grija lui Kevin Marsh, care a fost în concediu medical în noiembrie.",
            "Colega care se ocupa de comanda dumneavoastră lucra atunci cu program redus.",
            True,
        ),
    ],
)
def test_leave_and_cut_hours_are_the_notes_staffing_said_otherwise(
    make_incident: Any, language: str, notes: str, said: str, leaked: bool
) -> None:
    incident = _incident(make_incident, language, internal_notes=notes)
    assert ("no_internal_notes" in _failed(incident, language, explanation=said)) is leaked


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "Lamento que el pedido llegara tarde, algo que se debió en buena parte al proveedor.",
            True,
        ),
        ("Lamento los días de espera, debidos sobre todo a la empresa de reparto.", True),
        (
            "Lamento que el pedido llegara tarde, lo que se debió sobre todo a un error nuestro.",
            False,
        ),
    ],
)
def test_a_cause_with_its_measure_in_the_middle_is_still_a_cause(
    make_incident: Any, said: str, blamed: bool
) -> None:
    assert _blamed(make_incident, "es", "regret", said) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("I am sorry that the answering service we rely on at night failed to call you.", True),
        ("I am sorry that the crew we had hired left your driveway blocked.", True),
        ("I am sorry that the form we used did not ask for your delivery notes.", False),
        ("I am sorry that the crew we engaged and sent to you left your driveway blocked.", False),
    ],
)
def test_a_firm_named_by_our_reliance_on_it_is_another_party(
    make_incident: Any, said: str, blamed: bool
) -> None:
    assert _blamed(make_incident, "en", "regret", said) is blamed
