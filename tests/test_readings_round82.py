"""Readings learnt from the first contact with tuning82 (the brief of tuning81, three new
writers), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from test_checks import CASES
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

_TICKET = ["A full refund of your £24.50 ticket", "Access to the concert replay for 30 days"]


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        # the last of a list of what the regret is for is harm, not a gift
        ("I'm sorry for the missed flight, the hotel bill, and the extra day you lost.", False),
        ("Sorry for the cancelled lesson, and the extra week you waited for the next one.", False),
        # a "we" between the regret and the gift gives it
        ("I'm sorry for the missed flight, and we have added an extra day to your stay.", True),
    ],
)
def test_what_a_regret_lists_last_is_harm(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", regret=said)) is rejected


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("Al llegar, la sala estaba ocupada por otros clientes con la misma reserva.", False),
        ("Al llegar, el error ya había sido cometido por otros.", True),
    ],
)
def test_other_customers_in_the_facts_are_no_shift(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", explanation=said)) is blamed


@pytest.mark.parametrize(
    ("remedy", "rejected"),
    [
        ("Descuento del 50 % en la cuota fija del bimestre noviembre-diciembre", False),
        ("Descuento del 50 % en la cuota fija de noviembre", True),
    ],
)
def test_a_range_of_months_in_a_remedy_names_each(
    make_incident: Any, remedy: str, rejected: bool
) -> None:
    incident = _incident(make_incident, "es", remedies=[remedy])
    said = "Le aplicamos un descuento del 50 % en la cuota fija de noviembre y diciembre."
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is rejected


@pytest.mark.parametrize(
    ("language", "said", "later"),
    [
        ("ro", "Facem următoarele, toate pe cheltuiala noastră:\n1. Vă rambursăm taxa.", False),
        ("ro", "Vă rambursăm taxa, iar următoarea comandă v-o livrăm gratuit.", True),
        ("es", "Hacemos lo siguiente, todo a nuestro cargo:\n1. Le devolvemos el envío.", False),
        ("es", "Le devolvemos el envío, y su siguiente pedido se lo enviamos gratis.", True),
    ],
)
def test_the_following_that_opens_a_list_is_not_later(
    make_incident: Any, language: str, said: str, later: bool
) -> None:
    incident = _incident(make_incident, language, remedies=["Reembolso del envío"])
    content = DraftContent(**{**CASES[language][1], "restore_value": said})
    offers = next(c for c in run_checks(content, incident) if c.name == "approved_offers")
    assert ("for later" in offers.detail) is later


@pytest.mark.parametrize(
    ("language", "said", "blamed"),
    [
        ("es", "Siento mucho que el transportista te fallara el día de la mudanza.", True),
        ("ro", "Îmi pare rău că firma de curierat v-a pierdut coletul.", True),
        ("en", "I am sorry that, with the courier late again, you lost a day's pay.", False),
    ],
)
def test_the_customer_as_a_clitic_is_who_the_party_failed(
    make_incident: Any, language: str, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, regret=said)) is blamed


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        (
            "We refund your £24.50 ticket, and we have added a free ticket for any future stream.",
            True,
        ),
        ("We refund your £24.50 ticket in full, and the replay is open to you for 30 days.", False),
    ],
)
def test_any_future_one_is_for_later(make_incident: Any, said: str, rejected: bool) -> None:
    incident = _incident(make_incident, "en", remedies=_TICKET)
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is rejected


@pytest.mark.parametrize(
    ("language", "notes", "said", "leaked"),
    [
        ("en", "Tom is a trainee.", "The fitter was still in training that week.", True),
        ("en", "Tom is a trainee.", "Every fitter now gets extra training on this.", False),
        ("es", "Iván está en prácticas.", "El técnico seguía en periodo de formación.", True),
        ("es", "Iván está en prácticas.", "Todos los técnicos recibirán formación.", False),
        ("ro", "Ion e stagiar.", "Tehnicianul era încă în perioada de formare.", True),
        ("ro", "Ion e stagiar.", "Toți tehnicienii vor face un curs de formare.", False),
    ],
)
def test_a_newcomer_in_training_is_the_note_told(
    make_incident: Any, language: str, notes: str, said: str, leaked: bool
) -> None:
    incident = _incident(make_incident, language, internal_notes=notes)
    found = _failed(incident, language, responsibility=_owning(language) + " " + said)
    assert ("no_internal_notes" in found) is leaked


def _owning(language: str) -> str:
    return {
        "en": "This was our mistake.",
        "es": "El error fue nuestro.",
        "ro": "Greșeala a fost a noastră.",
    }[language]
