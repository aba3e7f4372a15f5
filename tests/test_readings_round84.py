"""Readings learnt from the first contact with tuning84 (the brief of tuning83, three new
writers), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "The wrong edition was our packer's mistake, and sending you to the courier was ours.",
            False,
        ),
        ("The wrong edition was the courier's mistake.", True),
    ],
)
def test_one_of_ours_named_with_the_mistake_owns_it(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        (
            "I'm sorry you spent a week in freezing weather, lost two days of classes, and more.",
            False,
        ),
        ("I'm sorry the courier lost two boxes of your books.", True),
    ],
)
def test_the_customers_own_list_of_what_they_lived(
    make_incident: Any, said: str, blamed: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blamed


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("Le recuerdo que no tiene que hacer ningún trámite: nosotros nos ocupamos.", False),
        ("Le recuerdo que tiene que revisar el pedido al recibirlo.", True),
    ],
)
def test_a_duty_denied_lays_none(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", closing=said)) is blamed


@pytest.mark.parametrize(
    ("said", "rejected"),
    [
        ("No le cobraremos noviembre: le devolvemos la cuota entera, 385,00 €.", False),
        (
            "No le cobraremos diciembre: le devolvemos también la cuota de noviembre, 385,00 €.",
            True,
        ),
    ],
)
def test_not_charging_the_thing_a_refund_gives_back_whole(
    make_incident: Any, said: str, rejected: bool
) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Reembolso de la cuota de noviembre (385,00 €)"]
    )
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is rejected


def test_entirely_right_after_owning_it_grows_no_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    owned = "Greșeala ne aparține în întregime și nu o punem pe seama altcuiva."
    assert "approved_offers" not in _failed(incident, "ro", responsibility=owned)
    grown = "Vă rambursăm în întregime și comanda următoare."
    assert "approved_offers" in _failed(incident, "ro", restore_value=grown)


_REPORTED = "Ne-ați scris că a fost cea mai grea zi din viața dumneavoastră."


@pytest.mark.parametrize(
    ("message", "said", "insulted"),
    [
        ("A fost cea mai grea zi din viața mea.", _REPORTED, False),
        ("Vreau banii înapoi.", _REPORTED, True),
        # their words, not told as theirs: the mockery stays ours
        ("A fost cea mai grea zi din viața mea.", "Nu a fost cea mai grea zi din viața.", True),
    ],
)
def test_the_customers_own_words_told_back(
    make_incident: Any, message: str, said: str, insulted: bool
) -> None:
    incident = _incident(make_incident, "ro", customer_message=message)
    assert ("no_insults" in _failed(incident, "ro", regret=said)) is insulted


@pytest.mark.parametrize(
    ("said", "blamed"),
    [
        ("Al llegar, la sala reservada estaba ocupada por otra empresa.", False),
        ("El error fue cometido por otra empresa.", True),
    ],
)
def test_a_state_another_is_in_shifts_nothing(make_incident: Any, said: str, blamed: bool) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", explanation=said)) is blamed


@pytest.mark.parametrize(
    ("closing", "rejected"),
    [
        # the refund's genitive names the approved one: "the refund's details"
        ("Detaliile rambursării vi le trimitem pe e-mail.", False),
        ("Vă trimitem pe e-mail și un voucher de 20 de lei.", True),
    ],
)
def test_the_approved_offer_named_in_the_genitive(
    make_incident: Any, closing: str, rejected: bool
) -> None:
    incident = _incident(
        make_incident, "ro", remedies=["Rambursarea taxei de livrare de 50 de lei"]
    )
    restored = "Vă rambursăm taxa de livrare de 50 de lei."
    found = _failed(incident, "ro", restore_value=restored, closing=closing)
    assert ("approved_offers" in found) is rejected
