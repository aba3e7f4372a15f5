"""Readings learnt from the tuning41 and tuning42 rounds, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks import run_checks
from draftkit.draft_types import Check, DraftContent
from draftkit.incident import Incident
from draftkit.periods import durations_in
from test_checks import CASES, checks_for
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a change "from 2 to 5 years" gives the years it adds -----------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "old"),
    [
        ("en", "Your service plan extended from 2 to 5 years", 2),
        ("es", "Ampliación de la garantía de dos a cinco años", 2),
        ("ro", "Garanția prelungită de la 2 la 5 ani", 2),
    ],
)
def test_the_start_of_a_change_is_the_period_replaced(language: str, text: str, old: int) -> None:
    assert [n for n, _ in durations_in(text, language, compounds=True)] == [5]
    assert [n for n, _ in durations_in(text, language, compounds=True, replaced=True)] == [old]


def test_the_years_a_change_adds_restate_it(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "en", remedies=["Your service plan extended from 2 to 5 years"]
    )
    said = "Your service plan now runs for 5 years, three more years than before."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)
    more = "Your service plan now runs for 5 years, and we add four more years on top."
    assert "approved_offers" in _failed(incident, "en", restore_value=more)


# -- a gift said as a payment ---------------------------------------------------------------------


def test_a_payment_said_free_restates_the_free_remedy(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        remedies=["Consultas de seguimiento y radiografías sin coste durante tres meses"],
    )
    said = "También cubriremos sin coste sus consultas de seguimiento y radiografías."
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)
    other = "También cubriremos sin coste su limpieza dental y el blanqueamiento."
    assert "approved_offers" in _failed(incident, "es", restore_value=other)


# -- the follow-up's own errand is no demand granted ----------------------------------------------


def test_a_request_in_the_follow_ups_words_is_our_errand(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        follow_up={
            "action": "enviarle el acta firmada y el plano corregido para que pueda solicitar "
            "la bonificación municipal",
            "by": "2026-12-15",
        },
    )
    fix = (
        "Hemos añadido una comprobación automática de la edición antes de cada envío. Antes del "
        "15 de diciembre le enviaremos el acta firmada y el plano corregido para su solicitud de "
        "la bonificación municipal."
    )
    assert "approved_offers" not in _failed(incident, "es", fix=fix)
    granted = "Como nos solicitó, le aplicaremos además una bonificación en la próxima factura."
    assert "approved_offers" in _failed(incident, "es", restore_value=granted)


# -- words of the facts are no insult --------------------------------------------------------------


def test_a_mocking_noun_the_facts_use_is_their_thing(make_incident: Any) -> None:
    plain = _incident(make_incident, "en")
    assert "no_insults" in _failed(plain, "en", regret="Thanks for your saga; we read all of it.")
    lent = _incident(
        make_incident,
        "en",
        what_happened="On 3 November the last volume of the fantasy saga on your reading list "
        "was returned early from your account.",
    )
    regret = "I am sorry you could not finish your saga before the reading group met."
    assert "no_insults" not in _failed(lent, "en", regret=regret)


# -- Romanian: ours recalled, an omission owned, the customer who told us -----------------------


@pytest.mark.parametrize(
    ("part", "text"),
    [
        (
            "responsibility",
            "Greșeala a fost a noastră. Ați respectat întocmai sfatul nostru, iar sfatul pornea "
            "de la un tabel greșit.",
        ),
        (
            "explanation",
            "Am pregătit lista fără să ținem cont de comenzile mutate în octombrie, pentru că o "
            "eroare manuală de codare folosea un tabel vechi de ediții.",
        ),
        (
            "responsibility",
            "Vina este a noastră, iar faptul că am răspuns abia după ce ne-ați anunțat de două "
            "ori face greșeala noastră și mai mare.",
        ),
    ],
)
def test_round41_romanian_faithful_shapes(make_incident: Any, part: str, text: str) -> None:
    results = checks_for(make_incident, "ro", **{part: text})
    assert [c.name for c in results.values() if not c.passed] == []


@pytest.mark.parametrize(
    ("part", "text"),
    [
        (
            "responsibility",
            "Greșeala a fost a noastră. Sfatul nostru este să verificați ediția la primire.",
        ),
        (
            "responsibility",
            "Ne pare rău, dar trebuie să ținem cont de aglomerația de la început de an.",
        ),
        (
            "responsibility",
            "Ne asumăm situația, însă depozitul ne-a informat că greșeala a fost a curierului.",
        ),
    ],
)
def test_round41_romanian_near_shapes_still_caught(
    make_incident: Any, part: str, text: str
) -> None:
    results = checks_for(make_incident, "ro", **{part: text})
    assert "no_blame" in [c.name for c in results.values() if not c.passed]


# -- a question the follow-up answers is no cause stated ------------------------------------------


_HEDGED = {
    "en": "On 18 November we sent the 4th edition instead of the 6th; we are still "
    "investigating why.",
    "ro": "Pe 18 noiembrie am trimis ediția a 4-a în loc de a 6-a; încă investigăm de ce.",
}


def _cause_check(incident: Incident, language: str, fix: str) -> Check:
    """`no_invented_cause` on the textbook draft with FIX, its explanation hedged."""
    content = DraftContent(**{**CASES[language][1], "explanation": _HEDGED[language], "fix": fix})
    return {c.name: c for c in run_checks(content, incident)}["no_invented_cause"]


@pytest.mark.parametrize(
    ("language", "fix"),
    [
        (
            "ro",
            "Am introdus o verificare automată a ediției înainte de fiecare expediere, iar pe "
            "28 noiembrie 2026 revin cu ce a cauzat trimiterea greșită.",
        ),
        (
            "en",
            "We have added an automatic check of the edition before every shipment, and on 28 "
            "November we will tell you what caused the wrong shipment.",
        ),
    ],
)
def test_what_caused_it_promised_is_no_cause(make_incident: Any, language: str, fix: str) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    assert _cause_check(incident, language, fix).passed


def test_a_cause_given_in_the_fix_is_still_caught(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    fix = (
        "Am schimbat serverul de comenzi, deoarece trimiterea greșită a fost cauzată de o "
        "memorie defectă a serverului vechi, confirmăm până pe 28 noiembrie 2026."
    )
    found = _cause_check(incident, "ro", fix)
    assert not found.passed and found.parts == ("fix",)
