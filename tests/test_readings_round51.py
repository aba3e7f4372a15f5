"""Readings learnt from the tuning51 and tuning52 rounds (and third-party misses left from
tuning50), each checked on sentences written for this test (the textbook incidents of
test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- another party named only by a pronoun, doing the harm ------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "regret",
            "I am sorry your students started term without their books, all because they "
            "shipped the old edition to your school.",
        ),
        (
            "en",
            "responsibility",
            "We took the order, so the fault is ours. They simply didn't show up to collect "
            "the new boxes.",
        ),
        (
            "es",
            "regret",
            "Lamento que sus alumnos empezaran sin libro; la imprenta se retrasó porque ellos "
            "no revisaron la tirada.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el error. Pusimos el reparto en sus manos y nos fallaron.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău că elevii au început fără manual, mai ales că ei au livrat ediția "
            "veche fără să verifice.",
        ),
        (
            "ro",
            "responsibility",
            "Greșeala ne aparține. Ei ne-au trimis lista greșită de ediții.",
        ),
    ],
)
def test_a_party_named_only_as_they_doing_the_harm_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" in _failed(_incident(make_incident, language), language, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the customer's people, and what they lived
        (
            "en",
            "regret",
            "I am sorry that your 240 students, who had prepared for weeks, started term "
            "without the books they had counted on.",
        ),
        # our own people, named first
        (
            "en",
            "responsibility",
            "The fault is ours: our packers were rushed, and they shipped the old edition.",
        ),
        (
            "es",
            "regret",
            "Lamento que 240 alumnos, dos de ellos recién llegados, empezaran sin el libro "
            "correcto.",
        ),
        (
            "es",
            "responsibility",
            "Fue un error nuestro y asumimos toda la responsabilidad; ustedes nos avisaron a "
            "tiempo.",
        ),
        # the genitive "ei" (her), and the customer's people after "dintre"
        (
            "ro",
            "regret",
            "Ne pare rău că elevii au început fără manual și că doi dintre ei au pierdut "
            "prima lecție.",
        ),
        (
            "ro",
            "regret",
            "Ne pare rău că doamna Rusu și colegii ei au început cursurile fără manualul corect.",
        ),
    ],
)
def test_the_customers_people_or_ours_as_they_are_no_other_party(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert "no_blame" not in _failed(_incident(make_incident, language), language, **{part: text})


# -- faithful readings ----------------------------------------------------------------------


def test_someone_else_who_must_accept_a_notice_is_not_the_customer_talked_down_to(
    make_incident: Any,
) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Ahora el almacén recibe un aviso 48 horas antes de cada envío, que tiene que aceptar; "
        "confirmaremos con ustedes antes del 28 de noviembre que todos los alumnos tienen su "
        "libro."
    )
    assert "no_insults" not in _failed(incident, "es", fix=fix)
    told = "Usted tiene que aceptar que estas cosas pasan."
    assert "no_insults" in _failed(incident, "es", responsibility=told)


@pytest.mark.parametrize(
    ("text", "excuse"),
    [
        (
            "Am introdus o verificare automată a ediției și vă trimitem până pe 28 noiembrie "
            "2026 raportul, cu toate verificările făcute, ca să confirmăm că elevii au manualul.",
            False,
        ),
        (
            "Cu toate verificările, eroarea a trecut; am introdus o verificare automată și vă "
            "confirmăm până pe 28 noiembrie 2026 că elevii au manualul.",
            True,
        ),
    ],
)
def test_all_the_checks_done_listed_in_a_report_is_no_concession(
    make_incident: Any, text: str, excuse: bool
) -> None:
    failed = _failed(_incident(make_incident, "ro"), "ro", fix=text)
    assert ("no_blame" in failed) is excuse


@pytest.mark.parametrize(
    ("closing", "offers"),
    [
        (
            "Le enviamos un mensaje privado para aplicar el descuento. Atentamente, Dana Ortega",
            False,
        ),
        # a discount of another kind, or a new one, is still an offer of its own
        ("Y para compensarle, le regalamos un vale de 20 €. Atentamente, Dana Ortega", True),
    ],
)
def test_the_approved_offer_referred_to_after_the_remedy_gives_nothing_new(
    make_incident: Any, closing: str, offers: bool
) -> None:
    failed = _failed(_incident(make_incident, "es"), "es", closing=closing)
    assert ("approved_offers" in failed) is offers


def test_not_billing_the_work_itself_restates_a_remedy_that_does_not_bill_it(
    make_incident: Any,
) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Nu facturăm serviciul de livrare pe luna noiembrie, 450 de lei"],
    )
    said = "Nu vă facturăm serviciul de livrare pentru luna noiembrie, în valoare de 450 de lei."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)
    more = "Nu vă facturăm serviciul de livrare pe noiembrie și nici pe decembrie."
    assert "approved_offers" in _failed(incident, "ro", restore_value=more)


# -- what another party should have done, or took too long to do -----------------------------


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        (
            "en",
            "I am sorry your students waited for their books. The printer's assessor took weeks "
            "to approve the reprint.",
            True,
        ),
        # the customer's own people, and their time lost
        (
            "en",
            "I am sorry that your staff took days to sort the wrong books from the right ones.",
            False,
        ),
        (
            "es",
            "Lamentamos que sus alumnos esperaran; la espera habría sido menor si el personal de "
            "la imprenta hubiera revisado antes la tirada.",
            True,
        ),
        (
            "es",
            "Lamentamos que sus alumnos esperaran tanto: el perito tardó tres semanas en dar su "
            "visto bueno.",
            True,
        ),
        (
            "es",
            "Lamentamos que sus alumnos empezaran sin libro, cuando si nosotros hubiéramos "
            "revisado la tabla no habría pasado.",
            False,
        ),
    ],
)
def test_another_partys_slowness_or_missed_duty_in_the_regret_is_blame(
    make_incident: Any, language: str, text: str, blames: bool
) -> None:
    failed = _failed(_incident(make_incident, language), language, regret=text)
    assert ("no_blame" in failed) is blames
