"""Readings learnt from the first contact with tuning91 (the tuning88 brief: seven faithful
drafts per incident), each checked on sentences written for this test, never on the corpus
text."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from draftkit.facts import mentions_date
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("said", "granted"),
    [
        ("You asked what we are going to do to put this right.", False),
        ("You asked how we would make it up to you.", False),
        ("As you asked, we will refund the whole stay.", True),
    ],
)
def test_a_question_reported_grants_nothing(make_incident: Any, said: str, granted: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("approved_offers" in _failed(incident, "en", restore_value=said)) is granted


@pytest.mark.parametrize(
    ("said", "invents"),
    [
        ("The vendor confirmed on May 14 that the message had already been opened.", False),
        ("The vendor's update may have caused the outage.", True),
    ],
)
def test_the_month_may_is_no_guess(make_incident: Any, said: str, invents: bool) -> None:
    incident = _incident(make_incident, "en", root_cause=None)
    assert ("no_invented_cause" in _failed(incident, "en", explanation=said)) is invents


@pytest.mark.parametrize(
    ("said", "excused"),
    [
        ("Our office told you the bus was running late, which was simply not the case.", False),
        ("It was simply a case of bad timing on a busy day.", True),
    ],
)
def test_a_claim_denied_is_no_excuse(make_incident: Any, said: str, excused: bool) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is excused


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "You had contracted for the whole hall, and we sold half of it twice. That is on us.",
            False,
        ),
        ("We used a contracted firm for the hall, and it let you down.", True),
    ],
)
def test_contracted_after_its_auxiliary_is_a_verb(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "en")
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        ("We double-booked the Harbour Room. The mistake was ours.", False),
        ("Roomly let us down, and you paid for it.", True),
    ],
)
def test_a_name_the_facts_call_ours_is_no_party(
    make_incident: Any, said: str, blames: bool
) -> None:
    happened = (
        "Your dinner was booked in our Harbour Room for 12 May. Roomly, the diary software we "
        "license from an outside vendor, still showed the Harbour Room as free."
    )
    incident = _incident(make_incident, "en", what_happened=happened)
    assert ("no_blame" in _failed(incident, "en", responsibility=said)) is blames


def test_a_firm_we_rely_on_is_not_what_we_acted_on(make_incident: Any) -> None:
    happened = "Kestrel Freight, our delivery contractor, took your sofa to the wrong address."
    incident = _incident(make_incident, "en", what_happened=happened)
    said = "We rely on Kestrel Freight to get every order to the right door, and they didn't."
    assert "no_blame" in _failed(incident, "en", responsibility=said)


@pytest.mark.parametrize(
    ("said", "blames"),
    [
        (
            "Nos dice que lleva meses esperando y que se enteró porque llamó usted. Tiene "
            "razón: perdimos la muestra y no le avisamos.",
            False,
        ),
        ("El pedido lo gestionábamos nosotros y la app te decía que venía de camino.", False),
        ("El retraso se debió a la empresa de transporte.", True),
        # our answer after a comma is ours again
        ("Nos pregunta por qué, y se debió a un fallo del programa de la distribuidora.", True),
    ],
)
def test_a_cause_the_customer_told_us_is_theirs(
    make_incident: Any, said: str, blames: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_blame" in _failed(incident, "es", responsibility=said)) is blames


@pytest.mark.parametrize(
    ("language", "remedy", "said", "offered"),
    [
        (
            "es",
            "Reembolso de los 68,50 € del análisis",
            "Le devolvemos todo lo que pagó, 68,50 €.",
            False,
        ),
        (
            "ro",
            "Rambursarea celor 150 de lei plătiți pentru mașina școlii",
            "Vă oferim ședințe gratuite, oricâte vor fi nevoie, și vă returnăm cei 150 de lei.",
            True,
        ),
    ],
)
def test_a_sum_set_off_right_after_everything_bounds_it(
    make_incident: Any, language: str, remedy: str, said: str, offered: bool
) -> None:
    incident = _incident(make_incident, language, remedies=[remedy])
    failed = _failed(incident, language, restore_value=said)
    assert ("approved_offers" in failed) is offered


@pytest.mark.parametrize(
    ("language", "text", "said"),
    [
        ("es", "a principios de diciembre, el día 4 como tarde", True),
        ("en", "early in December, on the 4th at the latest", True),
        ("ro", "la începutul lui decembrie, pe 4", True),
        ("es", "a principios de diciembre, el 14 como tarde", False),
    ],
)
def test_a_day_after_its_month(language: str, text: str, said: bool) -> None:
    assert mentions_date(text, dt.date(2026, 12, 4), language) is said


@pytest.mark.parametrize(("text", "said"), [("by Sept. 18", True), ("by Sept. 28", False)])
def test_every_short_form_of_a_month(text: str, said: bool) -> None:
    """From tuning92's first contact: "Sept." as well as "Sep." in the pack's date forms."""
    assert mentions_date(text, dt.date(2026, 9, 18), "en") is said


@pytest.mark.parametrize(
    ("said", "rude"),
    [
        ("Queremos que el siguiente paso sea lo más sencillo posible para usted.", False),
        ("Se lo explico lo más sencillo posible, para que lo entienda.", True),
    ],
)
def test_as_simple_as_possible_is_rude_only_when_explaining(
    make_incident: Any, said: str, rude: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert ("no_insults" in _failed(incident, "es", restore_value=said)) is rude


def test_everything_paid_closing_on_a_comma_reads(make_incident: Any) -> None:
    """Where a sum set off by a comma would stand is past the sentence's last word: still read,
    still open."""
    incident = _incident(make_incident, "es", remedies=["Reembolso de los 68,50 € de la cita"])
    said = "Le devolvemos todo lo que pagó por el análisis,"
    assert "approved_offers" in _failed(incident, "es", restore_value=said)


# Readings from the first contact with tuning92 (the tuning91 brief, three more writers).


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "It did not show up in the logs, and it was probably a faulty sensor."),
        # a "not" inside what is guessed denies nothing (a round-5 plant's shape; a wider reach
        # for the denial, tried for "nothing in the records points to…", lost it)
        (
            "en",
            "The likely explanation is that the booking tool never saved our change and our "
            "clerk assumed it had.",
        ),
        # a hedge beside a stated cause (a reading of "verificare în curs", tried, let it by)
        ("ro", "Cauza a fost o eroare a serverului de programări, iar verificarea e în curs."),
    ],
)
def test_a_guess_still_stands_beside_a_not_or_an_inquiry(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    assert "no_invented_cause" in _failed(incident, language, explanation=said)


@pytest.mark.parametrize(
    ("said", "offered"),
    [
        (
            "Le eximimos de la comisión 12 meses, de diciembre de 2026 a noviembre de 2027.",
            False,
        ),
        ("Le eximimos de la comisión en diciembre y enero, y también en febrero.", True),
    ],
)
def test_a_run_of_dated_months_is_the_approved_period(
    make_incident: Any, said: str, offered: bool
) -> None:
    remedies = ["Exención de la comisión de mantenimiento durante 12 meses"]
    incident = _incident(make_incident, "es", remedies=remedies)
    assert ("approved_offers" in _failed(incident, "es", restore_value=said)) is offered


@pytest.mark.parametrize(
    ("language", "said", "invents"),
    [
        ("ro", "Cauza întârzierii face obiectul unei verificări interne în desfășurare.", False),
        ("ro", "Cauza este analizată într-o expertiză tehnică independentă.", False),
        ("es", "La causa del retraso es objeto de una revisión interna.", False),
        ("es", "La causa está siendo analizada por nuestro equipo técnico.", False),
        ("en", "The cause is the subject of an internal review.", False),
        ("en", "The reason for the delay is being reviewed by our operations team.", False),
        # a cause stated, then an inquiry beside it: still a cause
        ("ro", "Cauza a fost o eroare a serverului de programări, care este verificat.", True),
        ("en", "The cause was a faulty conveyor sensor at the depot, now being reviewed.", True),
    ],
)
def test_the_cause_itself_under_an_inquiry_is_not_stated(
    make_incident: Any, language: str, said: str, invents: bool
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    assert ("no_invented_cause" in _failed(incident, language, explanation=said)) is invents
