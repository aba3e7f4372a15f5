"""Readings learnt from the tuning32/tuning33 round, each checked on sentences written for this
test (the textbook incident of conftest), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import checks_for


def _passes(make_incident: Any, language: str, check: str, **parts: str) -> bool:
    return bool(checks_for(make_incident, language, **parts)[check].passed)


# -- parties a draft names itself -------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the agent of a participle, a name the facts never give
        (
            "en",
            "regret",
            "I regret that the warehouse, run by Dockhand Logistics, sent you the wrong books.",
        ),
        (
            "es",
            "regret",
            "Lamento que el almacén, gestionado por Cajas Levante, le enviara libros equivocados.",
        ),
        (
            "ro",
            "regret",
            "Regret că depozitul, administrat de Logistica Sud, nu v-a trimis la timp cărțile.",
        ),
        # a name beside a word for what it is, in the draft alone
        (
            "es",
            "responsibility",
            "Le pedimos perdón, aunque el error lo causó el programa Editorix y no nuestro equipo.",
        ),
        (
            "ro",
            "responsibility",
            "Ne cerem scuze, deși greșeala a produs-o programul Tipar Plus, nu echipa noastră.",
        ),
    ],
)
def test_a_party_the_draft_names_itself_can_be_blamed(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the same names told as facts in the explanation
        (
            "en",
            "explanation",
            "The warehouse, run by Dockhand Logistics, packed the 4th edition from our old table.",
        ),
        (
            "es",
            "explanation",
            "El almacén, gestionado por Cajas Levante, preparó la edición de nuestra tabla vieja.",
        ),
        # a participle whose agent is a person or a place, not a firm
        (
            "en",
            "regret",
            "I am sorry that an order managed by our own team went so wrong for your class.",
        ),
    ],
)
def test_names_of_parties_told_as_facts_are_no_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})
