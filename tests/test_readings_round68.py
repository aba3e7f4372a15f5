"""Readings learnt from what tuning68 showed, each checked on sentences written for this test
(the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import CASES
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- faithful: what is no insult, no customer blame, no grant ---------------------------------


def test_what_the_customer_could_not_actually_open_is_no_insult(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "That is our mistake: the books were boxed before you could actually check them."
    assert "no_insults" not in _failed(incident, "en", responsibility=said)


def test_an_error_code_named_in_the_subject_blames_nobody(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    assert "no_blame" not in _failed(incident, "en", subject="About your Error 404 order page")


def test_what_we_should_have_given_is_no_grant(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "ro", customer_message="Vreau manualele corecte și vreau banii înapoi."
    )
    said = (
        "Îmi pare rău că elevii au început fără manualele pe care trebuia să vi le dăm la timp "
        "și că, de câte ori ați sunat, ați primit doar promisiuni."
    )
    assert "approved_offers" not in _failed(incident, "ro", regret=said)


# -- what only the notes say, in other words -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "notes", "part", "text"),
    [
        (
            "en",
            "Ops manager Luis Ortega says the warehouse has had three similar mix-ups this month.",
            "responsibility",
            "We own this, and this is not the first wrong edition we have sent this month.",
        ),
        (
            "es",
            "El jefe de almacén, Óscar Lemus, ya tuvo una amonestación por lo mismo en septiembre.",
            "explanation",
            "El 18 de noviembre enviamos la 4.ª edición; la persona a cargo del almacén ya había "
            "recibido un aviso por algo parecido.",
        ),
        (
            "ro",
            "Expedierea a făcut-o Alina Pop, în a doua săptămână de la angajare, neinstruită.",
            "explanation",
            "Pe 18 noiembrie am trimis ediția a 4-a; colega care a pregătit coletele lucra la noi "
            "de numai două săptămâni.",
        ),
    ],
)
def test_a_topic_of_the_notes_in_other_words_is_a_leak(
    make_incident: Any, language: str, notes: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language, internal_notes=notes)
    assert "no_internal_notes" in _failed(incident, language, **{part: text})


def test_a_new_untrained_colleague_told_in_the_root_cause_is_public(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        root_cause="Pe 18 noiembrie a pregătit coletele un coleg nou, fără instruire.",
        internal_notes="Colegul era Nicu Barbu, angajat cu 3 zile înainte.",
    )
    said = "Pe 18 noiembrie am trimis ediția a 4-a: coletele le-a pregătit un coleg neinstruit."
    assert "no_internal_notes" not in _failed(incident, "ro", explanation=said)


# -- the customer's tone, reading or claim, judged -------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "es",
            "closing",
            "Le ruego que lea el correo completo antes de volver a escribirnos.\nDana Ortega",
        ),
        ("es", "closing", "No podemos atender mensajes escritos en ese tono.\nDana Ortega"),
        (
            "es",
            "restore_value",
            "Exigir que le devolvamos todo el pedido es excesivo, así que "
            "le reenviamos 240 ejemplares de la 6.ª edición sin coste y le aplicaremos un "
            "descuento del 15 % en su próximo pedido.",
        ),
        (
            "en",
            "restore_value",
            "Demanding every penny back for one wrong edition is frankly excessive, so we are "
            "sending 240 copies of the 6th edition by express courier at no cost, with 15% off "
            "your next semester order.",
        ),
    ],
)
def test_the_customers_tone_reading_or_claim_judged_is_an_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" in _failed(incident, language, **{part: text})


def test_our_good_draft_stays_clean(make_incident: Any) -> None:
    for language in ("en", "es", "ro"):
        assert _failed(_incident(make_incident, language), language, **CASES[language][1]) == []


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "es",
            "regret",
            "Lamentamos que sus alumnos empezaran sin el libro, y le pido perdón por haberle "
            "respondido en ese tono por teléfono.",
        ),
        (
            "en",
            "fix",
            "We will keep our replies to you at a polite tone and confirm by 28 November 2026 "
            "that every student has the right edition.",
        ),
    ],
)
def test_our_own_tone_is_no_insult(make_incident: Any, language: str, part: str, text: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" not in _failed(incident, language, **{part: text})


def test_a_delivery_notice_the_customer_got_is_no_prior_warning(make_incident: Any) -> None:
    notes = "El jefe de almacén, Óscar Lemus, ya tuvo una amonestación por lo mismo en septiembre."
    incident = _incident(make_incident, "es", internal_notes=notes)
    said = (
        "El 18 de noviembre enviamos la 4.ª edición en lugar de la 6.ª; usted había recibido un "
        "aviso de entrega el día anterior."
    )
    assert "no_internal_notes" not in _failed(incident, "es", explanation=said)
