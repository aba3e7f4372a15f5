"""Readings learnt from the tuning25/tuning26 round, each checked on sentences written for this
test (the textbook incident of conftest), never on the corpus text that showed the gap."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from draftkit.amounts import money_in
from draftkit.facts import contacts_in, numbers_in
from draftkit.lexicon import scan
from draftkit.periods import durations_in
from test_checks import CASES, checks_for


def _passes(make_incident: Any, language: str, check: str, **parts: str) -> bool:
    return bool(checks_for(make_incident, language, **parts)[check].passed)


# -- no_blame --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # "you" is what we acted on, inside a clause that names the thing that failed
        ("en", "The box we sent you was the wrong one, and that is on us.", False),
        ("en", "The edition we shipped you failed our own check, and that is on us.", False),
        ("en", "We take responsibility, but you failed to check the box.", True),
        # our warning came late: we own it
        ("ro", "Greșeala e a noastră: v-am anunțat cu două zile întârziere.", False),
        ("ro", "Greșeala e a noastră, deși v-am avertizat de două ori.", True),
        ("en", "It was our fault; we warned you far too late.", False),
        # a relative word between the thing named and the counterfactual
        ("es", "Faltó el control de la edición, el paso que nos habría permitido verlo.", False),
        ("es", "Asumimos el error, aunque su llamada nos habría permitido verlo antes.", True),
        ("es", "Es culpa nuestra, pero le recuerdo el correo que usted no contestó.", True),
        # a concession that opens what we own
        ("ro", "E vina noastră că, deși comanda era plătită, manualele au venit greșite.", False),
        ("es", "Es culpa nuestra que, aunque el pedido estaba pagado, llegara mal.", False),
        ("en", "We own that, but back-to-school weeks are always chaotic.", True),
        ("ro", "E vina noastră, deși perioada de început de an e mereu haotică.", True),
    ],
)
def test_who_failed_is_read_from_the_clause(
    make_incident: Any, language: str, text: str, blames: bool
) -> None:
    assert _passes(make_incident, language, "no_blame", responsibility=text) is not blames


# -- no_non_apology ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "formulaic"),
    [
        (
            "en",
            "I am sorry for the disruption this caused: classes started without the right "
            "textbook, 240 students had to find substitutes, and your staff handled complaints.",
            False,
        ),
        ("en", "We apologise for any disruption to your classes and students.", True),
        ("en", "We are sorry for the disruption.", True),
        (
            "es",
            "Lamentamos el trastorno de que 240 alumnos empezaran las clases sin el libro "
            "correcto.",
            False,
        ),
        ("es", "Lamentamos cualquier molestia que los alumnos y las clases hayan sufrido.", True),
        ("ro", "Ne cerem scuze pentru orice neplăcere.", True),
        # an apology made to hang on whether the harm was real
        ("es", "Le pedimos disculpas en caso de que el retraso le haya causado problemas.", True),
        ("es", "Lo sentimos, en el supuesto de que los alumnos se quedaran sin libro.", True),
    ],
)
def test_a_generic_harm_followed_by_the_real_one_is_no_formula(
    make_incident: Any, language: str, text: str, formulaic: bool
) -> None:
    assert _passes(make_incident, language, "no_non_apology", regret=text) is not formulaic


# -- approved_offers ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "approved"),
    [
        # the remedy's own words ("abonamentul Premium"), not a better plan
        ("Abonamentul Premium vi-l prelungim gratuit cu o lună.", True),
        ("Vă trecem pe abonamentul Business, gratuit, pentru o lună.", False),
    ],
)
def test_a_remedys_plan_named_again_is_no_upgrade(
    make_incident: Any, text: str, approved: bool
) -> None:
    remedy = "Prelungirea gratuită a abonamentului Premium cu o lună"
    assert _offers_ok(make_incident, "ro", "restore_value", text, remedies=[remedy]) is approved


def _offers_ok(make_incident: Any, language: str, part: str, text: str, **incident: Any) -> bool:
    overrides, good = CASES[language]
    results = checks_for_incident(make_incident, {**overrides, **incident}, good, part, text)
    return bool(results["approved_offers"].passed)


def checks_for_incident(
    make_incident: Any, overrides: dict[str, Any], good: dict[str, str], part: str, text: str
) -> dict[str, Any]:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    content = DraftContent(**{**good, part: text})
    return {c.name: c for c in run_checks(content, make_incident(**overrides))}


@pytest.mark.parametrize(
    ("remedy", "text", "approved"),
    [
        # an offer word naming, in other words, a remedy no kind of offer describes
        (
            "The missing workbook added back to your class set",
            "The workbook is credited back to your class set.",
            True,
        ),
        ("The missing workbook added back to your class set", "We will credit you £40.", False),
        # the remedy's own words ("the Premium plan"), not a better plan
        (
            "A free one-month extension of your Premium plan",
            "We are extending your Premium plan by one month, free.",
            True,
        ),
        ("A refund of the November fee", "We are upgrading you to the Business plan.", False),
        # a remedy that itself gives to any other of a thing
        (
            "A 10% discount on any other workbooks you order this term",
            "Any other workbooks you order this term are 10% cheaper.",
            True,
        ),
        (
            "A 10% discount on any other workbooks you order this term",
            "Any other costs you have are on us.",
            False,
        ),
        # "a full-day" in a remedy is a day
        (
            "A free full-day training session for your staff",
            "Your staff get a full day's training, free.",
            True,
        ),
        # a sum in a currency the pack does not name, with its cents
        (
            "The delivery fee (Q450.00) refunded",
            "We refund the four hundred and fifty quetzales of the delivery fee.",
            True,
        ),
    ],
)
def test_a_remedy_restated_in_other_words_passes(
    make_incident: Any, remedy: str, text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, "en", "restore_value", text, remedies=[remedy]) is approved


@pytest.mark.parametrize(
    ("language", "text", "approved"),
    [
        # what the regret is for is the harm, not something given
        ("en", "I am sorry for the three extra days your students spent without a book.", True),
        ("en", "I am sorry, and we are adding three extra days free.", False),
        ("ro", "Îmi pare rău pentru cele trei zile în plus fără manual.", True),
        # a promise that nothing is lost, with no offer it explains
        ("en", "We will make sure you are not out of pocket for the substitutes.", False),
        ("es", "Nos aseguraremos de que no salga perdiendo con los libros prestados.", False),
        ("ro", "Vom avea grijă să nu rămâneți în pierdere cu manualele împrumutate.", False),
        # ... beside the offer it explains
        ("en", "The replacement copies are free, so you are not out of pocket.", True),
        # thousands, no sum
        ("ro", "Ne pare rău că v-am trimis o factură de mii de lei pentru manuale greșite.", True),
    ],
)
def test_regret_and_promises_read_for_what_they_give(
    make_incident: Any, language: str, text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, language, "regret", text) is approved


def test_an_imperfect_subjunctive_is_no_future_offer() -> None:
    """Folded, "fueran" ends like the future "-erán": the accent tells them apart."""
    assert "offer_frame" not in scan("Siento que sus clases se le fueran sin libro.", "es")
    assert "offer_frame" in scan("Se le devolverán los gastos de envío.", "es")


# -- numbers, sums, contacts, notes --------------------------------------------------------------


def test_a_figure_glued_to_its_currency_letters_is_a_number() -> None:
    found = numbers_in("a drive-up rate of R1,380.00, EUR4,860, Q450.00 and Rs.1,800/-")
    assert found == [Decimal("1380.00"), Decimal(4860), Decimal("450.00"), Decimal(1800)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("o factură de mii de lei", "ro", []),
        ("3 mii de lei", "ro", [Decimal(3000)]),
        ("millones de pesos", "es", []),
        ("mil euros", "es", [Decimal(1000)]),
    ],
)
def test_a_multiplier_that_never_stands_alone_is_no_sum(
    text: str, language: str, expected: list[Decimal]
) -> None:
    assert money_in(text, language) == expected


def test_a_sum_and_a_share_in_brackets_are_no_phone_number() -> None:
    assert contacts_in("a refund of A$1,912.00 (40% of your fee)") == set()
    assert contacts_in("call 0800 729 466, or 0800 729 467") == {"0800729466", "0800729467"}


def test_a_whole_unit_in_a_compound_is_one_of_it() -> None:
    assert durations_in("a free full-day rental", "en", compounds=True) == [(Decimal(1), "day")]
    assert durations_in("the whole month", "en") == []


def test_a_common_word_of_a_plan_name_is_no_leaked_name(make_incident: Any) -> None:
    notes = "She is on the Campus Plus plan and Kevin Marsh ran the update."
    incident: dict[str, Any] = {"internal_notes": notes}
    fine = "Plus, we will confirm with you by 28 November that every student has the book."
    leak = "Kevin ran the update that night."
    assert checks_for_incident(make_incident, incident, CASES["en"][1], "fix", fine)[
        "no_internal_notes"
    ].passed
    assert not checks_for_incident(make_incident, incident, CASES["en"][1], "explanation", leak)[
        "no_internal_notes"
    ].passed


# -- blame laid on another party ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the matter taken up with another, or only a part of it owned
        ("en", "The printer sent the old files, and we are taking that up with them."),
        ("en", "We only take responsibility for not checking the boxes."),
        ("es", "Asumimos solo no haber revisado las cajas antes del envío."),
        ("ro", "Ne asumăm doar faptul că nu am verificat cutiile."),
    ],
)
def test_a_part_owned_or_the_matter_taken_up_with_them_shifts_blame(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", responsibility=text)


_SUPPLIER_FACT = (
    "The print lab Inklab bound the 4th edition, following our outdated table of editions."
)


@pytest.mark.parametrize(
    ("text", "blames"),
    [
        # the noun the facts put before the party's name is that party
        ("The error came from the lab, and we did not catch it before shipping.", True),
        ("It was our mistake: we sent the lab an outdated table of editions.", False),
    ],
)
def test_the_role_noun_before_a_partys_name_is_that_party(
    make_incident: Any, text: str, blames: bool
) -> None:
    incident = {"root_cause": _SUPPLIER_FACT}
    found = checks_for_incident(make_incident, incident, CASES["en"][1], "responsibility", text)
    assert found["no_blame"].passed is not blames


def test_our_own_bank_is_no_role_of_another_party(make_incident: Any) -> None:
    fact = "We sent the refund file to our bank, Mersey Commercial Bank, twice."
    fix = "The retry job now asks the bank whether a file was accepted before it sends it again."
    incident = {"root_cause": fact, "fixes": [fix]}
    text = "It was our retry job that failed; the bank only did what we asked."
    found = checks_for_incident(make_incident, incident, CASES["en"][1], "responsibility", text)
    assert found["no_blame"].passed


def test_a_harm_a_party_left_the_customer_with_is_blame_in_the_regret(make_incident: Any) -> None:
    incident = {**CASES["es"][0], "root_cause": "La distribuidora Rutalibro envió la 4.ª edición."}
    text = "Lamento que el fallo de Rutalibro acabara dejando a sus alumnos sin libro."
    found = checks_for_incident(make_incident, incident, CASES["es"][1], "regret", text)
    assert not found["no_blame"].passed


# -- excuses and talking down ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # the load said first, the slip after it: an excuse, however owned
        ("es", "Con la vuelta al cole y tantos pedidos, se nos pasó revisar la edición."),
        ("en", "Back-to-school weeks are our busiest, so our check slipped."),
        # a failure now and then as the normal lot
        ("en", "Every so often an old edition slips through, and this was one of those times."),
        ("es", "De vez en cuando se nos cuela una edición antigua, y esta fue una de ellas."),
        ("ro", "Din când în când mai scapă câte o ediție veche printre degete."),
        # too little time as the reason
        ("en", "We own this, although the late order gave our warehouse very little time."),
        ("es", "Asumimos el error, aunque el pedido tardío nos dejó muy poco margen."),
        ("ro", "Ne asumăm greșeala, deși comanda târzie ne-a lăsat foarte puțin timp."),
    ],
)
def test_a_load_a_habit_or_short_time_excuses_the_failure(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_blame", responsibility=text)


def test_ownership_said_first_still_owns_what_follows(make_incident: Any) -> None:
    text = "We made the mistake ourselves during our busiest week of the year."
    assert _passes(make_incident, "en", "no_blame", responsibility=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We are sorry you waited, but let's put it in perspective: it is only a book."),
        ("en", "Next time, write to us rather than making a scene on our page."),
        ("es", "Lo sentimos, pero pongamos las cosas en perspectiva: es solo un libro."),
        ("es", "La próxima vez escríbanos antes de montar un escándalo en redes."),
        ("ro", "Ne pare rău, dar să punem lucrurile în perspectivă: e doar o carte."),
        ("ro", "Data viitoare scrieți-ne, nu faceți circ pe pagina noastră."),
    ],
)
def test_the_harm_made_small_or_the_complaint_called_a_scene_talks_down(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Let me put it in small words: the books went to the wrong school."),
        ("en", "Some people manage to read an order confirmation before writing in."),
        ("en", "We do have customers with actual problems, but we got to yours."),
        ("en", "Bless your heart, a late textbook must feel like the end of term."),
        ("en", "The copies are sent, so hopefully that is the last we hear from you."),
        ("es", "Se lo digo con palabras sencillas: los libros fueron a otro colegio."),
        ("es", "No hace falta ser ingeniero para ver que era la edición equivocada."),
        ("es", "Hay gente que entiende el albarán a la primera, pero se lo repetimos."),
        ("es", "Qué tragedia, unos libros con dos días de retraso."),
        ("ro", "Nu știu cum să vă explic mai simplu: cărțile au plecat la altă școală."),
        ("ro", "Orice copil ar fi înțeles din factură care ediție a sosit."),
        ("ro", "Se pare că nu aveți altceva mai bun de făcut decât să ne scrieți zilnic."),
    ],
)
def test_explaining_down_some_people_and_mock_sympathy_are_insults(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text", "insulting"),
    [
        ("en", "We understand why you wrote in capitals after three weeks of silence.", False),
        ("es", "Entendemos que nos escribiera en mayúsculas tras semanas sin respuesta.", False),
        ("ro", "Înțeleg de ce ne-ați scris cu majuscule după trei săptămâni fără răspuns.", False),
        (
            "ro",
            "Înțelegem că e mai simplu să scrieți cu majuscule decât să citiți răspunsul.",
            True,
        ),
    ],
)
def test_the_customers_manner_understood_is_no_mockery(
    make_incident: Any, language: str, text: str, insulting: bool
) -> None:
    assert _passes(make_incident, language, "no_insults", regret=text) is not insulting


# -- the tuning27 round --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("remedy", "text", "approved"),
    [
        # a share worked out and rounded to the cent as a person writes it
        ("15% off the $412.75 order", "That is $61.91 off your $412.75 order.", True),
        ("15% off the $412.75 order", "That is $70.00 off your order.", False),
        # a remedy's own count times its own sum, and the two added up
        (
            "A refund of the 30 missing copies, at $18 each",
            "We refund the 30 missing copies, $540 in all.",
            True,
        ),
        ("A refund of the 30 missing copies, at $18 each", "We refund you $600.", False),
        # the naira sign
        ("A refund of the ₦14,200 delivery charge", "We refund the NGN 14,200 charge.", True),
    ],
)
def test_sums_worked_out_from_a_remedy_restate_it(
    make_incident: Any, remedy: str, text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, "en", "restore_value", text, remedies=[remedy]) is approved


def test_cents_named_as_centesimos() -> None:
    text = "cuatrocientos ochenta y siete balboas con cincuenta centésimos"
    assert money_in(text, "es") == [Decimal("487.50")]


def test_a_bracket_opened_after_a_phone_number_is_no_part_of_it() -> None:
    assert contacts_in("our line, 0141 496 0872 (7:00 to 22:00)") == {"01414960872"}


@pytest.mark.parametrize(
    ("language", "text", "blames"),
    [
        # the customer's fault denied, not laid on them
        ("ro", "N-ați greșit cu nimic; noi am trimis ediția veche.", False),
        ("ro", "Ați greșit la comandă, dar noi am trimis ediția veche.", True),
        # an excuse's words read within one clause
        ("ro", "Nimic nu a depins de școală; noi am trimis ediția veche.", False),
        ("ro", "Sincer, nu a depins de noi.", True),
    ],
)
def test_a_fault_denied_or_split_by_a_clause_is_no_blame(
    make_incident: Any, language: str, text: str, blames: bool
) -> None:
    assert _passes(make_incident, language, "no_blame", responsibility=text) is not blames


def test_a_topic_said_in_the_public_facts_own_words_is_no_leak(make_incident: Any) -> None:
    notes = "The packer, Kevin Marsh, has made the same mistake before; this is a second time."
    shipped = "The second shipment of the order left on time on 20 November."
    incident = {"internal_notes": notes, "what_happened": shipped}
    good = CASES["en"][1]
    fine = "The replacement copies go out today, a second time, at no cost."
    leak = "It is not the first time our packer has done this."
    assert checks_for_incident(make_incident, incident, good, "restore_value", fine)[
        "no_internal_notes"
    ].passed
    assert not checks_for_incident(make_incident, incident, good, "explanation", leak)[
        "no_internal_notes"
    ].passed
