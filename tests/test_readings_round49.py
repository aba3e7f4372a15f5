"""Readings learnt from the tuning49 and tuning50 rounds (and third-party misses left from
tuning48), each checked on sentences written for this test (the textbook incidents of
test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from test_checks import CASES
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- someone working for another party, doing the harm ----------------------------------------


@pytest.mark.parametrize(
    ("part", "text"),
    [
        (
            "regret",
            "I am sorry the courier's driver left your boxes at the wrong gate and cost your "
            "students three days of lessons.",
        ),
        (
            "regret",
            "I am sorry that the supplier's crew packed the old edition and sent it on to you.",
        ),
        (
            "responsibility",
            "The order was ours to get right. It was the courier's driver, though, who left the "
            "boxes at the wrong gate.",
        ),
    ],
)
def test_another_partys_people_doing_the_harm_is_blame(
    make_incident: Any, part: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, "en"), "en", **{part: text})


@pytest.mark.parametrize(
    ("part", "text"),
    [
        (
            "responsibility",
            "We are responsible for this. It was our crew who packed the wrong edition.",
        ),
        ("regret", "I am sorry that your technicians lost a morning checking the boxes."),
    ],
)
def test_our_own_people_or_yours_are_no_other_party(
    make_incident: Any, part: str, text: str
) -> None:
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", **{part: text})


# -- faithful readings -------------------------------------------------------------------------


_STILL_LOOKING = (
    "The wrong edition reached you on 18 November. We are still investigating why, and we will "
    "tell you as soon as we know."
)


@pytest.mark.parametrize(
    ("fix", "states"),
    [
        (
            "We now email every school the day before an order is due to leave our warehouse, "
            "so nobody waits without news.",
            False,
        ),
    ],
)
def test_what_is_due_to_happen_states_no_cause(make_incident: Any, fix: str, states: bool) -> None:
    incident = _incident(make_incident, "en", root_cause=None, follow_up=None)
    failed = _failed(incident, "en", explanation=_STILL_LOOKING, fix=fix)
    assert ("no_invented_cause" in failed) is states


def test_a_cause_due_to_a_thing_is_still_stated(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", root_cause=None, follow_up=None)
    explanation = "The wrong edition reached you on 18 November due to a mislabelled shelf."
    assert "no_invented_cause" in _failed(incident, "en", explanation=explanation)


_REFUND_ONLY = ["Reembolso de 120 € del pedido"]


def test_a_resend_told_of_our_system_is_no_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", remedies=_REFUND_ONLY)
    restore = "Le devolvemos los 120 € del pedido."
    explanation = (
        "Nuestro sistema de pedidos no recibió la confirmación y reenvió la lista antigua al "
        "almacén."
    )
    failed = _failed(incident, "es", restore_value=restore, explanation=explanation)
    assert "approved_offers" not in failed


@pytest.mark.parametrize(
    ("fix", "offers"),
    [
        (
            "Desde ahora, cada pedido se retrimite la depozit până când este confirmat.",
            False,
        ),
        (
            "Acum adăugăm școlile noi în listă la semnarea contractului și verificăm lista lunar.",
            False,
        ),
        ("Vă adăugăm gratuit o lună la abonamentul de manuale.", True),
    ],
)
def test_a_process_in_the_fix_is_no_offer(make_incident: Any, fix: str, offers: bool) -> None:
    failed = _failed(_incident(make_incident, "ro"), "ro", fix=fix)
    assert ("approved_offers" in failed) is offers


def test_our_own_subcontracting_verb_names_no_party(make_incident: Any) -> None:
    text = (
        "La culpa es nuestra: respondemos de todo el envío, también del tramo que subcontratamos."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "es"), "es", responsibility=text)


def test_a_stem_shared_with_a_mechanism_word_states_no_cause(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", root_cause=None)
    explanation = (
        "El pedido estaba pagado íntegramente desde el 3 de octubre. Todavía investigamos la "
        "causa y se la comunicaremos en cuanto la conozcamos."
    )
    assert "no_invented_cause" not in _failed(incident, "es", explanation=explanation)


def test_a_generic_word_with_the_harm_in_its_word_family_is_no_formula(
    make_incident: Any,
) -> None:
    incident = _incident(
        make_incident,
        "ro",
        impact=(
            "Lecțiile au fost întârziate trei zile, elevii au rămas fără manuale, iar "
            "profesorii au improvizat."
        ),
    )
    regret = (
        "Îmi pare rău pentru întârzierea lecțiilor cu trei zile și pentru disconfortul elevilor."
    )
    assert "no_non_apology" not in _failed(incident, "ro", regret=regret)


# -- a public reply: an acronym of what the customer is names nobody -------------------------


@pytest.mark.parametrize(
    ("regret", "names"),
    [
        ("Lo sentimos; hablaremos con la junta del AMPA esta misma semana.", False),
        ("Lo sentimos, AMPA Cervantes; hablaremos con ustedes esta misma semana.", True),
        ("Lo sentimos; hablaremos con la junta del AMPA Cervantes esta semana.", True),
    ],
)
def test_an_acronym_after_an_article_is_a_kind_not_a_name(
    make_incident: Any, regret: str, names: bool
) -> None:
    incident = _incident(
        make_incident,
        "es",
        channel="social",
        customer={"name": "AMPA Cervantes"},
    )
    content = {
        **CASES["es"][1],
        "greeting": "Hola:",
        "regret": regret,
    }
    failed = [c.name for c in run_checks(DraftContent(**content), incident) if not c.passed]
    assert ("social_privacy" in failed) is names


# -- advice that says what the customer should have done ---------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students waited three days. Next time an order is late, please "
            "call us at once so we can act sooner.",
        ),
        (
            "en",
            "responsibility",
            "The mistake was ours. Even so, a note from you about the edition would have let us "
            "catch it before dispatch.",
        ),
        (
            "es",
            "responsibility",
            "El error es nuestro. Quizá habría convenido revisar las cajas el mismo día, pero eso "
            "no cambia que fallamos.",
        ),
        (
            "es",
            "responsibility",
            "Nos equivocamos de edición. En estos casos lo mejor es revisar el albarán al recibir "
            "el pedido.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale. Pe viitor, un e-mail din partea "
            "dumneavoastră la primire ne poate ajuta să reacționăm mai repede.",
        ),
    ],
)
def test_advice_on_what_the_customer_should_have_done_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, **{part: text})


def test_advice_to_ourselves_is_no_blame(make_incident: Any) -> None:
    text = (
        "I am sorry your students waited three days; we should have called you the moment the "
        "wrong edition left our warehouse."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=text)
