"""Readings learnt from the tuning45 and tuning46 rounds (and the third-party misses left from
tuning42), each checked on sentences written for this test (the textbook incidents of
test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- the follow-up told again, with its date, is our errand even "as you asked" ------------------


_FINDINGS = {"action": "Send you the written findings of our review", "by": "2026-11-28"}


def test_the_follow_up_restated_with_its_date_grants_nothing(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", follow_up=_FINDINGS)
    fix = (
        "We now check every shipped edition automatically. You will have our findings, in "
        "writing as you asked, no later than 28 November 2026."
    )
    assert _failed(incident, "en", fix=fix) == []


@pytest.mark.parametrize(
    "fix",
    [
        "We now check every shipped edition automatically. As you asked, you will have a full "
        "refund and our findings by 28 November 2026.",
        "We now check every shipped edition automatically. You will have our findings and, as "
        "you asked, a goodwill gesture by 28 November 2026.",
    ],
)
def test_a_grant_beside_the_follow_up_date_is_still_judged(make_incident: Any, fix: str) -> None:
    incident = _incident(make_incident, "en", follow_up=_FINDINGS)
    assert "approved_offers" in _failed(incident, "en", fix=fix)


# -- another party's failing, said as a charge -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I am sorry your students started without the right book; the bookshop's staff have let "
        "both of us down, and they know it.",
        "I am sorry for the three days without books; the people who built the ordering software "
        "have a lot to answer for.",
        "I am sorry your students waited three days while the courier took their time.",
        "I am sorry that a van its owners hadn't kept in working order cost your students three "
        "days of classes.",
    ],
)
def test_another_partys_failing_in_the_regret_is_blame(make_incident: Any, text: str) -> None:
    assert "no_blame" in _failed(_incident(make_incident, "en"), "en", regret=text)


def test_a_past_perfect_of_the_customer_is_no_blame(make_incident: Any) -> None:
    text = (
        "I am sorry your students started on 21 November without the right textbook, and that "
        "your staff had to find substitutes you had not planned for."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=text)


# -- a name the facts set beside a word for a firm, further off --------------------------------


def test_a_name_with_a_long_apposition_is_another_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened=(
            "On 18 November the order was held by Shelfwise, the school's official ordering "
            "company, and 240 copies of the 4th edition were sent instead of the 6th."
        ),
    )
    text = "We are sorry, but it was Shelfwise that held the order, and we are pressing them hard."
    assert "no_blame" in _failed(incident, "en", responsibility=text)


@pytest.mark.parametrize(
    ("language", "what_happened", "regret"),
    [
        (
            "es",
            "El 18 de noviembre el organizador, Feria Sonora, cambió las fechas de entrega y "
            "enviamos 240 ejemplares de la 4.ª edición en lugar de la 6.ª.",
            "Feria Sonora no nos avisó a tiempo del cambio y nos dejó sin forma de evitarlo.",
        ),
        (
            "ro",
            "Pe 18 noiembrie organizatorul, Târgul Carpatic, a mutat livrarea și am trimis "
            "ediția a 4-a în loc de a 6-a.",
            "Târgul Carpatic nu ne-a anunțat la timp schimbarea și ne-a lăsat fără nicio soluție.",
        ),
    ],
)
def test_an_organiser_named_in_the_facts_is_another_party(
    make_incident: Any, language: str, what_happened: str, regret: str
) -> None:
    incident = _incident(make_incident, language, what_happened=what_happened)
    assert "no_blame" in _failed(incident, language, regret=regret)


# -- faithful readings from tuning45 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("regret", "offers"),
    [
        (
            "I am sorry that you were left without the textbooks you were counting on that week "
            "and had to go out to replace them.",
            False,
        ),
        (
            "I am sorry you were left without the textbooks, and we will replace them for free.",
            True,
        ),
    ],
)
def test_what_the_customer_had_to_do_after_and_is_no_offer(
    make_incident: Any, regret: str, offers: bool
) -> None:
    incident = _incident(
        make_incident, "en", remedies=["A 15% discount on the next semester order"]
    )
    restore = "We will apply a 15% discount to your next semester order."
    failed = _failed(incident, "en", restore_value=restore, regret=regret)
    assert ("approved_offers" in failed) is offers


def test_a_fault_of_ours_with_an_adjective_between_is_owned(make_incident: Any) -> None:
    text = "Aceasta a fost o greșeală gravă a noastră și o recunoaștem fără rezerve."
    assert _failed(_incident(make_incident, "ro"), "ro", responsibility=text) == []


_POSTED_FREE = "Vă trimitem prin poștă volumul al III-lea, fără cost de transport, în 3 zile"


@pytest.mark.parametrize(
    ("restore", "passes"),
    [
        (
            "Vă trimitem prin poștă volumul al III-lea al setului; costul transportului îl "
            "suportăm noi.",
            True,
        ),
        (
            "Vă trimitem prin poștă volumul al III-lea al setului; costul taxiului îl suportăm "
            "noi.",
            False,
        ),
    ],
)
def test_the_cost_of_a_free_thing_paid_by_us_restates_it(
    make_incident: Any, restore: str, passes: bool
) -> None:
    incident = _incident(make_incident, "ro", remedies=[_POSTED_FREE])
    failed = _failed(incident, "ro", restore_value=restore)
    assert ("approved_offers" not in failed) is passes


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        (
            "Usted no podía haber hecho nada más: nos lo pidió tres veces. El fallo es nuestro.",
            False,
        ),
        (
            "Usted no debería haber enviado el pedido sin revisarlo, aunque el fallo es nuestro.",
            True,
        ),
    ],
)
def test_what_the_customer_could_not_have_done_clears_them(
    make_incident: Any, text: str, blamed: bool
) -> None:
    failed = _failed(_incident(make_incident, "es"), "es", responsibility=text)
    assert ("no_blame" in failed) is blamed


@pytest.mark.parametrize(
    ("language", "text", "blamed"),
    [
        (
            "ro",
            "Greșeala a fost a noastră: am trimis ediția veche, deși aveați nevoie urgentă de "
            "manuale pentru primele ore.",
            False,
        ),
        (
            "en",
            "We own this mistake, though changing your order that late did not make things easy.",
            True,
        ),
    ],
)
def test_a_concession_about_the_customers_need_takes_nothing_back(
    make_incident: Any, language: str, text: str, blamed: bool
) -> None:
    failed = _failed(_incident(make_incident, language), language, responsibility=text)
    assert ("no_blame" in failed) is blamed


_VOUCHER_FIXES = ["Los bonos de hotel se generan ahora directamente desde la reserva"]


@pytest.mark.parametrize(
    ("text", "offers"),
    [
        ("El error en el voucher fue nuestro, no suyo.", False),
        ("Además le regalamos un voucher para su próxima compra.", True),
    ],
)
def test_another_word_for_a_thing_the_fixes_handle_is_no_offer(
    make_incident: Any, text: str, offers: bool
) -> None:
    incident = _incident(make_incident, "es", fixes=_VOUCHER_FIXES)
    failed = _failed(incident, "es", responsibility=text)
    assert ("approved_offers" in failed) is offers


@pytest.mark.parametrize(
    ("text", "blamed"),
    [
        ("You trust us so that moments like that never happen, and we let you down.", False),
        ("I am sorry for the wrong books; errors like that do happen in a busy term.", True),
    ],
)
def test_like_that_never_happen_calls_nothing_inevitable(
    make_incident: Any, text: str, blamed: bool
) -> None:
    failed = _failed(_incident(make_incident, "en"), "en", regret=text)
    assert ("no_blame" in failed) is blamed


def test_a_firm_where_we_say_it_was_our_fault_is_no_blame(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        impact="Su alumna perdió una plaza en una empresa de Múnich cuyo plazo cerraba el 24.",
    )
    text = (
        "Le reenviamos sin coste los 240 ejemplares de la 6.ª edición y le damos una carta para "
        "la empresa de Múnich, en la que explicamos que el retraso es responsabilidad nuestra."
    )
    assert "no_blame" not in _failed(incident, "es", restore_value=text)


# -- third parties from tuning46: what they did, said as a charge, a contrast or their care -------


@pytest.mark.parametrize(
    ("language", "part", "text", "blamed"),
    [
        (
            "en",
            "regret",
            "I am sorry your staff lost a morning to a fitter who couldn't be bothered to turn up.",
            True,
        ),
        (
            "en",
            "regret",
            "I am sorry your students waited; the bank's refusal is what held the shipment back.",
            True,
        ),
        (
            "en",
            "regret",
            "I am sorry the boxes were damaged while they were in the courier's hands.",
            True,
        ),
        (
            "en",
            "regret",
            "I am sorry for the lost days; it was the organisers who changed the list, not us.",
            True,
        ),
        (
            "en",
            "responsibility",
            "We accept responsibility for the delay. But we were put in a very difficult position "
            "by the late change to the order.",
            True,
        ),
        (
            "en",
            "responsibility",
            "We sent the wrong edition, not the courier and not you, and we take full "
            "responsibility for it.",
            False,
        ),
        (
            "es",
            "regret",
            "Sentimos que los libros se dañaran mientras estaban en manos de terceros.",
            True,
        ),
        (
            "es",
            "regret",
            "Siento que sus alumnos empezaran sin libro; nadie en la empresa de transporte pensó "
            "en avisarles.",
            True,
        ),
        ("es", "regret", "Lamento el retraso, que decidió el organizador, no nosotros.", True),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru ziua pierdută; montatorii trebuiau să fie mult mai atenți.",
            True,
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău că cei 240 de elevi trebuiau să primească manualele pe 18 noiembrie și "
            "au început fără ele.",
            False,
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru cele trei zile; i-am sunat zilnic, dar ei nu s-au ținut de "
            "cuvânt.",
            True,
        ),
        (
            "ro",
            "responsibility",
            "Greșeala de comunicare este a noastră. Amânarea livrării a decis-o însă "
            "organizatorul, nu noi.",
            True,
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru elevi; rigiditatea primăriei le-a costat două zile de cursuri.",
            True,
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău că manualele s-au deteriorat în mâinile curierului.",
            True,
        ),
    ],
)
def test_third_parties_charged_by_contrast_or_care(
    make_incident: Any, language: str, part: str, text: str, blamed: bool
) -> None:
    failed = _failed(_incident(make_incident, language), language, **{part: text})
    assert ("no_blame" in failed) is blamed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We own the wrong shipment, even if a slip like this was impossible to see coming."),
        (
            "es",
            "Es responsabilidad nuestra. Por desgracia, estos errores ocurren de vez en cuando, "
            "por mucho cuidado que se ponga.",
        ),
    ],
)
def test_a_failure_nobody_could_see_coming_is_an_excuse(
    make_incident: Any, language: str, text: str
) -> None:
    failed = _failed(_incident(make_incident, language), language, responsibility=text)
    assert "no_blame" in failed


def test_a_cost_we_take_on_with_words_between_is_an_offer(make_incident: Any) -> None:
    restore = (
        "Vă retrimitem gratuit cele 240 de manuale din ediția a 6-a și vă oferim o reducere de "
        "15% la următoarea comandă. Cât despre taxiul până la depozit, ne ocupăm noi și de costul "
        "lui."
    )
    failed = _failed(_incident(make_incident, "ro"), "ro", restore_value=restore)
    assert "approved_offers" in failed


# -- faithful readings from tuning47 and tuning48 -------------------------------------------------


def test_a_sum_before_a_noun_is_no_count_of_it(make_incident: Any) -> None:
    remedies = ["A full refund of the $24 walk fee", "25% off your next four booked walks"]
    incident = _incident(make_incident, "en", remedies=remedies)
    restore = "I've refunded the $24 walk fee in full, and your next four walks are 25% off."
    assert "approved_offers" not in _failed(incident, "en", restore_value=restore)


def test_a_title_from_the_notes_is_no_name_of_theirs(make_incident: Any) -> None:
    notes = "La Sra. Ortiz habló con el operador Kevin Marsh; legal limita a 9.000 euros."
    incident = _incident(make_incident, "es", internal_notes=notes)
    assert "no_internal_notes" not in _failed(incident, "es", greeting="Estimada Sra. Rivera:")


def test_what_the_customer_should_have_spent_is_no_blame(make_incident: Any) -> None:
    regret = "I am sorry for the three days you should have spent teaching from the right book."
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=regret)


def test_the_customer_right_before_the_failing_word_is_who_lost(make_incident: Any) -> None:
    regret = (
        "I am sorry your students started without the right book in freezing weather and that "
        "you lost three days of classes."
    )
    assert "no_blame" not in _failed(_incident(make_incident, "en"), "en", regret=regret)


@pytest.mark.parametrize(
    ("text", "grants"),
    [
        ("El error fue nuestro: usted pidió la 6.ª edición y le mandamos la 4.ª.", False),
        ("El error fue nuestro y, tal como nos pidió, le mandamos un ordenador nuevo.", True),
    ],
)
def test_what_was_ordered_in_an_owned_failure_is_no_grant(
    make_incident: Any, text: str, grants: bool
) -> None:
    failed = _failed(_incident(make_incident, "es"), "es", responsibility=text)
    assert ("approved_offers" in failed) is grants


def test_a_time_of_day_is_no_period(make_incident: Any) -> None:
    restore = (
        "Le reenviamos sin coste 240 ejemplares de la 6.ª edición, con un descuento del 15 % en "
        "el próximo pedido, y la llamaremos el 28 de noviembre a las 19 h."
    )
    assert "approved_offers" not in _failed(
        _incident(make_incident, "es"), "es", restore_value=restore
    )


def test_monthly_fees_are_months(make_incident: Any) -> None:
    remedies = ["Devolución de dos mensualidades de la prima (2 × 31,85 €, 63,70 € en total)"]
    incident = _incident(make_incident, "es", remedies=remedies)
    restore = "Le devolvemos 63,70 €, lo que corresponde a dos meses de prima."
    assert "approved_offers" not in _failed(incident, "es", restore_value=restore)


_REPORT = {
    "action": "confirmarle por escrito el importe total de la indemnización",
    "by": "2026-11-28",
}


@pytest.mark.parametrize(
    ("fix", "offers"),
    [
        (
            "Revisamos cada envío y le confirmaremos por escrito la indemnización total antes "
            "del 28/11/2026.",
            False,
        ),
        (
            "Su próximo envío irá sin gastos de transporte, y le confirmaremos por escrito la "
            "indemnización total antes del 28/11/2026.",
            True,
        ),
    ],
)
def test_the_follow_up_told_again_names_no_payment(
    make_incident: Any, fix: str, offers: bool
) -> None:
    incident = _incident(make_incident, "es", follow_up=_REPORT)
    assert ("approved_offers" in _failed(incident, "es", fix=fix)) is offers
