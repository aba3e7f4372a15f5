"""Readings learnt from the tuning61 and tuning62 rounds, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the
gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import blamed as _blamed
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "responsibility",
            "We accept full responsibility. Had they so much as answered the phone, your "
            "students would not have gone without books.",
        ),
        (
            "en",
            "regret",
            "I am sorry your school was let down twice by the courier's night shift.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books; it's disappointing that a printer "
            "would ship the old edition without a second look.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books; the courier owes you an explanation.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books; the distributor changed its labels "
            "without telling us.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books. Leaving the boxes at the gate was "
            "the driver's call, not one we would ever have made.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books; the couriers are the ones who "
            "should be apologising to you.",
        ),
        (
            "en",
            "regret",
            "I regret still more that a printing company we trusted could treat your order "
            "so carelessly.",
        ),
        (
            "en",
            "responsibility",
            "We accept responsibility; the mix-up that week was beyond anything we could "
            "reasonably have foreseen.",
        ),
        (
            "en",
            "regret",
            "I am sorry it has taken this long, though calling the helpline when the driver "
            "suggested it would have got this moving sooner.",
        ),
        (
            "en",
            "responsibility",
            "The fault is ours, although the decision to refuse the delivery was yours.",
        ),
        (
            "en",
            "regret",
            "I am sorry for the three days without books. Going forward, do keep in mind "
            "that you're the last line of defence on deliveries.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros, que el distribuidor pudo haber evitado con una "
            "simple llamada.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros esperando a un mensajero que no tuvo la "
            "seriedad de presentarse.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros: el distribuidor nunca nos avisó del cambio de "
            "edición.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros; la imprenta le debe una explicación.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros; el distribuidor cambió las etiquetas sin avisarnos.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el error, un error que empezó cuando nos enviaron una edición equivocada.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el error, aunque su pedido nos llegó tres días después de lo previsto.",
        ),
        (
            "es",
            "responsibility",
            "Asumimos el error, aunque la decisión de rechazar el envío fue suya.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale, trei zile pe care ei le-au "
            "pierdut cu coletele.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale; tipografia vă datorează o "
            "explicație.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale; distribuitorul a schimbat "
            "etichetele fără să ne anunțe.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, o greșeală care a început când ne-au trimis ediția greșită.",
        ),
        (
            "ro",
            "responsibility",
            "Nu vreau să mă ascund după nimeni, dar lista veche de ediții era a lor.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, deși comanda ne-a fost comunicată doar telefonic.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, deși notificarea nu a fost urmată de un telefon din partea "
            "dumneavoastră.",
        ),
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala, deși decizia de a refuza coletul a fost a dumneavoastră.",
        ),
        (
            "ro",
            "fix",
            "De acum verificăm fiecare ediție. Rugăm clienții să verifice cutiile la "
            "livrare. Vă confirmăm livrarea până pe 28 noiembrie 2026.",
        ),
    ],
)
def test_blame_in_the_shapes_of_round_61_is_caught(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _blamed(make_incident, language, part, text)


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "responsibility",
            "We put the wrong label on the boxes, and when the courier told us, we did not "
            "act on it.",
        ),
        (
            "en",
            "regret",
            "I am sorry: we owe you an explanation, and here it is.",
        ),
        (
            "es",
            "regret",
            "Siento los tres días sin libros; le debemos una explicación.",
        ),
        (
            "es",
            "explanation",
            "Su aviso nos llegó el lunes y no lo leímos hasta el miércoles.",
        ),
        (
            "ro",
            "explanation",
            "Schimbarea de ediție ne-a fost comunicată doar telefonic, și nu am notat-o.",
        ),
        (
            "ro",
            "regret",
            "Ați scris că ați așteptat trei zile „fără să ne spună nimeni nimic”, și aveți "
            "dreptate.",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile fără manuale; vă datorăm o explicație.",
        ),
        # the customer's verb, not a contractor
        (
            "en",
            "responsibility",
            "The fault is ours. You contracted 240 copies with us for the new term.",
        ),
        # their days off work, not another party's slowness
        (
            "en",
            "regret",
            "I am sorry you had no choice but to spend two nights in a hotel and take two days "
            "off work.",
        ),
    ],
)
def test_what_we_owe_were_told_or_did_ourselves_blames_nobody(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not _blamed(make_incident, language, part, text)


def test_a_year_first_date_is_the_follow_up_date(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    fix = "Every order is now checked twice. We will send you the audit results by 2026/11/28."
    assert "follow_up_date" not in _failed(incident, "en", fix=fix)
    late = "Every order is now checked twice. We will send you the audit results by 2026/11/29."
    assert "follow_up_date" in _failed(incident, "en", fix=late)


def test_a_uruguayan_peso_sign_is_a_currency(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", remedies=["Devolución de lo que pagó, $U 1.560"])
    text = "Le devolvemos UYU 1.560, lo que pagó por el pedido."
    assert "approved_offers" not in _failed(incident, "es", restore_value=text)
    more = "Le devolvemos UYU 2.560, lo que pagó por el pedido."
    assert "approved_offers" in _failed(incident, "es", restore_value=more)


@pytest.mark.parametrize(
    ("part", "text"),
    [
        # the customer who came to ask, and who came to understand: the harm, not our shift
        (
            "regret",
            "Lamento que tuviera que venir a la tienda a pedir explicaciones y para entender qué "
            "había pasado.",
        ),
    ],
)
def test_what_the_customer_had_to_do_is_no_shift_or_excuse(
    make_incident: Any, part: str, text: str
) -> None:
    assert not _blamed(make_incident, "es", part, text)


def test_until_you_called_is_no_customer_silence(make_incident: Any) -> None:
    text = "Cutiile nu au plecat din depozit, iar noi nu v-am spus nimic până nu ne-ați sunat."
    assert not _blamed(make_incident, "ro", "explanation", text)
    assert _blamed(
        make_incident, "ro", "responsibility", "Greșeala e a noastră, dar nu ne-ați sunat."
    )


# -- from tuning63/64's first contact ----------------------------------------------------------


def test_a_fix_restated_from_its_subject_on_offers_nothing(make_incident: Any) -> None:
    fix = "Antes de reasignar asientos, el sistema ofrece al comprador elegir entre la reubicación "
    fix += "y el reembolso total de sus boletos"
    incident = _incident(make_incident, "es", fixes=[fix])
    text = "El sistema le ofrece ahora elegir entre la reubicación y el reembolso total."
    assert "approved_offers" not in _failed(incident, "es", fix=text)
    # ... and everything paid back, said outright, is still no fix
    given = "Además le devolvemos todo lo que pagó por el pedido."
    assert "approved_offers" in _failed(incident, "es", restore_value=given)


def test_what_can_be_offered_named_after_a_request_grants_nothing(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    text = "Ați cerut rambursarea întregii comenzi și vreau să vă spun deschis ce vă putem oferi."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=text)
