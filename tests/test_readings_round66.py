"""Readings learnt from the tuning65 and tuning66 rounds, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the
gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- what only the internal notes say, told in other words ----------------------------------


@pytest.mark.parametrize(
    ("language", "notes", "part", "text"),
    [
        # a shortage of people, said two ways
        (
            "en",
            "The Leeds warehouse has been running well short of staff since Monday.",
            "fix",
            "The warehouse that packed your books has been short-handed, so we are adding "
            "people to it. We will confirm by 28 November that every student has the book.",
        ),
        (
            "es",
            "En el almacén faltaba personal toda la semana.",
            "explanation",
            "El 18 de noviembre enviamos la 4.ª edición; el almacén trabajaba con la plantilla "
            "mínima aquella semana.",
        ),
        (
            "ro",
            "La depozit lipseau doi colegi în tura de noapte.",
            "explanation",
            "Pe 18 noiembrie am trimis ediția greșită; depozitul lucra atunci cu personal redus.",
        ),
        # the customer's or a supplier's contract, and where its renewal stands
        (
            "en",
            "Northside is negotiating a three-year renewal with us; keep them sweet.",
            "regret",
            "I am sorry your students started without the book, all the more while we are "
            "talking with you about renewing your contract.",
        ),
        (
            "es",
            "El contrato con la imprenta vence en marzo; no mencionar la posible rescisión.",
            "fix",
            "Además, estamos estudiando no renovarle el contrato a la imprenta. Confirmaremos "
            "antes del 28 de noviembre que todos tienen el libro.",
        ),
        (
            "ro",
            "Negociem reînnoirea contractului cu tipografia; să nu pomenim rezilierea.",
            "fix",
            "Analizăm și rezilierea contractului cu tipografia. Confirmăm până pe 28 noiembrie "
            "2026 că toți elevii au manualul.",
        ),
        # a count of one kind of failure
        (
            "en",
            "This is the third wrong edition from this warehouse since September.",
            "responsibility",
            "This was our mistake, and, I have to admit, not the first wrong edition we have "
            "shipped this term.",
        ),
        (
            "es",
            "Es la tercera edición equivocada desde septiembre.",
            "responsibility",
            "El error fue nuestro, y no es la primera edición equivocada que enviamos este curso.",
        ),
        (
            "ro",
            "E a treia ediție greșită din septembrie.",
            "responsibility",
            "Greșeala a fost a noastră și nu este prima ediție greșită pe care o trimitem.",
        ),
    ],
)
def test_a_topic_only_the_notes_raise_is_their_content(
    make_incident: Any, language: str, notes: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language, internal_notes=notes)
    assert "no_internal_notes" not in _failed(incident, language)
    assert "no_internal_notes" in _failed(incident, language, **{part: text})


@pytest.mark.parametrize(
    ("language", "notes", "part", "text"),
    [
        # the harm told ("a second time" the customer had to do something) is no history
        (
            "en",
            "This is the third wrong edition from this warehouse since September.",
            "regret",
            "I am sorry your staff had to hand out substitute books and then collect them a "
            "second time when the right edition arrived.",
        ),
        # a check that found no other error
        (
            "es",
            "Es la tercera edición equivocada desde septiembre.",
            "fix",
            "Hemos revisado a mano los 240 pedidos del curso sin encontrar otro error, y "
            "confirmaremos antes del 28 de noviembre que todos tienen el libro.",
        ),
        (
            "es",
            "Es la tercera edición equivocada desde septiembre.",
            "fix",
            "Revisaremos sus pedidos del año para asegurarnos de que no hay ningún otro error, "
            "y confirmaremos antes del 28 de noviembre que todos tienen el libro.",
        ),
        # told of something, not warned of it
        (
            "ro",
            "La a doua absență nemotivată a operatorului în noiembrie.",
            "explanation",
            "Pe 18 noiembrie am trimis ediția a 4-a; schimbarea de program ne fusese anunțată "
            "cu o zi înainte.",
        ),
        # "legal" in its everyday sense
        (
            "en",
            "Legal estimates our exposure at EUR 9,000.",
            "fix",
            "None of this affects your legal rights. We will confirm by 28 November 2026 that "
            "every student has the right edition.",
        ),
    ],
)
def test_words_that_only_look_like_the_notes_topic_pass(
    make_incident: Any, language: str, notes: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language, internal_notes=notes)
    assert "no_internal_notes" not in _failed(incident, language, **{part: text})
