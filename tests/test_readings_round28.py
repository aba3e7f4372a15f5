"""Readings learnt from the tuning28/tuning29 round and the fifth insult set, each checked on
sentences written for this test (the textbook incident of conftest), never on the corpus text that
showed the gap."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from conftest import GOOD_DRAFT
from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.periods import durations_in, in_days
from test_checks import ES, GOOD_ES, GOOD_RO, RO, checks_for


def _passes(make_incident: Any, language: str, check: str, **parts: str) -> bool:
    return bool(checks_for(make_incident, language, **parts)[check].passed)


# -- no_insults ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # what the customer is said not to follow, or to be new to
        ("en", "I will put the delay in terms you can understand: the van left late."),
        ("en", "In case the term 'backorder' is new to you, it means we ran out."),
        ("en", "Stock control is a notion you are surely familiar with by now."),
        ("en", "Leave the ordering to people who really know what they are doing."),
        ("en", "Your message was quite hard to make sense of, but here is our answer."),
        # wanting the customer to stop writing
        ("en", "The credit should be enough to make those daily emails stop."),
        ("en", "We got you the first ten times, thank you."),
        ("en", "Now you can go back to ranting about us on every forum."),
        ("en", "Sorry, I suppose, for the tragedy of a late maths book."),
        ("en", "We regret the books fell short of your discerning tastes."),
        ("en", "Perhaps ask an adult to help you with the order form next term."),
        ("en", "Dear valued customer, and I use that term loosely,"),
        ("es", "Cuesta llamarla estimada después de leer su correo, pero allá vamos."),
        ("es", "A ver si con este correo se entera de algo de una vez."),
        ("es", "Como entendería cualquier adulto, los libros no viajan solos."),
        ("es", "Se lo explico para que lo entienda incluso usted."),
        ("es", "Supongo que no está habituada a comprar por internet."),
        ("es", "Leímos su queja, o al menos lo que pudimos descifrar."),
        ("es", "Esperamos no recibir otra de sus epístolas de reclamaciones."),
        ("es", "Deje de lloriquear por dos días de retraso."),
        ("es", "A nadie más le ha molestado el retraso, pero le pedimos perdón."),
        ("es", "Sentimos la peor desgracia de su curso escolar: un libro tarde."),
        ("es", "Pedimos disculpas, alteza, por la espera."),
        ("es", "Es usted una clienta difícil de complacer, pero lo intentamos."),
        ("ro", "Vă explic ca să pricepeți și dumneavoastră: cărțile au plecat târziu."),
        ("ro", "Din e-mail nu s-a înțeles prea bine ce doriți, dar vă răspundem."),
        ("ro", "Oricine citește factura ar fi observat data, dar iată explicația."),
        ("ro", "Ne mirăm că nu ați citit confirmarea comenzii."),
        ("ro", "Puteți înceta acum să ne mai scrieți zilnic."),
        ("ro", "Gata, nu vă mai plângeți, cărțile sunt pe drum."),
        ("ro", "Ne pare rău, deși nu prea vedem rostul atâtor e-mailuri."),
        ("ro", "Poate sunteți puțin prea susceptibilă în privința termenelor."),
        ("ro", "Ne cerem scuze pentru micuța întârziere de două zile."),
        ("ro", "Sperăm că veți trece peste drama celor două zile de așteptare."),
        ("ro", "Abia așteptăm următoarea capodoperă de reclamație."),
    ],
)
def test_new_shapes_of_talking_down_are_insults(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "If online ordering is new to you, our guide walks through each step."),
        ("en", "Please stop any standing order to the old account; we refunded the last one."),
        ("en", "We are sorry you had to send the same question three times."),
        ("en", "We have fixed the fault that made school calls stop mid-way."),
        ("en", "You can now get back to writing the term plan with the right books."),
        ("es", "Puede hacerlo usted mismo, sin conocimientos técnicos."),
        ("es", "No me extraña que esté molesta: le fallamos dos veces."),
        ("es", "Sabemos que no está acostumbrada a esperar tanto de nosotros."),
        ("es", "No deje de escribirnos si algo no llega completo."),
        ("es", "Ninguna pregunta es tonta, por pequeña que parezca."),
        ("ro", "Sperăm ca explicația să vă fie de folos și să dormiți liniștit."),
        ("ro", "A fost o eroare a noastră, gravă, nu un incident mărunt."),
        ("ro", "Dacă reușiți să ne trimiteți dovada plății, o verificăm imediat."),
        ("ro", "Înțelegem că ne-ați scris de cinci ori fără să primiți răspuns."),
    ],
)
def test_plain_courtesy_near_those_shapes_is_no_insult(
    make_incident: Any, language: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "No question is too silly: write to us about anything in the parcel."),
        ("en", "There are no stupid questions, so ask us anything about the refund."),
        ("es", "Ninguna pregunta es tonta: escríbanos por cualquier duda del pedido."),
        ("es", "No deje de llamarnos si falta algún libro."),
    ],
)
def test_a_judging_word_denied_of_every_question_is_courtesy(
    make_incident: Any, language: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_insults", closing=text)


# -- faithful drafts that were read as breaking a rule -------------------------------------------

_CASES = {"en": ({}, GOOD_DRAFT), "es": (ES, GOOD_ES), "ro": (RO, GOOD_RO)}


def _offers_ok(make_incident: Any, language: str, part: str, text: str, **incident: Any) -> bool:
    overrides, good = _CASES[language]
    content = DraftContent(**{**good, part: text})
    checks = run_checks(content, make_incident(**{**overrides, **incident}))
    return bool({c.name: c for c in checks}["approved_offers"].passed)


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("en", "for twenty-four months", Decimal(720)),
        ("en", "for thirty-one days", Decimal(31)),
        ("es", "durante veinticuatro meses", Decimal(720)),
        ("es", "durante treinta y dos días", Decimal(32)),
        ("ro", "timp de douăzeci și patru de luni", Decimal(720)),
        # a range is no one number: its last word is the period
        ("es", "en un plazo de entre tres y cinco días", Decimal(5)),
        ("en", "two one-hour lessons", in_days((Decimal(1), "hour"))),
    ],
)
def test_periods_in_several_number_words(language: str, text: str, days: Decimal) -> None:
    found = [in_days(d) for d in durations_in(text, language, compounds=True)]
    assert found == [days]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("ro", "Vă sună coordonatoarea ca să alegeți o nouă oră pentru ședință."),
        ("ro", "Găsim împreună o oră care vă convine."),
        ("en", "Our coordinator will ring to find an hour that suits you."),
        ("es", "Le llamamos para buscar una hora que le venga bien."),
    ],
)
def test_a_time_to_meet_is_no_period(language: str, text: str) -> None:
    assert durations_in(text, language) == []


@pytest.mark.parametrize(
    ("language", "remedy", "text", "approved"),
    [
        # a remedy that lasts until something happens approves "for as long as"
        (
            "en",
            "A refund of your card interest until the insurer's check reaches you",
            "We will refund the card interest for as long as you are waiting for the check.",
            True,
        ),
        (
            "en",
            "A refund of your card interest for December",
            "We will refund the card interest for as long as you are waiting for the check.",
            False,
        ),
        # a payment remedy whose thing is no money word
        ("en", "Payment of your lost wages for two weeks", "We will pay your lost wages.", True),
        ("en", "Payment of your taxi fare", "We will pay your lost wages.", False),
        (
            "ro",
            "Plata penalităților de întârziere, 640 lei, fără niciun cost pentru dumneavoastră",
            "Achităm noi, din bani proprii, penalitățile de întârziere.",
            True,
        ),
        # "without any extra cost" is nothing to pay, not every cost paid
        (
            "en",
            "Your album upgraded from 20 to 30 pages at no extra charge",
            "Your album goes from 20 to 30 pages without any extra cost.",
            True,
        ),
        ("en", "A refund of your fee", "We will also cover any extra costs you incur.", False),
        # where a range starts is not what is given
        (
            "en",
            "Your album upgraded from 20 to 30 pages at no extra charge",
            "We are upgrading your album from 20 pages to 30, at no cost to you.",
            True,
        ),
        (
            "en",
            "Your album upgraded from 20 to 30 pages at no extra charge",
            "We are upgrading your album to 40 pages, at no cost to you.",
            False,
        ),
    ],
)
def test_remedies_restated_in_other_shapes(
    make_incident: Any, language: str, remedy: str, text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, language, "restore_value", text, remedies=[remedy]) is approved


@pytest.mark.parametrize(
    ("language", "text", "approved"),
    [
        ("en", "I know nothing we offer replaces those two weeks of classes.", True),
        ("en", "Nothing we can send replaces the lost week.", True),
        ("en", "As a gesture, we will also send you a gift voucher.", False),
        # an approved refund named by its money alone, after the remedy
        ("ro", "Scrieți-ne în privat, ca să vă returnăm banii.", True),
        ("ro", "Scrieți-ne în privat, ca să vă trimitem un voucher.", False),
    ],
)
def test_what_the_regret_says_of_offers(
    make_incident: Any, language: str, text: str, approved: bool
) -> None:
    extra = {"ro": "Rambursarea celor 120 de lei", "en": "A refund of your $120 fee"}[language]
    remedies = [*make_incident(**_CASES[language][0]).remedies, extra]
    assert _offers_ok(make_incident, language, "regret", text, remedies=remedies) is approved


def test_a_drafting_word_the_facts_use_is_the_thing_that_failed(make_incident: Any) -> None:
    overrides, good = _CASES["es"]
    root = (
        "El panel dio la declaración por presentada cuando el borrador se guardó como definitivo."
    )
    incident = make_incident(**{**overrides, "root_cause": root})
    text = "Nuestro panel dio la declaración por presentada en cuanto el borrador se guardó."
    checks = {
        c.name: c for c in run_checks(DraftContent(**{**good, "explanation": text}), incident)
    }
    assert checks["no_system_prompt"].passed
    # without the facts saying so, it is talk of the drafting
    plain = {
        c.name: c
        for c in run_checks(
            DraftContent(**{**good, "explanation": text}), make_incident(**overrides)
        )
    }
    assert not plain["no_system_prompt"].passed


@pytest.mark.parametrize(
    ("language", "part", "check", "text", "passes"),
    [
        ("es", "regret", "no_non_apology", "Lamentamos que no haya podido seguir la clase.", True),
        (
            "es",
            "regret",
            "no_non_apology",
            "Lamentamos las molestias que le haya podido causar.",
            False,
        ),
        (
            "ro",
            "responsibility",
            "no_blame",
            "Noi v-am greșit aici, nu dumneavoastră ați greșit.",
            True,
        ),
        ("es", "responsibility", "no_blame", "El error fue nuestro, no usted se equivocó.", True),
    ],
)
def test_denials_and_what_the_customer_could_not_do(
    make_incident: Any, language: str, part: str, check: str, text: str, passes: bool
) -> None:
    assert _passes(make_incident, language, check, **{part: text}) is passes


# -- the tuning29 round and the sixth insult set ------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Ah, our favourite pen pal again: the books are on their way."),
        ("en", "Under clause 7, which I assume you never read, the delay is covered."),
        ("en", "We moved your delivery, okay, happy now?"),
        ("en", "Some parents are treating two late books like a national tragedy."),
        ("en", "Your last message was something of a riddle, but we think we follow."),
        ("en", "The credit should be enough to end all this complaining."),
        ("en", "I have marked your account as difficult so the team is ready."),
        ("en", "Just restart the reader like any normal person would."),
        ("en", "I'm sorry for any distress, real or imagined."),
        ("en", "We are a bookshop, not your therapist."),
        ("en", "Setting your sarcasm about our courier aside, here are the facts."),
        ("en", "We didn't send the wrong edition just to spoil your term."),
        ("en", "It is not the disaster you are making it out to be."),
        ("es", "Para alguien que no es del sector esto es difícil, así que vamos despacio."),
        ("es", "Los padres se ponen nerviosos por cualquier cosa en septiembre."),
        ("es", "Visto el nivel de su correo, le hará falta el libro de repaso."),
        ("es", "Su queja no era muy clara, pero creemos haberla entendido."),
        ("es", "Nos sorprende el numerito que ha montado por dos días de retraso."),
        ("es", "No sé qué esperaba por ese precio, pero le pedimos perdón."),
        ("es", "Dudo mucho que se haya leído las condiciones de envío."),
        ("es", "Tampoco se murió nadie por dos días sin libro."),
        ("es", "Es usted alguien como usted, que se queja hasta del papel."),
        ("es", "Tómese una tila y verá que todo tiene arreglo."),
        ("ro", "Vă răspundem doar pentru că așa cere procedura."),
        ("ro", "Nu era nevoie să ne scrieți un roman întreg despre două manuale."),
        ("ro", "Orice om cu un dram de minte știe că transportul durează."),
        ("ro", "Oricum nu le-ați înțelege detaliile tehnice."),
        ("ro", "Sunteți cam greu de cap, dar vă mai explicăm o dată."),
        ("ro", "Vă rugăm să nu ne mai sunați pentru atâta lucru."),
        ("ro", "Ne pare rău că v-ați supărat pe un lucru atât de mărunt."),
        ("ro", "Nu fiți atât de cârcotașă, manualele sosesc mâine."),
        ("ro", "Dincolo de exagerările din mesajul dumneavoastră, recunoaștem întârzierea."),
    ],
)
def test_round29_shapes_of_talking_down_are_insults(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We are happy now to confirm the books left the warehouse."),
        ("en", "We declared a major incident at 09:10 and called every school."),
        ("en", "Please give the reader time to cool down before charging it again."),
        ("en", "The delivery is going on as planned from Monday."),
        ("en", "You wrote in capitals, and we understand why."),
        ("es", "Nos escribió en mayúsculas, y lo entendemos: tres semanas sin libros."),
        ("es", "Dado el nivel de retraso, le devolvemos el envío."),
        ("ro", "Vă cerem iertare pentru tonul nepotrivit al colegului nostru."),
        ("ro", "Orice persoană ar fi fost supărată după trei săptămâni de așteptare."),
    ],
)
def test_round29_courtesy_near_those_shapes_is_no_insult(
    make_incident: Any, language: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("text", "blames"),
    [
        # the customer's partner is family; a partner of ours is a firm
        ("I am sorry that you, your partner and the children waited an hour.", False),
        ("I am sorry that our partner went to the wrong school with the books.", True),
        ("I am sorry our delivery partners let you down on the day.", True),
    ],
)
def test_a_partner_is_a_firm_unless_it_is_the_customers(
    make_incident: Any, text: str, blames: bool
) -> None:
    assert _passes(make_incident, "en", "no_blame", regret=text) is not blames


def test_our_own_staff_named_in_an_owned_failure_is_no_other_party(make_incident: Any) -> None:
    overrides, good = _CASES["es"]
    root = "Nuestro repartidor no comprobó la edición antes de entregar las cajas."
    text = "La culpa es nuestra. Nuestro repartidor no comprobó la edición y no lo hizo bien."
    staff = make_incident(**{**overrides, "root_cause": root})
    content = DraftContent(**{**good, "responsibility": text})
    assert {c.name: c for c in run_checks(content, staff)}["no_blame"].passed
    # a courier the facts name as a firm ("nuestro repartidor Envíos Sur") is another party
    firm = make_incident(
        **{**overrides, "root_cause": root.replace("repartidor", "repartidor Envíos Sur")}
    )
    assert not {c.name: c for c in run_checks(content, firm)}["no_blame"].passed


# -- the tuning30 round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "remedy", "text", "approved"),
    [
        # a remedy's fraction of what was paid approves that share
        (
            "es",
            "Reembolso de 120,00 €, la mitad de lo que pagó por los libros",
            "Le abonaremos 120,00 € (el 50 % de lo que pagó por los libros).",
            True,
        ),
        (
            "es",
            "Reembolso de 120,00 €, la mitad de lo que pagó por los libros",
            "Le abonaremos 120,00 € (el 60 % de lo que pagó por los libros).",
            False,
        ),
        # the old period a remedy replaces is not given
        (
            "ro",
            "Garanția extinsă de la 3 la 12 luni",
            "Garanția crește de la 3 luni la 12 luni.",
            True,
        ),
        (
            "ro",
            "Garanția extinsă de la 3 la 12 luni",
            "Garanția are acum un an, în loc de trei luni.",
            True,
        ),
        ("ro", "Garanția extinsă de la 3 la 12 luni", "Garanția crește la 18 luni.", False),
    ],
)
def test_round30_remedies_restated(
    make_incident: Any, language: str, remedy: str, text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, language, "restore_value", text, remedies=[remedy]) is approved


def test_a_half_day_is_no_half_share() -> None:
    from draftkit.incident import Incident
    from draftkit.offers import approved as typed

    base = {
        "id": "X-1",
        "language": "en",
        "channel": "email",
        "severity": "low",
        "customer": {"name": "Ana"},
        "company": {"name": "Movers"},
        "occurred_at": "2026-11-02",
        "what_happened": "The van came late.",
        "impact": "A day lost.",
        "fixes": ["A second check."],
    }
    half_day = typed(
        Incident.model_validate({**base, "remedies": ["Two crew for a free half-day"]})
    )
    half_of = typed(Incident.model_validate({**base, "remedies": ["A refund of half of your fee"]}))
    assert Decimal(50) not in half_day.percents
    assert Decimal(50) in half_of.percents


@pytest.mark.parametrize(
    ("language", "part", "check", "text", "passes"),
    [
        # "a nuestro cargo" after "estar" is in our care, not at our expense
        (
            "es",
            "responsibility",
            "approved_offers",
            "Perdimos los libros mientras estaban a nuestro cargo.",
            True,
        ),
        (
            "es",
            "restore_value",
            "approved_offers",
            "El envío de un lector nuevo corre a nuestro cargo.",
            False,
        ),
        # a transfer's proof sent by a date pays nothing
        (
            "es",
            "fix",
            "approved_offers",
            "Le mando el justificante de la transferencia el 9-11-2026.",
            True,
        ),
        ("es", "fix", "approved_offers", "Le haremos una transferencia de 300 euros.", False),
        # "Sí" (yes) opens no condition
        ("es", "subject", "no_non_apology", "Sí, les leemos: disculpas por los libros", True),
        ("es", "subject", "no_non_apology", "Si les molestó, disculpas por los libros", False),
    ],
)
def test_round30_readings(
    make_incident: Any, language: str, part: str, check: str, text: str, passes: bool
) -> None:
    assert _passes(make_incident, language, check, **{part: text}) is passes


def test_a_date_with_the_month_short_between_slashes(make_incident: Any) -> None:
    overrides, good = _CASES["es"]
    incident = make_incident(**overrides)
    day = incident.follow_up.by
    short = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
    when = f"{day.day}/{short[day.month - 1]}/{day.year}"
    content = DraftContent(
        **{**good, "fix": f"Le confirmaremos que todos tienen su libro el {when}."}
    )
    assert {c.name: c for c in run_checks(content, incident)}["follow_up_date"].passed
    wrong = f"{day.day + 1}/{short[day.month - 1]}/{day.year}"
    content = DraftContent(
        **{**good, "fix": f"Le confirmaremos que todos tienen su libro el {wrong}."}
    )
    assert not {c.name: c for c in run_checks(content, incident)}["follow_up_date"].passed


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # others as the ones who let us down, or the chain we are only the end of
        ("en", "responsibility", "We own this, but the printers left us in the lurch."),
        (
            "en",
            "responsibility",
            "We are just the last link in a chain that starts at the printer.",
        ),
        ("es", "responsibility", "Lo asumimos, aunque la imprenta nos dejó tirados esa semana."),
        ("es", "responsibility", "Somos el último eslabón: el fallo vino de antes."),
        ("ro", "responsibility", "Ne asumăm greșeala, dar tipografia ne-a lăsat baltă."),
        ("ro", "responsibility", "Suntem doar ultima verigă dintr-un lanț lung."),
        ("en", "regret", "I am sorry the books came late through the carelessness of a courier."),
        ("es", "regret", "Siento que pagara la informalidad de un mensajero."),
        ("ro", "regret", "Îmi pare rău că ați plătit pentru neglijența unui curier."),
        # a cause named in its own clause, whatever "we" say after a semicolon
        (
            "ro",
            "responsibility",
            "Blocarea a fost declanșată de Tipo Print; noi am fi retrimis cărțile.",
        ),
        # the failure as part of the trade
        ("en", "responsibility", "Mix-ups like this are part and parcel of the school rush."),
        ("en", "responsibility", "Delays happen to every publisher now and then."),
        ("en", "responsibility", "It was a glitch no warehouse can fully guard against."),
        (
            "ro",
            "responsibility",
            "La volumul de comenzi pe care îl avem, mai scapă uneori câte una.",
        ),
        ("ro", "responsibility", "Inventarul e obligatoriu și nu îl putem amâna."),
        # advice with what it would have prevented
        ("en", "fix", "We recommend checking the box on arrival, which would have caught it."),
        ("en", "fix", "We'd suggest opening the parcels weekly so a fault like this shows sooner."),
        ("en", "fix", "Next time, ordering a week earlier will keep this from happening."),
    ],
)
def test_round29_blame_shapes(make_incident: Any, language: str, part: str, text: str) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("en", "fix", "We recommend our new tracking page, which shows each parcel's status."),
        ("en", "fix", "Next time you order, our new check will stop this from happening."),
        ("en", "explanation", "Our courier partner, Tipo Print, printed the wrong edition."),
        ("ro", "fix", "Nu putem evita verificarea: de acum fiecare cutie e deschisă la depozit."),
        ("ro", "responsibility", "A fost greșeala noastră; Tipo Print nu a avut nicio vină."),
    ],
)
def test_round29_plain_statements_near_those_shapes(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text})


@pytest.mark.parametrize(
    ("language", "remedies", "text", "approved"),
    [
        # an offer added after approved ones is judged on its own
        (
            "ro",
            ["Rambursarea integrală a manualelor, adică 120 de lei"],
            "Vă returnăm cei 120 de lei și, pe deasupra, vă despăgubim pentru ziua pierdută.",
            False,
        ),
        (
            "es",
            ["Reembolso de los 120 €", "Un 10 % de descuento en su próximo pedido"],
            "Le devolvemos los 120 € y, además, le pasamos sin coste al plan Premium hasta junio.",
            False,
        ),
        (
            "es",
            ["Reembolso de los 120 €", "Un 10 % de descuento en su próximo pedido"],
            "Le devolvemos los 120 € y, además, le aplicamos un 10 % de descuento en el próximo.",
            True,
        ),
        # paying a cost of the customer's, in other words
        ("en", ["A refund of your $120 fee"], "We will also cover your taxi home.", False),
        ("en", ["A refund of your $120 fee"], "Your next order ships with our compliments.", False),
        (
            "en",
            ["A refund of your $120 fee"],
            "We will make up the value of the lost lessons.",
            False,
        ),
        ("en", ["Payment of your taxi home"], "We will also cover your taxi home.", True),
    ],
)
def test_round29_offers_added_or_reworded(
    make_incident: Any, language: str, remedies: list[str], text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, language, "restore_value", text, remedies=remedies) is approved


# -- the tuning31 round ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "remedies", "text", "approved"),
    [
        # what comes before an addition is judged alone too
        (
            "ro",
            [
                "Rambursarea a 30% din prețul manualelor, adică 90 de lei",
                "Rambursarea taxei de 20 de lei",
            ],
            "Vă returnăm integral prețul manualelor și, separat, taxa de 20 de lei.",
            False,
        ),
        (
            "ro",
            [
                "Rambursarea a 30% din prețul manualelor, adică 90 de lei",
                "Rambursarea taxei de 20 de lei",
            ],
            "Vă returnăm 90 de lei din prețul manualelor și, separat, taxa de 20 de lei.",
            True,
        ),
        # free in other words
        (
            "ro",
            ["Rambursarea taxei de 20 de lei"],
            "Iar la următoarea vizită, cazarea oferită de noi.",
            False,
        ),
        (
            "ro",
            ["Rambursarea taxei de 20 de lei"],
            "Mai mult, anulăm costul întregii comenzi.",
            False,
        ),
    ],
)
def test_round31_offers(
    make_incident: Any, language: str, remedies: list[str], text: str, approved: bool
) -> None:
    assert _offers_ok(make_incident, language, "restore_value", text, remedies=remedies) is approved


@pytest.mark.parametrize(
    ("language", "text", "days"),
    [
        ("es", "el aparcamiento de esos dos días", []),
        ("en", "the parking for those two days", []),
        ("es", "durante dos días", [Decimal(2)]),
    ],
)
def test_a_period_recalled_with_a_demonstrative(
    language: str, text: str, days: list[Decimal]
) -> None:
    assert [in_days(d) for d in durations_in(text, language)] == days


@pytest.mark.parametrize(
    ("language", "part", "text", "passes"),
    [
        # a place is no party: "waiting at the airport"
        ("es", "regret", "Lamento que la dejáramos esperando una hora en el aeropuerto.", True),
        (
            "es",
            "regret",
            "Lamento la espera, porque el aeropuerto no le dio la silla a tiempo.",
            False,
        ),
        (
            "en",
            "regret",
            "I am sorry you waited an hour at the airport because we sent no one.",
            True,
        ),
        # "not a good time to stop" describes the harm; "nu ați mai stat la noi" is no excuse
        ("es", "regret", "Siento el retraso en un momento en que no convenía parar.", True),
        ("es", "regret", "Lo sentimos; convenía avisarnos con antelación.", False),
        (
            "ro",
            "restore_value",
            "Vă returnăm 120 de lei pentru noaptea în care nu ați mai stat la noi.",
            True,
        ),
        ("ro", "responsibility", "Ne pare rău, dar nu a stat în puterea noastră.", False),
    ],
)
def test_round31_readings(
    make_incident: Any, language: str, part: str, text: str, passes: bool
) -> None:
    assert _passes(make_incident, language, "no_blame", **{part: text}) is passes


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "You got the books a day later, so let's not turn it into a saga."),
        ("en", "I'm sure it felt far worse than it was."),
        ("en", "Your message reads as rather alarmist, but we understand."),
        ("en", "Hello to our most impatient parents:"),
        ("en", "Overlooking your tone, here is what happened."),
        ("es", "Su correo suena bastante alarmista para dos días de retraso."),
        ("es", "Hola a los clientes más impacientes de la ciudad:"),
        ("es", "Pasamos por alto su tono y le explicamos lo ocurrido."),
        ("es", "Con esto, deje ya de escribirnos cada mañana."),
        ("ro", "Trecem peste ironiile din mesaj și vă explicăm."),
        ("ro", "Amenințările cu presa nu ne impresionează."),
        ("ro", "Unii fac o dramă națională din două zile de întârziere."),
    ],
)
def test_round31_insults(make_incident: Any, language: str, text: str) -> None:
    assert not _passes(make_incident, language, "no_insults", regret=text)


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "es",
            "responsibility",
            "El fallo no fue nuestro: nuestro proveedor le envió mal el pedido.",
        ),
        ("es", "regret", "Lamento que un proveedor en el que confiábamos nos fallara."),
        ("en", "regret", "I am sorry a flaw in the supplier's software cost you the order."),
    ],
)
def test_round31_third_parties(make_incident: Any, language: str, part: str, text: str) -> None:
    assert not _passes(make_incident, language, "no_blame", **{part: text})
