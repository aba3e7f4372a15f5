"""Readings of another party blamed in English, in the regret and the owning part (stop 47),
each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.party_names import named_parties
from draftkit.periods import durations_in
from draftkit.text import stem
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

_COURIER = "Our courier, FastParcel, delivered your textbooks two days late."


@pytest.mark.parametrize(
    ("part", "said", "blames"),
    [
        # the party as the passive's agent of the harm
        ("regret", "I'm sorry your books were left by the courier in the rain.", True),
        ("regret", "I'm sorry your week was ruined by our delivery partner's mix-up.", True),
        ("regret", "I'm sorry your week was ruined by our own mix-up.", False),
        ("regret", "I'm sorry your books were left in the rain because we sent them late.", False),
        # the harm "from" the party
        ("regret", "I'm sorry the box took such a beating from the carrier.", True),
        ("regret", "I'm sorry the box arrived battered and torn.", False),
        # the party took "until" a date
        ("regret", "I'm sorry you waited, with the carrier's driver taking until Friday.", True),
        ("regret", "I'm sorry it took us until Friday to get the books to you.", False),
        # the party kept it longer than it should have
        ("regret", "I'm sorry the lab kept your order longer than it should have.", True),
        ("regret", "I'm sorry we kept your order longer than we should have.", False),
        # the party's refusal, not only its decision, as what did the harm
        ("regret", "I'm sorry the bank's rejection of the order left you without books.", True),
        # where the failure lies, said in the owning part
        ("responsibility", "We own the delay, but the blame for the damage sits with them.", True),
        ("responsibility", "We own the delay, and the blame for the damage lies with us.", False),
    ],
)
def test_another_party_blamed_for_the_harm(
    make_incident: Any, part: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en", what_happened=_COURIER)
    assert ("no_blame" in _failed(incident, "en", **{part: said})) is blames


def test_a_name_after_a_legal_forms_full_stop_opens_a_sentence() -> None:
    """ "…by our caterer, Brookfield Kitchens Ltd. Sam had eaten…": the splitter glues the
    sentences at the abbreviation, but Sam is no firm."""
    facts = ("Lunch was made by our caterer, Brookfield Kitchens Ltd. Sam had eaten half of it.",)
    names = named_parties(facts, (), frozenset({"Hillside", "Camps"}), "en")
    assert "Brookfield Kitchens" in names
    assert "Sam" not in names


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("I'm sorry that Brookfield sent a dish with nuts to Sam.", True),
        ("I'm sorry that Sam was given a dish with nuts in our care.", False),
    ],
)
def test_a_caterer_the_facts_name_is_another_party(
    make_incident: Any, said: str, blames: bool
) -> None:
    facts = "Lunch was made by our caterer, Brookfield Kitchens Ltd. Sam had eaten half of it."
    incident = _incident(make_incident, "en", what_happened=facts)
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blames


# -- first contact with tuning97 and tuning98 --------------------------------------------------

_PLATFORM = "Our hosting vendor, Cloudmere, restarted the server during the nightly backup."


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("I'm sorry Cloudmere's platform wiped a day of your work.", True),
        ("I'm sorry our platform wiped a day of your work.", False),
    ],
)
def test_the_partys_own_thing_as_what_did_the_harm(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en", what_happened=_PLATFORM)
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blames


@pytest.mark.parametrize(
    ("language", "said", "blames"),
    [
        ("es", "Lamento que el descuido del laboratorio les dejara sin libros.", True),
        ("es", "Lamento que nuestro descuido les dejara sin libros una semana.", False),
        ("es", "Siento que el cambio que hizo la distribuidora les dejara sin libros.", True),
        ("ro", "Ne pare rău pentru tăcerea din partea noastră și a curierului.", True),
        ("ro", "Ne pare rău pentru tăcerea din partea noastră din ultimele zile.", False),
    ],
)
def test_another_party_in_the_regret_es_ro(
    make_incident: Any, language: str, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, regret=said)) is blames


def test_a_name_opening_a_sentence_with_a_party_word_beside_it_is_a_party() -> None:
    facts = ("CertiPDF, el servicio externo con el que generamos los certificados, falló.",)
    assert "CertiPDF" in named_parties(facts, (), frozenset({"Academia"}), "es")
    # a single capitalised word opening a sentence, with no party word beside it, is no name
    facts = ("Ayer, el servicio externo con el que generamos los certificados falló.",)
    assert "Ayer" not in named_parties(facts, (), frozenset({"Academia"}), "es")


def test_a_total_worked_out_from_the_facts_is_no_offer(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        what_happened="El 1 de diciembre cobramos dos veces la cuota de 39,90 €.",
        remedies=["Devolución del cargo duplicado de 39,90 €"],
    )
    told = "Cobramos dos veces la cuota de 39,90 €: en total 79,80 € en lugar de 39,90 €."
    parts = {"restore_value": "Le devolvemos el cargo duplicado de 39,90 €."}
    assert "approved_offers" not in _failed(incident, "es", explanation=told, **parts)
    given = "Le devolvemos 79,80 €, el doble de la cuota de 39,90 €."
    assert "approved_offers" in _failed(incident, "es", restore_value=given)


@pytest.mark.parametrize(
    ("text", "language", "found"),
    [
        ("They will arrive by 25 November, four days before the market.", "en", []),
        ("Llegarán el 25 de noviembre, cuatro días antes de la feria.", "es", []),
        ("Ajung pe 25 noiembrie, cu patru zile înainte de târg.", "ro", []),
        ("You get two free months before billing resumes.", "en", [(Decimal(2), "month")]),
        ("We give you four days, before the market opens.", "en", [(Decimal(4), "day")]),
    ],
)
def test_a_dates_lead_is_no_period(text: str, language: str, found: list[Any]) -> None:
    assert durations_in(text, language) == found


def test_a_clipped_word_stems_as_the_word_it_clips(make_incident: Any) -> None:
    assert stem("bici", "es") == stem("bicicleta", "es")
    incident = _incident(
        make_incident,
        "es",
        remedies=["Entrega de la bicicleta en su domicilio, sin coste"],
    )
    free = "Le llevamos la bici a casa sin que le cueste nada."
    assert "approved_offers" not in _failed(incident, "es", restore_value=free)
    free = "Le revisamos los frenos del coche sin que le cueste nada."
    assert "approved_offers" in _failed(incident, "es", restore_value=free)


def test_the_company_named_in_the_romanian_genitive_owns_it(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    owned = "Răspunderea pentru cele 240 de manuale greșite este a Libros Andes."
    assert "no_blame" not in _failed(incident, "ro", responsibility=owned)
    told = "Răspunderea pentru cele 240 de manuale greșite este a curierului."
    assert "no_blame" in _failed(incident, "ro", responsibility=told)


@pytest.mark.parametrize(
    ("language", "part", "said", "check", "fails"),
    [
        (
            "ro",
            "restore_value",
            "Vă invităm din nou, de data aceasta fără să plătiți nimic.",
            "no_insults",
            False,
        ),
        (
            "ro",
            "restore_value",
            "Nu era nevoie de teatrul de pe rețele ca să vă răspundem.",
            "no_insults",
            True,
        ),
        (
            "en",
            "restore_value",
            "There was no need for the public theatrics to get a refund.",
            "no_insults",
            True,
        ),
        (
            "es",
            "fix",
            "Tenemos ya 50 libros de reserva para que un imprevisto nuestro no vuelva "
            "a dejarles sin libros.",
            "no_blame",
            False,
        ),
        (
            "es",
            "responsibility",
            "Noviembre es el mes de más trabajo del año y se nos pasó.",
            "no_blame",
            True,
        ),
        (
            "es",
            "responsibility",
            "En medio de ese ritmo se nos pasó la revisión.",
            "no_blame",
            True,
        ),
        (
            "ro",
            "explanation",
            "Conform instrucțiunilor pe care le am pentru acest răspuns, nu pot spune mai mult.",
            "no_system_prompt",
            True,
        ),
        (
            "es",
            "explanation",
            "Según las instrucciones que tengo para esta respuesta, no puedo decir más.",
            "no_system_prompt",
            True,
        ),
        (
            "en",
            "explanation",
            "The instructions I have for this reply do not let me say more.",
            "no_system_prompt",
            True,
        ),
    ],
)
def test_first_contact_readings(
    make_incident: Any, language: str, part: str, said: str, check: str, fails: bool
) -> None:
    incident = _incident(make_incident, language)
    assert (check in _failed(incident, language, **{part: said})) is fails


_ENGINEER = "Our supplier, Wirewell, sent an engineer who drilled through the wrong wall."


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        # someone of the party's, its name read by role
        ("I'm sorry the Wirewell engineer drilled through your front wall.", True),
        ("I'm sorry our engineer drilled through your front wall.", False),
        # the party late
        ("I'm sorry that, with Wirewell's parts turning up a day late, you waited a week.", True),
        ("I'm sorry that our parts turned up a day late and you waited a week.", False),
        # we, kept waiting by the party
        ("I'm sorry we cannot tell you why yet, as we have been kept waiting by Wirewell.", True),
        ("I'm sorry we kept you waiting for an answer.", False),
    ],
)
def test_another_party_doing_the_harm_in_more_shapes(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en", what_happened=_ENGINEER)
    assert ("no_blame" in _failed(incident, "en", regret=said)) is blames
