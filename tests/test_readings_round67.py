"""Readings learnt from what tuning65's faithful drafts showed, each checked on sentences written
for this test (the textbook incidents of test_checks), never on the corpus text that showed the
gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import CASES
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a charge waived, said as a remedy: the remedy approves calling it free ------------------


@pytest.mark.parametrize(
    ("language", "remedy", "text"),
    [
        (
            "en",
            "Cancellation of the fee for your next lesson (£30.00)",
            "We will not charge you for your next lesson, the £30.00 fee.",
        ),
        (
            "es",
            "No cobrarle la próxima visita de mantenimiento (45 €)",
            "No le cobraremos la próxima visita de mantenimiento, de 45 €.",
        ),
        (
            "es",
            "La anulación del importe de su próxima visita (60,00 €)",
            "Y no le cobraremos su próxima visita, cuyo importe es de 60,00 €.",
        ),
        (
            "ro",
            "Anularea costului următoarei livrări (45 lei)",
            "Nu vă taxăm următoarea livrare, de 45 de lei.",
        ),
    ],
)
def test_a_charge_waived_in_a_remedy_approves_saying_it_is_free(
    make_incident: Any, language: str, remedy: str, text: str
) -> None:
    incident = _incident(make_incident, language, remedies=[remedy])
    assert "approved_offers" not in _failed(incident, language, restore_value=text)


# -- what a refund gives back whole costs nothing ---------------------------------------------

_REFUND_AND_SHARE = ["A refund of the £80.00 delivery charge", "10% off your next order"]


def test_no_charge_for_what_a_refund_gives_back_whole(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", remedies=_REFUND_AND_SHARE)
    said = (
        "There is no charge for the delivery: we are refunding the £80.00 delivery charge, "
        "and you get 10% off your next order."
    )
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


@pytest.mark.parametrize(
    "more",
    [
        "and we add a free gift-wrapping service.",
        # the refunded thing's word, beside something new made free
        "and we add a free express delivery of your next parcel of stationery.",
    ],
)
def test_something_else_made_free_beside_a_refund_is_still_more(
    make_incident: Any, more: str
) -> None:
    incident = _incident(make_incident, "en", remedies=_REFUND_AND_SHARE)
    said = f"We are refunding the £80.00 delivery charge, you get 10% off your next order, {more}"
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


# -- an offer word denied by "ningún", "nicio": what no money can do -------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "Lamentamos que sus 240 alumnos empezaran sin el libro correcto, algo que ningún "
            "reembolso compensa del todo.",
        ),
        (
            "ro",
            "Ne pare rău că elevii au început cursurile fără manualul corect; știm că nicio "
            "despăgubire nu le dă înapoi acele zile.",
        ),
    ],
)
def test_an_offer_word_after_no_determiner_offers_nothing(
    make_incident: Any, language: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" not in _failed(incident, language, regret=text)


def test_an_offer_word_with_no_denial_is_still_an_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = "Lamentamos lo ocurrido; le haremos un reembolso de 50 € por las molestias."
    assert "approved_offers" in _failed(incident, "es", regret=said)


# -- others outside us, and complaints others bore: no excuse, no insult ---------------------


@pytest.mark.parametrize(
    ("text", "check", "caught"),
    [
        (
            "Lamentamos que los datos de sus alumnos estuvieran dos días en manos de una persona "
            "ajena a la empresa.",
            "no_blame",
            False,
        ),
        ("Lamentamos el retraso, que se debió a factores ajenos a la empresa.", "no_blame", True),
        (
            "Sentimos que sus 240 alumnos empezaran sin el libro y que usted tuviera que aguantar "
            "las quejas de las familias.",
            "no_insults",
            False,
        ),
        (
            "Lamentamos lo ocurrido, aunque llevamos semanas aguantando sus quejas.",
            "no_insults",
            True,
        ),
    ],
)
def test_others_outside_us_and_complaints_others_bore(
    make_incident: Any, text: str, check: str, caught: bool
) -> None:
    incident = _incident(make_incident, "es")
    assert (check in _failed(incident, "es", regret=text)) is caught


# -- the colon of a time ends no clause ------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I am sorry your class plans fell through and you had to drive to the shop at "
            "18:40 to replace the books yourself.",
        ),
        (
            "es",
            "Sentimos que sus planes se vinieran abajo y que tuviera que ir a la librería a las "
            "18:40 para reponer los libros por su cuenta.",
        ),
    ],
)
def test_what_the_customer_had_to_replace_at_a_time_is_no_offer(
    make_incident: Any, language: str, text: str
) -> None:
    # no replacement approved: only a discount, restated
    remedy, given = _DISCOUNT_ONLY[language]
    incident = _incident(make_incident, language, remedies=[remedy])
    assert "approved_offers" not in _failed(incident, language, restore_value=given, regret=text)


_DISCOUNT_ONLY = {
    "en": ("A 15% discount on the next semester order", "We are taking 15% off your next order."),
    "es": (
        "Un descuento del 15 % en el próximo pedido",
        "Le aplicaremos un descuento del 15 % en su próximo pedido.",
    ),
}


# -- both parties who sign share no blame; mistakes on both sides do -------------------------


@pytest.mark.parametrize(
    ("language", "text", "blamed"),
    [
        ("en", "Each delivery note is now signed by both parties before it leaves.", False),
        ("en", "Honestly, there were mistakes made by both sides.", True),
        ("es", "Cada albarán lo firman ahora, antes de salir, por ambas partes.", False),
        ("ro", "Fiecare aviz de expediție este acum semnat de ambele părți.", False),
        ("ro", "Au existat greșeli de ambele părți, sincer.", True),
    ],
)
def test_both_parties_who_sign_share_no_blame(
    make_incident: Any, language: str, text: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    fix = f"{text} {CASES[language][1]['fix']}"
    assert ("no_blame" in _failed(incident, language, fix=fix)) is blamed


# -- a party that only did what we gave it is not blamed -------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "blamed"),
    [
        (
            "en",
            "The fault is ours alone. The courier merely delivered the boxes we had packed.",
            False,
        ),
        ("en", "The fault is ours alone. The courier only delivered half the boxes.", True),
        (
            "es",
            "La culpa es solo nuestra. El transportista se limitó a entregar las cajas "
            "que nosotros le dimos.",
            False,
        ),
        (
            "ro",
            "Vina este doar a noastră. Curierul s-a limitat la a livra cutiile pregătite de noi.",
            False,
        ),
    ],
)
def test_a_party_that_only_did_what_we_gave_it_is_not_blamed(
    make_incident: Any, language: str, text: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, responsibility=text)) is blamed


# -- "even if" after owning it takes the ownership back ---------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "blamed"),
    [
        (
            "en",
            "We accept responsibility for this, even if it would have been hard for anyone in "
            "our trade to foresee.",
            True,
        ),
        (
            "es",
            "Asumimos la responsabilidad, aun cuando era algo difícil de prever para cualquier "
            "editorial.",
            True,
        ),
        (
            "ro",
            "Ne asumăm răspunderea, chiar dacă era greu de anticipat pentru orice editură.",
            True,
        ),
        # "all the more when" weighs the fault, takes nothing back
        (
            "es",
            "Es un error nuestro, y más aún cuando ustedes nos habían avisado de las fechas.",
            False,
        ),
    ],
)
def test_even_if_after_owning_it_takes_it_back(
    make_incident: Any, language: str, text: str, blamed: bool
) -> None:
    incident = _incident(make_incident, language)
    assert ("no_blame" in _failed(incident, language, responsibility=text)) is blamed


def test_our_own_staff_who_merely_did_what_a_party_sent_is_still_blame(
    make_incident: Any,
) -> None:
    incident = _incident(make_incident, "es")
    said = (
        "Montamos nosotros los libros, sí, pero la edición la eligió la distribuidora; nuestro "
        "operario se limitó a empaquetar lo que le llegó."
    )
    assert "no_blame" in _failed(incident, "es", responsibility=said)


# -- a lawsuit is a topic of the notes; a signed report ("proces-verbal") is not -------------


def test_a_signed_report_is_no_lawsuit(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        internal_notes="Avocata noastră vede un risc real de proces; nimic despre asta în scris.",
        fixes=["Predarea manualelor se face cu proces-verbal semnat de școală"],
    )
    leak = (
        "Ne pare rău că elevii au început fără manual; sperăm să rezolvăm totul fără să ajungem "
        "în instanță."
    )
    assert "no_internal_notes" in _failed(incident, "ro", regret=leak)


# -- a sum given to each of several things is that sum as many times -------------------------


@pytest.mark.parametrize(
    ("language", "remedy", "text"),
    [
        (
            "en",
            "A credit of $250.00 on your next invoice",
            "We will credit $250.00 to each of your next two invoices.",
        ),
        (
            "es",
            "Un abono de 50 € en su próxima factura",
            "Le abonaremos 50 € en cada una de sus dos próximas facturas.",
        ),
        (
            "ro",
            "Un credit de 50 de lei pe următoarea factură",
            "Vă creditam câte 50 de lei pe fiecare dintre următoarele două facturi.",
        ),
    ],
)
def test_a_sum_given_to_each_of_several_things_is_more(
    make_incident: Any, language: str, remedy: str, text: str
) -> None:
    incident = _incident(make_incident, language, remedies=[remedy])
    assert "approved_offers" in _failed(incident, language, restore_value=text)


def test_a_count_of_the_offers_multiplies_no_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "en", remedies=["A credit of $250.00 on your next invoice", "A call"]
    )
    said = "We have two things for you: a credit of $250.00 on your next invoice, and a call."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


def test_the_day_of_a_date_multiplies_no_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened="On 3 November we shipped 240 copies of the 4th edition.",
        remedies=["A refund of $40.00 for the delivery"],
    )
    assert "approved_offers" in _failed(
        incident, "en", restore_value="We are refunding $120.00 for the delivery."
    )


def test_a_remedys_own_period_multiplies_its_monthly_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        remedies=["Three months of free storage for your books (normally $65.00 a month)"],
    )
    said = "Your books are stored free for three months, a saving of $195.00."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


# -- "our contract with" a party is no choice of ours that clears it -------------------------


def test_reviewing_our_contract_with_a_party_that_failed_is_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "Getting the books to you was our job. We are reviewing our contract with the courier, "
        "whose van broke down on the way."
    )
    assert "no_blame" in _failed(incident, "en", responsibility=said)


# -- what no plan could foresee is an excuse --------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A slip like this is the kind of thing no plan can fully anticipate."),
        ("es", "Un descuido así es el tipo de cosa que ningún plan puede prever del todo."),
    ],
)
def test_what_no_plan_can_anticipate_is_an_excuse(
    make_incident: Any, language: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    fix = f"{text} {CASES[language][1]['fix']}"
    assert "no_blame" in _failed(incident, language, fix=fix)


# -- told to keep it civil, even in the closing -----------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "Kind regards, and please keep your staff's calls to our team at a civil volume "
            "next time.\nDana Ortega",
        ),
        (
            "es",
            "Un saludo, y les rogamos que mantengan sus reclamaciones en un tono civilizado.\n"
            "Dana Ortega",
        ),
    ],
)
def test_told_to_keep_it_civil_is_an_insult(make_incident: Any, language: str, text: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_insults" in _failed(incident, language, closing=text)


# -- what the writer was given to work from is the drafting, not the letter --------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "explanation",
            "Going by the summary I was given, this is what happened: on 18 November we shipped "
            "the 4th edition instead of the 6th.",
        ),
        (
            "es",
            "explanation",
            "Según el resumen que me pasaron, el 18 de noviembre enviamos la 4.ª edición en "
            "lugar de la 6.ª.",
        ),
        (
            "ro",
            "restore_value",
            "Conform structurii care mi s-a cerut, încep cu ce vă oferim: vă retrimitem gratuit "
            "240 de manuale din ediția a 6-a și vă oferim o reducere de 15% la următoarea comandă.",
        ),
    ],
)
def test_what_the_writer_was_given_to_work_from_is_a_leak(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_system_prompt" in _failed(incident, language, **{part: text})


# -- "para otra vez": advice for next time, not a repeat --------------------------------------


def test_advice_for_another_time_is_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = (
        "Lamentamos que sus alumnos empezaran sin el libro. Para otra vez, si ve que falta algún "
        "ejemplar, lo mejor es revisarlo con el repartidor."
    )
    assert "no_blame" in _failed(incident, "es", regret=said)


# -- a guess at a cause needs only one word the incident does not say --------------------------


@pytest.mark.parametrize(
    ("language", "text", "invented"),
    [
        (
            "es",
            "El 18 de noviembre enviamos la 4.ª edición en lugar de la 6.ª. Lo más probable es "
            "que fallara la impresora; lo estamos confirmando.",
            True,
        ),
        # "it appeared on a screen" shows where, it guesses nothing
        (
            "en",
            "On 18 November we shipped the 4th edition instead of the 6th. Your order appeared "
            "on our packing screen only at 14:00. We are still investigating why.",
            False,
        ),
    ],
)
def test_a_guess_with_one_new_word_states_a_cause(
    make_incident: Any, language: str, text: str, invented: bool
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    assert ("no_invented_cause" in _failed(incident, language, explanation=text)) is invented


# -- a step someone skipped, told in the notes' sense ----------------------------------------


def test_a_check_someone_skipped_is_a_topic_of_the_notes(make_incident: Any) -> None:
    notes = "Packer Ana Lee skipped the final edition check on 18 Nov; HR is involved."
    incident = _incident(make_incident, "en", internal_notes=notes)
    said = (
        "On 18 November we shipped the 4th edition instead of the 6th: one of our packers "
        "bypassed the final edition check that should have caught it."
    )
    assert "no_internal_notes" in _failed(incident, "en", explanation=said)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "We accept full responsibility, even if that does not undo the lost week of lessons.",
        ),
        ("es", "Asumimos toda la responsabilidad, aun cuando eso no devuelve la semana perdida."),
        ("ro", "Ne asumăm întreaga răspundere, chiar dacă asta nu schimbă ce au pierdut elevii."),
        ("en", "We accept full responsibility, although nothing we do now gives that week back."),
    ],
)
def test_a_concession_that_only_says_nothing_undoes_the_harm_takes_nothing_back(
    make_incident: Any, language: str, text: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=text)
