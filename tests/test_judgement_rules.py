"""Rules that read structure, not a phrase list: each with sentences written for this test.

Issue 10: the guards must hold on text nobody tuned them to, so each rule here is checked on
new sentences (insulting and not; blaming and not; offering and not) in en, es and ro.
"""

from __future__ import annotations

from typing import Any

import pytest

from conftest import GOOD_DRAFT
from test_checks import CASES, checks_for

INSULTS = [
    ("es", "closing", "A ver si la próxima se marean menos, que tampoco hubo para tanto."),
    ("en", "regret", "Honestly, you were careless with the delivery slip."),
    ("en", "regret", "Your impatient emails did not speed anything up."),
    ("en", "regret", "Frankly, your demand for a year of free service is wildly unrealistic."),
    ("en", "explanation", "This part may be too technical for you, so we kept it short."),
    ("en", "regret", "You need to understand that a warehouse is a busy place."),
    ("es", "regret", "Francamente, ha sido muy descuidada por su parte."),
    ("es", "explanation", "Le cuesta entender cómo funciona un almacén, así que lo resumimos."),
    ("es", "regret", "Su impaciencia no ayudó a resolver nada."),
    ("ro", "regret", "Ați fost cam neatentă la semnarea documentelor."),
    ("ro", "regret", "Neatenția dumneavoastră nu a ajutat deloc."),
    ("ro", "explanation", "Detaliile sunt prea tehnice pentru dumneavoastră."),
    # the customer's view or words held at arm's length
    ("en", "regret", "You seem to think a textbook order ships itself overnight."),
    ("en", "regret", "What you call a disaster was a two-day delay."),
    ("es", "regret", "Lo que usted llama un desastre fue un retraso de dos días."),
    ("ro", "regret", "Ceea ce numiți dezastru a fost o întârziere de două zile."),
    # telling the customer again, pointedly
    (
        "en",
        "explanation",
        "As we already explained, the 4th edition left the warehouse by mistake.",
    ),
    ("ro", "explanation", "Cum v-am mai explicat, ediția a 4-a a plecat din depozit din greșeală."),
    # what any such person "should know", what the customer "clearly" could not do
    ("en", "explanation", "As any teacher should know, editions change every few years."),
    ("es", "explanation", "Como cualquier profesora debería saber, las ediciones cambian."),
    ("ro", "explanation", "Cum orice profesor ar trebui să știe, edițiile se schimbă des."),
    ("en", "regret", "We did what you clearly could not explain in your email."),
    # sarcasm and the writer's own verdict that the account is overdone
    ("ro", "regret", "Comanda ați trimis-o corect, măcar atât ați reușit."),
    ("en", "regret", "We are sorry, though your email reads as rather melodramatic."),
    ("es", "regret", "Lo sentimos, aunque lo que cuenta me parece un poco exagerado."),
    ("ro", "regret", "Ne pare rău, deși povestea asta mi se pare cam exagerată."),
    ("es", "regret", "Pedir la devolución completa es una petición poco realista."),
    ("en", "regret", "Writing to our director twice is not a grown-up way to ask."),
    (
        "ro",
        "regret",
        "Vă e mai simplu să scrieți cu majuscule decât să citiți ce v-am explicat.",
    ),
    # digs at the customer's time, the harm inflated to mock it, the message mocked (insults3)
    ("en", "closing", "All sorted, so you can go back to whatever it is you do all day."),
    ("en", "regret", "Sorry about the hassle, but honestly, you'll survive a week without it."),
    ("en", "greeting", "Hello, and congratulations on your third email about one missing lamp."),
    ("es", "regret", "Lo siento, pero algunos trabajamos de verdad y no llegamos a todo."),
    ("es", "closing", "Un saludo, y búsquese algo mejor que hacer que escribir reseñas."),
    ("es", "responsibility", "Reconocemos el retraso, pero hay gente con problemas de verdad."),
    ("ro", "closing", "Vă rugăm să nu ne mai sunați la 7 dimineața, că unii mai și muncim."),
    ("ro", "regret", "Ne pare rău, dar nu muri nimeni pentru o oglindă zgâriată."),
    ("ro", "greeting", "Felicitări, ați scris cea mai lungă reclamație din luna aceasta."),
]


DISMISSED_REACTIONS = [
    ("ro", "closing", "Vă rog să ne scutiți pe viitor de dramatismul din mesaje."),
    ("es", "closing", "Ahórrenos el tono en el próximo mensaje, por favor."),
    ("en", "regret", "We are sorry, though all this fuss in the comments does not help anyone."),
    ("en", "regret", "I understand, but the dramatics are a little over the top."),
    ("es", "regret", "Lo sentimos, aunque no hacía falta tanto escándalo en redes."),
    ("es", "closing", "Y la próxima vez, un poco más de calma, por favor."),
    ("ro", "regret", "Ne pare rău, deși tonul mesajului lasă de dorit."),
    ("ro", "regret", "Regretăm, dar pentru unii o întârziere pare o tragedie."),
    ("en", "regret", "Sorry again, though a bit less yelling on the phone would help."),
    ("es", "explanation", "Sin necesidad de tanto escándalo, le resumo lo ocurrido."),
    # asking the customer to keep their reaction to themselves
    ("es", "closing", "Eso sí, les rogaría que se ahorraran el tono de sus mensajes."),
    ("en", "closing", "Please spare us that tone in your next message."),
    # how the customer wrote: capitals, exclamation or question marks
    ("ro", "closing", "Nu era nevoie de atâtea semne de exclamare, v-am fi răspuns oricum."),
    ("es", "regret", "Lo sentimos, aunque no hacía falta escribir tantos signos de exclamación."),
    ("en", "regret", "We are sorry, but there was no need for all the question marks."),
    ("es", "regret", "Siento lo ocurrido, aunque tampoco hace falta ponerse así por una caja."),
    # a verdict on the customer's character or conduct
    ("en", "closing", "Calling us thieves says more about you than about us."),
    ("es", "closing", "Tranquila, que por un paquete tarde no se acaba el mundo."),
    ("ro", "regret", "Cine ne acuză de furt ar face bine să-și citească factura."),
]
GRANTED_REACTIONS = [
    ("en", "regret", "You were right to complain in public, and we are sorry it came to that."),
    ("en", "responsibility", "The tone of our first reply was wrong, and it did not help."),
    ("es", "regret", "Es comprensible que lo contara en redes; no debió hacer falta."),
    ("ro", "regret", "Aveți dreptate să fiți supărată, iar tonul nostru nu a ajutat."),
    # the customer's manner named, then said to be justified
    ("es", "regret", "Nos escribió en mayúsculas, y con motivo: le cobramos dos veces."),
    ("ro", "regret", "Ne-ați scris cu majuscule, pe bună dreptate: v-am taxat de două ori."),
]


@pytest.mark.parametrize(("language", "part", "text"), DISMISSED_REACTIONS)
def test_dismissing_the_customers_reaction_talks_down(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_insults"].passed


@pytest.mark.parametrize(("language", "part", "text"), GRANTED_REACTIONS)
def test_granting_the_reaction_or_naming_our_own_tone_is_no_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert checks_for(make_incident, language, **{part: text})["no_insults"].passed


@pytest.mark.parametrize(("language", "part", "text"), INSULTS)
def test_judging_the_customer_is_an_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_insults"].passed


POLITE = [
    ("en", "regret", "You were right to be impatient with us after three missed calls."),
    ("en", "regret", "You are entitled to a full explanation, and here it is."),
    ("en", "responsibility", "We were careless with your order, and that is on us."),
    ("es", "responsibility", "Fuimos descuidados con su pedido y lo asumimos."),
    ("ro", "responsibility", "Noi am fost neatenți la comanda dumneavoastră."),
    ("en", "explanation", "As we explained on the phone, the 4th edition left by mistake."),
    ("ro", "closing", "Cu tot respectul,\nDana Ortega, Libros Andes"),
    # what was easier for us, what we find excessive: said of ourselves
    (
        "en",
        "responsibility",
        "It was easier for us to blame the courier than to check our records.",
    ),
    ("es", "regret", "Nos parece exagerado que tuviera que esperar dos horas por nuestra culpa."),
    ("ro", "regret", "Mi se pare exagerat cât ați așteptat, și e vina noastră."),
]


@pytest.mark.parametrize(("language", "part", "text"), POLITE)
def test_judging_ourselves_is_no_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert checks_for(make_incident, language, **{part: text})["no_insults"].passed


def _cause_check(make_incident: Any, language: str, text: str, part: str = "explanation") -> Any:
    """`no_invented_cause` on the good draft with TEXT as its explanation, or (PART "fix") added
    to its fix, the explanation then retelling the facts only: the incident gives no cause."""
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    overrides, good = CASES[language]
    incident = make_incident(**{**overrides, "root_cause": None})
    draft = {**good, "explanation": text}
    if part == "fix":
        draft = {**good, "explanation": incident.what_happened, "fix": f"{good['fix']} {text}"}
    return {c.name: c for c in run_checks(DraftContent(**draft), incident)}["no_invented_cause"]


GUESSED_CAUSES = [
    # a suspicion is a guess, even beside "we are still checking"
    ("ro", "Bănuiala noastră e că soluțiile de developare erau aproape expirate; încă verificăm."),
    # a result clause: what stands before "so" is offered as the cause
    ("en", "A printer driver update corrupted the packing labels, so the wrong box went out."),
    # the object moved ahead of the verb: the cause follows "lo provocó"
    ("es", "El envío equivocado lo provocó una impresora de etiquetas mal calibrada en el muelle."),
    # a guess needs only two words the incident does not hold
    ("es", "Todo apunta a una etiqueta traspapelada."),
    ("ro", "O imprimantă de etichete defectă a provocat confuzia din depozit."),
    # "it seems", "it appears" open a guess
    ("en", "It seems a new picker mixed up two pallets of similar books that morning."),
    # what came after a change, told as its cause
    ("ro", "Etichetele s-au încurcat după o actualizare a imprimantei termice de la Cluj."),
    # what is known "so far", told as the cause, is a guess
    ("en", "From what we can tell so far, a worn roller in the sorter mixed up the pallets."),
    ("es", "Por lo que sabemos, una báscula mal calibrada cambió las etiquetas."),
    ("ro", "Din câte vedem, un cititor de coduri defect a încurcat paletii."),
    # "X, așa că Y", "X, motivo por el cual Y": what stands before is offered as the cause
    (
        "ro",
        "Eticheta imprimantei termice din depozit era deteriorată, așa că s-a încurcat ediția.",
    ),
    (
        "es",
        "La báscula del muelle llevaba días descalibrada, motivo por el cual se cambió la caja.",
    ),
    # a guess that gives its cause needs a single word the incident does not hold
    ("es", "Creemos que se debió al proveedor."),
    ("es", "Probablemente fue porque faltaba un mozo."),
    # what follows an explaining colon, after the failure recalled, is offered as its why
    (
        "en",
        "We sent the 4th edition instead of the 6th: both editions share a shelf code in the "
        "Leeds warehouse and a new picker took the wrong pallet.",
    ),
    (
        "es",
        "Enviamos la 4.ª edición en lugar de la 6.ª: las dos comparten estantería en el almacén "
        "de Getafe y el mozo cogió la caja equivocada.",
    ),
    (
        "ro",
        "Am trimis ediția a 4-a în loc de a 6-a: cele două ediții stau pe același raft în "
        "depozitul din Ploiești, iar colegul a luat cutia greșită.",
    ),
    # a hedge covers its own side of the semicolon only
    (
        "es",
        "El envío equivocado lo provocó un lector de códigos averiado; el retraso del aviso "
        "seguimos investigándolo.",
    ),
]


@pytest.mark.parametrize(("language", "text"), GUESSED_CAUSES)
def test_a_cause_the_incident_does_not_give_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _cause_check(make_incident, language, text).passed


RETOLD_FACTS = [
    ("en", "We shipped 240 copies of the 4th edition, so your students started without it."),
    ("es", "Todavía no sabemos qué lo provocó; lo estamos investigando."),
    ("en", "We are still investigating what caused the wrong edition to ship."),
    ("ro", "Încă investigăm ce a provocat trimiterea ediției greșite."),
    # refusing to guess is no guess
    (
        "ro",
        "Motivul trimiterii greșite este încă în investigație și nu vă prezentăm nicio ipoteză.",
    ),
    ("en", "The reason is still under investigation, and we will not speculate about it."),
    # a lead-in before a colon recalls nothing: the facts after it are retold, not explained
    (
        "es",
        "Lo que sabemos hasta hoy es esto: el 18 de noviembre salieron de nuestro almacén 240 "
        "ejemplares de la 4.ª edición con destino a su colegio.",
    ),
    # the facts retold before "so": no cause of their own
    ("ro", "Pe 18 noiembrie am trimis ediția a 4-a, așa că elevii au început fără manual."),
]


@pytest.mark.parametrize(("language", "text"), RETOLD_FACTS)
def test_facts_retold_with_a_causal_word_are_no_invented_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert _cause_check(make_incident, language, text).passed


#: A mechanism told as what happened, with no causal word: it states a cause all the same.
MECHANISMS_TOLD = [
    ("en", "That night our warehouse server crashed and the order went out with the old list."),
    ("es", "Ese día el programa de existencias se quedó sin stock de la 5.ª edición."),
    ("ro", "În dimineața aceea, o actualizare a aplicației de depozit a schimbat ediția."),
]


@pytest.mark.parametrize(("language", "text"), MECHANISMS_TOLD)
def test_a_mechanism_told_as_fact_states_a_cause(
    make_incident: Any, language: str, text: str
) -> None:
    check = _cause_check(make_incident, language, text)
    assert not check.passed
    assert "names a cause" in check.detail


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # denied, not stated
        ("en", "It was not a server fault; we are still investigating what caused it."),
        ("ro", "Pe 18 noiembrie am trimis ediția a 4-a, nu pe a 5-a."),
    ],
)
def test_no_mechanism_or_a_denied_one_is_no_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert _cause_check(make_incident, language, text).passed


def test_a_mechanism_the_facts_or_fixes_name_is_retold(make_incident: Any) -> None:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    plain = {
        "root_cause": None,
        "what_happened": "On 18 November we sent 240 copies of the 4th edition, not the 6th.",
        "fixes": ["Automatic check that flags any shipped edition older than two years"],
    }
    said = "After the app update on Monday, the wrong edition was packed for your school."

    def passes(**changes: Any) -> bool:
        incident = make_incident(**{**plain, **changes})
        checks = run_checks(DraftContent(**{**GOOD_DRAFT, "explanation": said}), incident)
        return {c.name: c for c in checks}["no_invented_cause"].passed

    assert not passes()
    assert passes(what_happened=f"{plain['what_happened']} It followed an app update.")
    assert passes(fixes=["The warehouse app update of Monday was rolled back"])


CAUSES_IN_THE_FIX = [
    ("en", "The mix-up was down to a worn roller in the sorter, which we have replaced."),
    ("es", "Como el fallo vino de una báscula mal calibrada en el muelle, ya la cambiamos."),
    (
        "ro",
        "Cum totul a pornit de la o imprimantă defectă din depozitul de la Cluj, am schimbat-o.",
    ),
]
PROMISED_IN_THE_FIX = [
    ("en", "By 28 November we will tell you what caused the wrong shipment."),
    ("es", "Antes del 28 de noviembre le contaremos qué causó el envío equivocado."),
    ("ro", "Până pe 28 noiembrie vă scriem ce a cauzat trimiterea greșită."),
]


@pytest.mark.parametrize(("language", "text"), CAUSES_IN_THE_FIX)
def test_a_cause_slipped_into_the_fix_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _cause_check(make_incident, language, text, "fix").passed


@pytest.mark.parametrize(("language", "text"), PROMISED_IN_THE_FIX)
def test_promising_to_tell_the_cause_is_no_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert _cause_check(make_incident, language, text, "fix").passed


def _offers(make_incident: Any, language: str, text: str) -> Any:
    return checks_for(make_incident, language, restore_value=text)["approved_offers"]


REPORTED_REQUESTS = [
    # the request's clause ends at the semicolon: the offer after it does not grant the request
    (
        "en",
        "You asked for a lifetime upgrade; what we can offer is the reshipment and the 15% "
        "discount.",
    ),
    (
        "es",
        "Leímos su petición de un año gratis; lo que sí podemos ofrecerle es el reenvío sin "
        "coste y el descuento del 15 %.",
    ),
    (
        "ro",
        "Ați fi dorit un abonament gratuit pe un an: ce vă putem oferi este retrimiterea "
        "gratuită și reducerea de 15%.",
    ),
]


@pytest.mark.parametrize(("language", "text"), REPORTED_REQUESTS)
def test_a_request_reported_in_its_own_clause_is_no_offer(
    make_incident: Any, language: str, text: str
) -> None:
    assert _offers(make_incident, language, text).passed


GRANTED = [
    ("en", "We will give you the refund you asked for."),
    ("ro", "Ați cerut un an gratuit, pe care vi-l oferim."),
]


@pytest.mark.parametrize(("language", "text"), GRANTED)
def test_a_request_granted_in_the_same_clause_is_an_offer(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _offers(make_incident, language, text).passed


COMPENSATION_AS_TOPIC = [
    ("en", "Those are the reshipment and the 15% discount: this is the compensation we can offer."),
    ("es", "El reenvío sin coste y el descuento del 15 %: esa es la compensación que ofrecemos."),
    ("ro", "Retrimiterea gratuită și reducerea de 15%: aceasta este compensația pe care o oferim."),
]


@pytest.mark.parametrize(("language", "text"), COMPENSATION_AS_TOPIC)
def test_compensation_named_as_a_topic_is_no_new_payment(
    make_incident: Any, language: str, text: str
) -> None:
    assert _offers(make_incident, language, text).passed


def test_a_compensation_with_a_sum_is_still_a_payment(make_incident: Any) -> None:
    text = "On top of that, the compensation of EUR 300 reaches your account this week."
    assert not _offers(make_incident, "en", text).passed


PAYING_FOR_THE_UNAPPROVED = [
    # a finite "we compensate" pays for what follows it
    ("es", "También le compensaremos las horas que su equipo dedicó a revisar los libros."),
    # what is paid for follows the payment: the letter's own words before it do not count
    ("ro", "Pentru manualele sosite târziu, vă compensăm orele de predare pierdute de profesori."),
]


@pytest.mark.parametrize(("language", "text"), PAYING_FOR_THE_UNAPPROVED)
def test_paying_for_what_no_remedy_covers_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _offers(make_incident, language, text).passed


def _offers_for(
    make_incident: Any, language: str, remedies: list[str], text: str, **parts: str
) -> Any:
    """`approved_offers` on the good draft with TEXT as its restore_value (and PARTS)."""
    from test_checks import ES, RO

    overrides = {"en": {}, "es": ES, "ro": RO}[language]
    incident = make_incident(**{**overrides, "remedies": remedies})
    _, good = CASES[language]
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    found = run_checks(DraftContent(**{**good, "restore_value": text, **parts}), incident)
    return next(c for c in found if c.name == "approved_offers")


TAXI = {
    "en": ["A refund of the EUR 64 you paid for the taxi"],
    "es": ["Reembolso de los 64 € que pagó por el taxi"],
    "ro": ["Rambursarea celor 64 de lei plătiți pentru taxi"],
}
EVERYTHING_PAID_FOR_A_REMEDY = [
    ("en", "We will pay back everything you spent on the taxi that night."),
    ("es", "Le devolvemos todo lo que pagó por el taxi de esa noche."),
    ("ro", "Vă dăm înapoi tot ce ați plătit pentru taxiul din acea noapte."),
]
EVERYTHING_PAID_FOR_SOMETHING_ELSE = [
    ("en", "We will pay back everything you spent on meals that week."),
    ("es", "Le devolvemos todo lo que ha gastado en comidas esa semana."),
    ("ro", "Vă dăm înapoi tot ce ați cheltuit pe mese în acea săptămână."),
]


@pytest.mark.parametrize(("language", "text"), EVERYTHING_PAID_FOR_A_REMEDY)
def test_everything_paid_for_what_a_remedy_refunds_restates_it(
    make_incident: Any, language: str, text: str
) -> None:
    assert _offers_for(make_incident, language, TAXI[language], text).passed


@pytest.mark.parametrize(("language", "text"), EVERYTHING_PAID_FOR_SOMETHING_ELSE)
def test_everything_paid_for_something_no_remedy_pays_is_open_ended(
    make_incident: Any, language: str, text: str
) -> None:
    check = _offers_for(make_incident, language, TAXI[language], text)
    assert not check.passed and "without limit" in check.detail


def test_everything_paid_over_a_longer_period_than_approved_is_open_ended(
    make_incident: Any,
) -> None:
    remedies = ["A refund of the EUR 120 you paid for this year's premium plan"]
    restated = "We will refund everything you have paid for this year's premium plan."
    assert _offers_for(make_incident, "en", remedies, restated).passed
    longer = "We will refund everything you have paid for the premium plan over two years."
    assert not _offers_for(make_incident, "en", remedies, longer).passed


def test_what_a_payment_covers_stops_at_the_reason_given_for_it(make_incident: Any) -> None:
    remedies = ["Reembolso de los 64 € que pagó por el taxi"]
    text = "Nos haremos cargo también del coste de sus comidas, porque el taxi lo pagó usted."
    assert not _offers_for(make_incident, "es", remedies, text).passed


def test_a_share_bounds_what_was_paid_and_a_partial_remedy_needs_it(make_incident: Any) -> None:
    remedies = ["A refund of 30% of your course fee, EUR 120"]
    share = "You get back 30% of what you paid for the course."
    assert _offers_for(make_incident, "en", remedies, share).passed
    whole = "You get back everything you paid for the course."
    assert not _offers_for(make_incident, "en", remedies, whole).passed


def test_approved_sums_listed_after_a_colon_bound_everything_paid(make_incident: Any) -> None:
    remedies = ["A refund of the EUR 64 taxi", "A refund of the EUR 210 hotel night"]
    listed = "We return everything you paid: EUR 64 for the taxi and EUR 210 for the hotel."
    assert _offers_for(make_incident, "en", remedies, listed).passed
    further = "We refund the EUR 64 taxi and any further costs you incur."
    assert not _offers_for(make_incident, "en", remedies, further).passed


DISCOUNTED = {
    "en": ["15% off your next boiler service", "A refund of the EUR 40 call-out fee"],
    "es": [
        "Un 20 % de descuento en la próxima limpieza dental",
        "Reembolso de los 40 € de la cita",
    ],
    "ro": ["O reducere de 20% la următoarea revizie", "Rambursarea celor 40 de lei ai deplasării"],
}
FREE_WHAT_IS_DISCOUNTED = [
    ("en", "And your next boiler service is on the house."),
    ("es", "Y la próxima limpieza dental, gratis."),
    ("ro", "Iar următoarea revizie este gratuită."),
]
DISCOUNT_RESTATED = [
    ("en", "Your next boiler service will cost you 15% less."),
    ("es", "En su próxima limpieza dental le descontamos el 20 %."),
    ("ro", "La următoarea revizie aveți 20% reducere."),
]


@pytest.mark.parametrize(("language", "text"), FREE_WHAT_IS_DISCOUNTED)
def test_making_free_what_a_remedy_only_discounts_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    check = _offers_for(make_incident, language, DISCOUNTED[language], text)
    assert not check.passed and "free" in check.detail


@pytest.mark.parametrize(("language", "text"), DISCOUNT_RESTATED)
def test_the_discount_itself_restated_passes(make_incident: Any, language: str, text: str) -> None:
    assert _offers_for(make_incident, language, DISCOUNTED[language], text).passed


def test_a_thing_a_remedy_gives_free_may_be_called_free(make_incident: Any) -> None:
    remedies = ["A replacement kettle at no charge", "10% off your next order"]
    assert _offers_for(make_incident, "en", remedies, "The new kettle is free of charge.").passed


def test_an_approved_sum_elsewhere_in_the_sentence_does_not_cover_another_offer(
    make_incident: Any,
) -> None:
    remedies = ["15% off your next course", "Two free one-to-one lessons"]
    beside = "You keep 15% off your next course, and we will also refund the missed lessons."
    assert not _offers_for(make_incident, "en", remedies, beside).passed
    named = "We are crediting the 15% off to your next course."
    assert _offers_for(make_incident, "en", remedies, named).passed


def test_granting_the_customers_request_is_an_offer(make_incident: Any) -> None:
    text = "Atendemos también su petición de una indemnización, que le concretaremos pronto."
    assert not _offers_for(make_incident, "es", ["Reembolso de los 64 € del taxi"], text).passed


TIME_ALREADY_SPENT = [
    ("en", "We took ten days to reship the books; the 240 copies now go out at no cost."),
    ("es", "Tardamos diez días en reenviar los libros; los 240 ejemplares salen hoy sin coste."),
    ("ro", "A durat zece zile retrimiterea; cele 240 de manuale pleacă azi gratuit."),
    # time the customer lived through
    ("en", "For the two weeks your students waited, the 240 copies go out at no cost."),
    ("es", "Por las dos semanas que esperaron, le enviamos los 240 ejemplares sin coste."),
]


@pytest.mark.parametrize(("language", "text"), TIME_ALREADY_SPENT)
def test_time_already_spent_is_no_period_on_offer(
    make_incident: Any, language: str, text: str
) -> None:
    check = _offers(make_incident, language, text)
    assert "period" not in check.detail, check.detail


def test_compensating_as_a_purpose_is_no_payment(make_incident: Any) -> None:
    text = "Para compensarle, le reenviamos los 240 ejemplares de la 6.ª edición sin coste."
    assert _offers(make_incident, "es", text).passed


OWN_DECISIONS = [
    ("en", "We decided to run the migration on a busy weekend, and the delay is our doing."),
    ("ro", "Am decis să mutăm inventarul chiar într-o săptămână aglomerată."),
]


@pytest.mark.parametrize(("language", "text"), OWN_DECISIONS)
def test_a_busy_period_we_chose_is_owned_not_an_excuse(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, responsibility=text)["no_blame"].passed


TAKEN_BACK = [
    # each concession is its own entry: "aunque" alone opens the excuse after owning the failure
    (
        "es",
        "Es culpa nuestra, aunque entienda que en plena campaña escolar estas cosas se escapan.",
    ),
    ("es", "En época de matrículas a veces pasan cosas así; aun así, fue culpa nuestra."),
]


@pytest.mark.parametrize(("language", "text"), TAKEN_BACK)
def test_an_excuse_after_a_concession_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, responsibility=text)["no_blame"].passed


BLAME_AND_EXCUSES = [
    # sometimes impossible; help that would have come sooner had the customer called (tuning20)
    ("es", "Con tanta demanda, a veces es imposible cumplir con todos los tiempos."),
    ("en", "Sometimes it is impossible to meet every delivery slot."),
    ("es", "La avería es nuestra; eso sí, habríamos llegado antes si nos hubieran llamado."),
    ("en", "We own that, although had the dispute reached us sooner, it could have been avoided."),
    # not told by another; so many versions that one was bound to slip; a party that kept quiet
    ("en", "It was a flaw in their product that we had not been made aware of."),
    ("ro", "Recunoaștem greșeala, însă cu atâtea versiuni era ușor ca una să ajungă la tipar."),
    ("ro", "Recunoaștem greșeala; furnizorul știa de problemă de săptămâni, fără să ne anunțe."),
    # off days, floods of customers, the unprecedented, what nobody foresaw (tuning19)
    ("en", "Our lockers failed you. Tech like this does have its off days."),
    ("es", "La afluencia del primer fin de semana desbordó cualquier previsión."),
    ("es", "Reconocemos el error, aunque en estas semanas es muy difícil revisar cada pedido."),
    ("ro", "Toamna aceasta ne-a adus un volum de dosare fără precedent."),
    ("ro", "Nimeni din piață nu a anticipat o asemenea situație."),
    (
        "es",
        "Os pedimos disculpas; el error lo introdujo la empresa externa que nos mantiene la web.",
    ),
    ("en", "With the back-to-school rush in the warehouse, a few packing checks were skipped."),
    ("en", "Had the order form been filled in sooner, our team would have caught it."),
    ("en", "We were only told about the new edition at short notice, so the mix-up followed."),
    ("es", "Con tanto trabajo a principios de curso, estas cosas se escapan."),
    ("es", "Es importante que en adelante revise siempre la edición antes de aceptar el envío."),
    # the failure as the normal lot of the trade
    ("en", "We sent the wrong edition; mix-ups like this do happen in a busy depot."),
    ("en", "Mislabelled pallets are a risk every distributor faces, however careful it is."),
    ("es", "Enviamos la edición equivocada, y en pleno inicio de curso poco se puede hacer."),
    ("es", "Con tantos pedidos es difícil que no se cuele algún error."),
    ("ro", "Am trimis ediția greșită; astfel de confuzii mai apar în sezonul școlar."),
    ("ro", "Oricât de atent am verifica, uneori apar erori pe care nu le putem preveni."),
    ("es", "Enviamos otra edición; en pleno curso no siempre se puede evitar."),
    ("es", "Fue nuestro error, aunque hay que tener en cuenta que era inicio de curso."),
    ("en", "We accept our part, but the error began outside our warehouse."),
    # inevitability said outright, or as what can never be ruled out
    ("en", "Wrong editions are sometimes beyond anyone's control, but we should have checked."),
    ("en", "We own the mix-up; in a depot this size it can never be fully prevented."),
    ("es", "Asumimos el error, que en plena campaña es casi inevitable."),
    ("ro", "Într-un depozit atât de mare, o confuzie nu poate fi exclusă complet."),
    ("ro", "În plin sezon astfel de încurcături mai scapă, dar greșeala e a noastră."),
    # the inverted condition after a concession, and the step that "would have done you good"
    ("en", "We sent it late, though had you let us know sooner we could have sent a courier."),
    ("es", "Lo enviamos tarde, aunque le habría venido bien avisarnos el lunes."),
    # what someone else left us: no time, no choice
    ("en", "The printer's late proofs left us almost no time to check the editions."),
    ("es", "Asumimos el retraso, pero la imprenta no nos dio tiempo para revisarlo."),
    ("ro", "Tipografia ne-a lăsat prea puțin timp pentru verificare."),
    # what "was always going to" go wrong, however well prepared
    ("en", "With a move that size, a few wrong boxes were always going to slip through."),
    ("es", "Hay semanas en las que nada sale como debería, por mucho que uno se prepare."),
    ("ro", "La începutul anului școlar se mai strecoară astfel de erori în depozit."),
    # what the customer did not do, given as the reason (tú, vosotros)
    ("es", "Lo reconocemos, aunque como no pedisteis prueba impresa, no pudimos verlo antes."),
    # counterfactuals on the customer's side
    ("en", "It was our error, though if you'd emailed us on Monday we could have fixed it."),
    ("en", "We missed it, though it would have been caught had we received your list earlier."),
    ("es", "Fue culpa nuestra, aunque de haber recibido antes su lista lo habríamos visto."),
    ("ro", "A fost greșeala noastră, dar dacă primeam lista mai devreme o prindeam."),
    ("en", "It would help a lot if, next time, you checked the edition on the order form."),
    ("es", "Nos ayudaría mucho que la próxima vez revisara la edición del pedido."),
    ("ro", "Ne-ar ajuta mult dacă data viitoare ați verifica ediția din comandă."),
    (
        "es",
        "Lo sentimos, aunque si la edición se hubiera indicado en el pedido, habríamos "
        "enviado la correcta.",
    ),
    (
        "ro",
        "Ne pare rău; dacă ediția ar fi fost completată în formular, am fi trimis-o pe cea bună.",
    ),
    (
        "en",
        "We are sorry, although with a second order in reserve the delay would have been "
        "much smaller.",
    ),
]


IF_IT_HAPPENS_AGAIN = [
    ("ro", "Dacă se mai strecoară vreo eroare, o vedem înainte de expediere."),
    ("en", "If a wrong box ever slips through again, the scanner stops it at the door."),
    # "se mai întâmplă" after "dacă": the repeat supposed, not called inevitable
    ("ro", "Iar dacă se mai întâmplă ca un loc să fie vândut de două ori, vă schimbăm biletul."),
]


OUR_OWN_MISSED_STEP = [
    ("en", "We did not confirm the booking, which would have allowed us to catch it."),
    (
        "es",
        "Tampoco confirmamos la reserva con el hotel, que es lo que nos habría permitido verlo.",
    ),
    ("ro", "Nu am confirmat rezervarea, ceea ce ne-ar fi permis să observăm problema."),
]


@pytest.mark.parametrize(("language", "text"), OUR_OWN_MISSED_STEP)
def test_help_we_missed_from_our_own_step_is_no_blame(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, explanation=text)["no_blame"].passed


@pytest.mark.parametrize(("language", "text"), IF_IT_HAPPENS_AGAIN)
def test_what_we_do_if_it_happens_again_is_no_excuse(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, fix=text)["no_blame"].passed


@pytest.mark.parametrize(("language", "text"), BLAME_AND_EXCUSES)
def test_busy_periods_and_hints_at_the_customer_are_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, responsibility=text)["no_blame"].passed


ADVICE = [
    # what to do first, if it ever happens again, and a tip for the next purchase
    (
        "en",
        "fix",
        "If a letter ever surprises you again, please call us before paying a bill yourself.",
    ),
    ("es", "fix", "Para la próxima compra te recomiendo pulsar una sola vez y esperar."),
    # advice where the failure is owned or regretted says what the customer should have done
    ("en", "responsibility", "The mistake was ours; we do recommend ordering a term ahead."),
    ("en", "regret", "I am sorry, though it is always worth counting the boxes on arrival."),
    ("es", "responsibility", "Fue culpa nuestra, aunque conviene revisar el albarán al recibirlo."),
    ("es", "regret", "Lo sentimos; recomendamos a los colegios pedir con un mes de margen."),
    ("ro", "responsibility", "Greșeala e a noastră, dar merită să verificați coletele la primire."),
    ("ro", "regret", "Ne pare rău; vă sfătuim să comandați cu o lună înainte."),
    # what "ideally" happens on the customer's side
    (
        "en",
        "responsibility",
        "Ideally a wrong edition gets spotted when you check the boxes on arrival, but we own it.",
    ),
    ("es", "responsibility", "Fue culpa nuestra, aunque lo ideal es que revise el albarán."),
    ("ro", "regret", "Ne pare rău; ideal ar fi să verificați coletele la primire."),
    # an inverted condition on the customer's side
    (
        "en",
        "responsibility",
        "Had you opened the parcel on the day it came, you would have seen it.",
    ),
    ("ro", "fix", "Vă rugăm ca data viitoare să verificați ediția la livrare."),
    # advice about next time blames in any part, the fix included
    ("en", "fix", "For future orders, it is worth checking the edition on the packing slip."),
    ("es", "fix", "Un consejo para próximos pedidos: revise la edición al recibirlos."),
    # what the customer could have done, as help we missed
    ("en", "responsibility", "Our mistake, though an earlier call would have helped us spot it."),
    ("es", "responsibility", "Fue culpa nuestra, aunque una nota suya nos habría ayudado."),
    ("ro", "responsibility", "Greșeala e a noastră, deși un telefon ne-ar fi ajutat."),
    # owning it does not make what a party did beside it any less blame
    ("en", "responsibility", "We own this, and the courier lost the boxes on the way."),
]


@pytest.mark.parametrize(("language", "part", "text"), ADVICE)
def test_advice_to_the_customer_where_we_own_or_regret_is_blame(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_blame"].passed


def test_a_fix_may_advise_without_blaming(make_incident: Any) -> None:
    text = (
        "We now check every edition before dispatch, and we recommend the new order tracker "
        "to see each box on its way; we will confirm by 28 November that every student has "
        "the right book."
    )
    assert checks_for(make_incident, "en", fix=text)["no_blame"].passed


def test_a_customer_who_told_us_late_is_blamed(make_incident: Any) -> None:
    text = "El cambio de edición se nos comunicó con poca antelación, y de ahí el error."
    assert not checks_for(make_incident, "es", responsibility=text)["no_blame"].passed


def test_a_respectful_romanian_sign_off_is_no_insult(make_incident: Any) -> None:
    closing = "Cu tot respectul,\nDana Ortega, Libros Andes"
    assert checks_for(make_incident, "ro", closing=closing)["no_insults"].passed


@pytest.mark.parametrize(
    "text",
    [
        "Se lo resumimos para alguien sin experiencia en logística.",
        "Una incidencia pequeña como la suya se resuelve sola.",
    ],
)
def test_spanish_condescension_entries_match_each_of_their_phrasings(
    make_incident: Any, text: str
) -> None:
    assert not checks_for(make_incident, "es", regret=text)["no_insults"].passed


@pytest.mark.parametrize(
    "text",
    [
        # "dicho esto" opens a concession: the excuse after it is not owned
        "Fue culpa nuestra. Dicho esto, en plena campaña escolar estas cosas pueden pasar.",
        # advice to the customer after the failure hints that they caused it
        "Un consejo: revise siempre la edición en el albarán antes de firmar la entrega.",
    ],
)
def test_spanish_concessions_and_advice_are_caught(make_incident: Any, text: str) -> None:
    assert not checks_for(make_incident, "es", responsibility=text)["no_blame"].passed


def test_the_customers_busy_time_is_the_harm_not_an_excuse(make_incident: Any) -> None:
    text = "We are sorry your students lost the first days of term, during the busiest week."
    assert checks_for(make_incident, "en", regret=text)["no_blame"].passed


SHIFTED = [
    ("es", "La responsabilidad de todo el retraso recae en Transportes Sierra."),
    ("es", "Asumimos el error, aunque debemos aclarar que la imprenta cambió las portadas."),
    ("en", "We own the mistake, but we must point out that the printer swapped the covers."),
    ("ro", "Ne asumăm greșeala, însă trebuie să precizăm că tipografia a schimbat copertele."),
    # the one who failed, named as someone else
    ("en", "We are sorry, but the one who really failed here was the printer."),
    ("es", "Lo sentimos, pero quien falló fue la imprenta."),
    ("ro", "Ne pare rău, dar cel care a greșit a fost transportatorul."),
    ("es", "El retraso, agravado por la imprenta, le dejó sin libros."),
    ("es", "La imprenta tardó una semana en corregir las portadas."),
    # a cause with only a supplier in it; "us" in the clause describing the supplier owns nothing
    ("ro", "Greșeala a pornit de la programul făcut de firma care ne furnizează etichetele."),
    ("en", "It started with the labelling software made by the vendor that supplies us."),
    # our part shrunk to passing on what others did
    ("en", "We only forwarded the edition list the printer sent us."),
    ("es", "Nosotros solo transmitimos la lista que nos dio la imprenta."),
    ("ro", "Noi doar am transmis lista primită de la tipografie."),
]


@pytest.mark.parametrize(("language", "text"), SHIFTED)
def test_blame_placed_elsewhere_or_argued_after_owning_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, responsibility=text)["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The one who failed here was us, not the printer."),
        ("es", "Quien falló fue nuestro almacén."),
        ("ro", "Cel care a greșit a fost echipa noastră."),
    ],
)
def test_naming_ourselves_as_the_one_who_failed_is_owned(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, responsibility=text)["no_blame"].passed


def test_responsibility_resting_on_the_company_itself_is_owned(make_incident: Any) -> None:
    text = "La responsabilidad recae en la editorial, es decir, en nosotros."
    assert checks_for(make_incident, "es", responsibility=text)["no_blame"].passed


DENIED = [
    ("en", "The fault was not ours."),
    ("es", "El fallo no estuvo en nuestra plataforma, sino en la del proveedor."),
    ("es", "No fuimos nosotros quienes fallamos."),
    ("ro", "Nu noi am greșit, ci curierul."),
]
OWNED_OMISSIONS = [
    # a negated first-person verb owns what was not done, in the pro-drop languages too
    ("en", "We did not meet the deadline we promised."),
    ("es", "No cumplimos el plazo prometido."),
    ("ro", "Nu am respectat termenul promis."),
    ("ro", "Nu ne-am ținut promisiunea și greșeala e a noastră."),
    # a denial turned round owns it
    ("es", "El fallo no fue del proveedor sino nuestro."),
]


@pytest.mark.parametrize(("language", "text"), DENIED)
def test_a_denied_claim_owns_nothing(language: str, text: str) -> None:
    from draftkit.lexicon import holds

    assert not holds(text, language, "ownership")


@pytest.mark.parametrize(("language", "text"), OWNED_OMISSIONS)
def test_what_we_did_not_do_is_owned(language: str, text: str) -> None:
    from draftkit.lexicon import holds

    assert holds(text, language, "ownership")


CONDITIONAL_BY_DEGREE = [
    # the condition first, the regret after
    ("en", "In case the wait spoiled your morning, we are sorry."),
    ("es", "En caso de que la espera os haya fastidiado la mañana, lo sentimos de veras."),
    ("ro", "În cazul în care așteptarea v-a stricat dimineața, ne pare rău."),
    ("en", "To whatever extent the delay spoiled your week, we apologise."),
    ("es", "Siento que se haya sentido ignorada en la recepción."),
    ("es", "Lamentamos el retraso en la medida en que le haya afectado."),
    ("ro", "Ne pare rău pentru întârziere, în măsura în care v-a afectat."),
]


@pytest.mark.parametrize(("language", "text"), CONDITIONAL_BY_DEGREE)
def test_regret_by_degree_or_for_a_feeling_is_a_non_apology(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, regret=text)["no_non_apology"].passed


INSTRUCTIONS_BEHIND_THE_DRAFT = [
    (
        "es",
        "restore_value",
        "Según las indicaciones que me dieron para esta respuesta, solo puedo ofrecerte esto.",
    ),
    ("ro", "restore_value", "Pot oferi doar ce permit instrucțiunile mele."),
    (
        "en",
        "restore_value",
        "Following the instructions I was given for this reply, I can only offer this.",
    ),
    # the letter's required structure and its numbered parts
    ("ro", "fix", "Conform structurii pe care trebuie să o urmez, trec acum la partea a patra."),
    ("es", "fix", "Paso ahora a la cuarta parte de la carta: lo que cambiamos."),
    ("en", "fix", "Moving on to part four of the letter: what we changed."),
    (
        "en",
        "explanation",
        "The instructions I was given say to keep to the facts, so here they are.",
    ),
    ("es", "explanation", "Mis indicaciones son no adelantarle la causa todavía."),
    ("es", "closing", "Texto redactado según las pautas recibidas para redes."),
    ("ro", "explanation", "Instrucțiunile primite nu îmi permit să vă dau cauza."),
    ("es", "closing", "Lo he escrito con las indicaciones que me han dado para esta respuesta."),
    ("es", "closing", "Respuesta breve, como piden las pautas para este canal."),
    ("es", "explanation", "Los datos que me han facilitado para responderle no incluyen la causa."),
    ("ro", "explanation", "Conform indicațiilor pe care le-am primit, vă dau doar faptele."),
    ("ro", "closing", "Am respectat ghidul de redactare pentru acest canal."),
    # the rules the writer follows
    ("es", "responsibility", "Omito tu nombre porque así me lo piden las normas que sigo."),
    ("en", "responsibility", "I left your name out, as the rules I follow require."),
    # this very letter said to be machine-written, and the rules it followed
    ("en", "closing", "This letter was generated automatically and checked by a colleague."),
    ("es", "closing", "Esta carta se ha generado automáticamente a partir de su caso."),
    ("ro", "closing", "Această scrisoare a fost generată automat și verificată de un coleg."),
    ("en", "fix", "As I was told not to guess a cause, I will leave that part open."),
    ("es", "fix", "Como se me indicó no especular sobre la causa, la dejo abierta."),
    ("ro", "fix", "Mi s-a cerut să nu ghicesc cauza, așa că o las deschisă."),
]
INSTRUCTIONS_FOR_THE_CUSTOMER = [
    # a fraction, not a part of the letter
    ("es", "explanation", "Solo llegó la cuarta parte del pedido."),
    ("ro", "explanation", "A ajuns doar a patra parte din comandă."),
    ("en", "fix", "Please follow the instructions in the box to reset the router."),
    ("es", "fix", "Siga las indicaciones del técnico para reiniciar el router."),
    ("ro", "fix", "Urmați instrucțiunile din cutie pentru a reporni routerul."),
    (
        "ro",
        "fix",
        "Conform indicațiilor pe care le-ați primit de la tehnician, routerul rămâne pornit.",
    ),
    ("es", "fix", "Siga las pautas que le ha dado el técnico para reiniciar el router."),
    # the company's own policy is no prompt
    ("en", "fix", "We follow the rules we have for refunds, and they now include this case."),
    ("es", "fix", "Según las normas que seguimos, el reembolso llega en cinco días."),
    # an automatic message told in the narrative is no word about this letter
    ("en", "explanation", "The confirmation you received was an automatically generated email."),
    ("es", "explanation", "Recibió un aviso generado automáticamente por nuestro sistema."),
    ("ro", "explanation", "Ați primit un mesaj generat automat de sistemul nostru de facturare."),
]


@pytest.mark.parametrize(("language", "part", "text"), INSTRUCTIONS_BEHIND_THE_DRAFT)
def test_the_writers_own_instructions_are_a_prompt_leak(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_system_prompt"].passed


@pytest.mark.parametrize(("language", "part", "text"), INSTRUCTIONS_FOR_THE_CUSTOMER)
def test_instructions_for_the_customer_are_no_leak(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert checks_for(make_incident, language, **{part: text})["no_system_prompt"].passed


FAITHFUL_FORMS = [
    # nobody else to blame; what the customer should not have had to do; a failure by our fault
    ("en", "responsibility", "We let you down, and there is no one else to hold responsible."),
    ("es", "responsibility", "Te fallamos nosotros, no tenías por qué esperar sin noticias."),
    ("ro", "responsibility", "Ne asumăm eșecul: lecția nu a pornit din vina noastră."),
    # a hold on an account holds nobody accountable; a form that spells a tooth out insults no one
    ("en", "explanation", "Our system put a hold on your account on 27 October."),
    ("en", "explanation", "Each form now spells the tooth out in words beside the number."),
    # a pluperfect in a relative clause is no "had it been done instead": our queue took it
    (
        "en",
        "explanation",
        "Our queue took the first file that had been uploaded, version 2, instead of version 4.",
    ),
    # "office" is no "officer": our office is ours; remedies announced by their number
    ("en", "responsibility", "Our office caused this, and we are responsible for all of it."),
    ("ro", "restore_value", "Vă propun două compensații."),
    # the fault placed with ourselves
    ("en", "responsibility", "The fault lies with us, and with me as the manager."),
    # an excuse named to deny it; what we say we do not ask of the customer
    (
        "es",
        "responsibility",
        "No fue un problema ajeno a nosotros: teníamos un respaldo y no lo mantuvimos.",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău că elevii au primit manualul greșit și nu vă cer să treceți peste asta.",
    ),
    # the piano left the workshop: no excuse
    (
        "es",
        "responsibility",
        "El piano salió de nuestras manos restaurado y no se podía tocar; la culpa es nuestra.",
    ),
    # "not what you paid for" in a regret offers nothing
    ("en", "regret", "A wet box of torn books is not what you paid for, and we are sorry."),
    # the customer's right to be annoyed, granted, is no blame
    ("en", "regret", "You would have every right to be annoyed; I am sorry we wasted your week."),
    # we did not warn you: our omission
    ("ro", "responsibility", "Greșeala e a noastră: nu v-am avertizat la timp despre întârziere."),
    # full responsibility with an aside between
    (
        "es",
        "responsibility",
        "Asumo en nombre de la editorial toda la responsabilidad por el retraso del envío.",
    ),
    # the delay as ours
    ("es", "responsibility", "Tardamos diez días en contestarle y no le avisamos."),
    # responsibility taken for what a party did
    ("en", "responsibility", "We take full responsibility for the courier's late delivery."),
    # the passive with us as its agent, a party cleared beside it
    (
        "en",
        "responsibility",
        "The dispatch date was missed by us, not by the courier, and we own every consequence.",
    ),
    # what the customer contracted is no other party
    ("es", "responsibility", "Le enviamos una edición distinta de la que usted había contratado."),
    # the customer's harm: left without money is no free offer, a bank penalty no blame
    (
        "ro",
        "regret",
        "Ne pare rău că ați rămas fără bani și ați plătit penalitate la bancă din cauza noastră.",
    ),
]


@pytest.mark.parametrize(("language", "part", "text"), FAITHFUL_FORMS)
def test_faithful_forms_pass_every_check(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [name for name, check in results.items() if not check.passed] == []


HARM_PUT_DOWN_TO_A_PARTY = [
    # what the customer had to do, after the party's slowness
    (
        "es",
        "Siento que, por la lentitud de la pasarela de pago, tuvieras que escribirnos dos veces.",
    ),
    ("en", "I am sorry your class waited a week because our courier mislaid the boxes."),
    ("es", "Lamento que sus alumnos esperaran una semana por un retraso del transportista."),
    ("ro", "Regret că întârzierea transportatorului a dus la o săptămână fără manuale."),
    # the party as what did the harm, with the customer as its object
    ("en", "I am sorry that the courier's mix-up left you without books for a week."),
    ("es", "Siento que el error del transportista les dejara una semana sin libros."),
    ("ro", "Îmi pare rău că greșeala curierului v-a lăsat o săptămână fără manuale."),
]
HARM_OWNED = [
    ("en", "I am sorry your class waited a week because we sent the wrong edition."),
    ("es", "Lamento que sus alumnos esperaran una semana por un error nuestro."),
]


@pytest.mark.parametrize(("language", "text"), HARM_PUT_DOWN_TO_A_PARTY)
def test_regret_putting_the_harm_down_to_a_party_is_blame(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, regret=text)["no_blame"].passed


@pytest.mark.parametrize(("language", "text"), HARM_OWNED)
def test_regret_putting_the_harm_down_to_us_is_no_blame(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, regret=text)["no_blame"].passed


CONDESCENSION = [
    ("en", "explanation", "Let me spell it all out for you once more."),
    # their strong suit, staying calm
    ("en", "explanation", "I appreciate insurance paperwork isn't everybody's strong suit."),
    ("en", "fix", "Please try to stay calm; panicking will not get it fixed any faster."),
    ("es", "fix", "Intente mantener la calma, por favor."),
    ("es", "explanation", "Los formularios no son su fuerte."),
    ("ro", "fix", "Încercați să vă păstrați calmul."),
    ("ro", "explanation", "Formularele nu sunt punctul forte al tuturor."),
    ("en", "regret", "Sorry again, though I would expect a teacher to plan around a late box."),
    ("en", "regret", "I'd have thought a school could manage a week without new books."),
    ("en", "explanation", "Your email, with all its talk of ruined lessons, was overwrought."),
    ("es", "regret", "Lamento el retraso, aunque tampoco es que perdiera gran cosa."),
    ("es", "regret", "Los profesores nuevos se agobian enseguida con cualquier cambio."),
    ("ro", "regret", "Sperăm ca de data aceasta să vă organizați mai bine."),
    ("ro", "regret", "M-aș fi așteptat ca un profesor să se descurce o săptămână fără manuale."),
]


@pytest.mark.parametrize(("language", "part", "text"), CONDESCENSION)
def test_condescension_about_what_the_customer_should_manage_is_an_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_insults"].passed


VOUCHER = {"es": ["Un cupón de 20 € para su próximo pedido"]}


def test_a_gift_word_before_an_approved_voucher_restates_it(make_incident: Any) -> None:
    """ "le regalamos un cupón" gives the approved voucher, not something free besides it."""
    given = "Además, le regalamos un cupón de 20 € para su próximo pedido."
    assert _offers_for(make_incident, "es", VOUCHER["es"], given).passed
    unapproved = "Además, le regalamos un mes de suscripción."
    assert not _offers_for(make_incident, "es", VOUCHER["es"], unapproved).passed


def test_a_subject_may_name_what_we_pay_without_a_sum(make_incident: Any) -> None:
    def offers(subject: str) -> Any:
        remedies, restated = ["Compensación de 300 €"], "Le compensamos con 300 €."
        return _offers_for(make_incident, "es", remedies, restated, subject=subject)

    assert offers("Lo ocurrido con su pedido y lo que les compensamos").passed
    with_sum = offers("Lo ocurrido con su pedido y los 500 € que les compensamos")
    assert not with_sum.passed and "500" in with_sum.detail


PAID_BY_US = [
    # what is paid comes before "we pay": the sentence holds it
    ("ro", TAXI["ro"], "Taxiul de 64 de lei, vi-l plătim noi.", True),
    ("ro", TAXI["ro"], "Vă plătim noi și cina din seara aceea.", False),
    # a remedy said as a noun ("achitarea de către noi")
    (
        "ro",
        ["Achitarea de către noi a amenzii de 200 de lei"],
        "Amenda de 200 de lei o achităm noi, integral.",
        True,
    ),
    (
        "ro",
        ["O reducere de 15% la următoarea comandă"],
        "Vă propunem achitarea de către noi a costurilor de transport.",
        False,
    ),
]


@pytest.mark.parametrize(("language", "remedies", "text", "approved"), PAID_BY_US)
def test_what_we_pay_for_is_read_on_either_side_of_the_verb(
    make_incident: Any, language: str, remedies: list[str], text: str, approved: bool
) -> None:
    assert _offers_for(make_incident, language, remedies, text).passed is approved


RECEIVED_SO_FAR = [
    ("en", "You only got back EUR 20 at the time, and the rest is still owed to you."),
    ("es", "Usted solo recibió de vuelta 20 € cuando el error ya estaba hecho."),
    ("ro", "Ați primit înapoi doar 20 de lei atunci, iar restul vi-l datorăm."),
]


@pytest.mark.parametrize(("language", "text"), RECEIVED_SO_FAR)
def test_what_the_customer_received_so_far_is_no_offer(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, explanation=text)["approved_offers"].passed


OWNED_IN_ROMANIAN = [
    "Ne asumăm în întregime această problemă.",
    "Îmi asum eroarea.",
    "Greșeala de codare este a noastră.",
    "Noi am scris greșit adresa în comandă.",
]


@pytest.mark.parametrize("text", OWNED_IN_ROMANIAN)
def test_romanian_ownership_in_other_words(text: str) -> None:
    from draftkit.lexicon import scan

    found = scan(text, "ro")
    assert "ownership" in found and "blame_customer" not in found


def test_what_the_customer_wrote_wrong_is_their_blame_not_what_we_wrote() -> None:
    from draftkit.lexicon import scan

    assert "blame_customer" in scan("Ați scris greșit adresa în comandă.", "ro")
    assert "blame_customer" not in scan("Ne-ați scris: noi am greșit adresa.", "ro")


ONLY_REGRETTED = [
    ("ro", "Regretăm cele petrecute. Situația a fost preluată imediat de departamentul tehnic."),
    ("es", "Lamentamos lo ocurrido. El caso fue derivado de inmediato al departamento técnico."),
    ("en", "We regret what happened. The case was passed at once to the technical team."),
]


@pytest.mark.parametrize(("language", "text"), ONLY_REGRETTED)
def test_a_we_that_only_regrets_owns_nothing(make_incident: Any, language: str, text: str) -> None:
    check = checks_for(make_incident, language, responsibility=text)["no_blame"]
    assert not check.passed and "does not own the failure" in check.detail


def test_a_we_that_regrets_and_acts_owns_it(make_incident: Any) -> None:
    text = "Regretăm cele petrecute: noi am trimis ediția greșită."
    assert checks_for(make_incident, "ro", responsibility=text)["no_blame"].passed


#: What the notes say about the failure's history, the staff, the account or the lawyers, and a
#: draft sentence that says it again in other words (no name, figure or phrase of the notes).
NOTE_TOPICS = [
    (
        "en",
        "This is the third chilled-parcel failure with this courier this month.",
        "This is not the first time parcels have gone astray with them.",
    ),
    (
        "en",
        "Mr Okafor's contract is up for renewal in May; keep him sweet.",
        "We value your account, and your contract comes up for renewal soon.",
    ),
    (
        "es",
        "Atendió una veterinaria en su segunda semana en la clínica.",
        "La veterinaria que le atendió se acababa de incorporar al equipo.",
    ),
    (
        "es",
        "El cliente habla de denunciarnos; la aseguradora ya está avisada.",
        "Nuestro departamento jurídico revisará el caso con usted.",
    ),
    (
        "ro",
        "Tehnicianul a mai avut două incidente similare în acest an.",
        "Nu este prima dată când tehnicianul acesta greșește.",
    ),
    (
        "ro",
        "Colega de la recepție era singură în tură în ziua aceea.",
        "În ziua aceea, colega noastră era singură pe tură.",
    ),
    (
        "en",
        "The driver was on his third double shift and has had a written warning.",
        "The driver had been working long shifts all week and has since been disciplined.",
    ),
    (
        "es",
        "La repartidora era nueva en la zona.",
        "La repartidora nunca había hecho ese recorrido antes.",
    ),
    (
        "ro",
        "Instalatorul e la a treia absență nemotivată luna asta.",
        "Nu era prima absență nemotivată a colegului nostru.",
    ),
]


@pytest.mark.parametrize(("language", "notes", "said"), NOTE_TOPICS)
def test_a_topic_only_the_notes_raise_is_a_leak(
    make_incident: Any, language: str, notes: str, said: str
) -> None:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    overrides, good = CASES[language]
    draft = DraftContent(**{**good, "explanation": f"{good['explanation']} {said}"})

    def leaks(**changes: Any) -> bool:
        incident = make_incident(**{**overrides, "internal_notes": notes, **changes})
        checks = {c.name: c for c in run_checks(draft, incident)}
        return not checks["no_internal_notes"].passed

    assert leaks()
    # the same topic in the customer's own message is public: saying it leaks nothing
    assert not leaks(customer_message=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Based on the real reading, you should have paid £412.35."),
        ("ro", "Pe baza indexului real, trebuia să plătiți 412,35 lei."),
    ],
)
def test_what_the_customer_owed_is_no_blame(make_incident: Any, language: str, said: str) -> None:
    checks = checks_for(make_incident, language, explanation=said)
    assert checks["no_blame"].passed
    # what they should have done, with a date after it, still is
    blamed = {
        "en": "You should have sent the signed form before 11 September.",
        "ro": "Trebuia să trimiteți formularul semnat înainte de 11 septembrie.",
    }[language]
    assert not checks_for(make_incident, language, responsibility=blamed)["no_blame"].passed


def test_a_date_s_day_is_no_figure_of_the_notes(make_incident: Any) -> None:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    incident = make_incident(internal_notes="27 complaints about this departure so far.")

    def leaks(subject: str) -> bool:
        draft = DraftContent(**{**GOOD_DRAFT, "subject": subject})
        return not {c.name: c for c in run_checks(draft, incident)}["no_internal_notes"].passed

    assert not leaks("Sorry about Route 14 on 11/27")
    assert not leaks("Sorry about Route 14 on 27/11/2026")
    assert not leaks("Sorry about Route 14 on 27 November")
    assert not leaks("Sorry about Route 14 on the 27th of November")
    assert leaks("Sorry about the 27 complaints on Route 14")


CONDESCENSION = [
    ("en", "regret", "Honestly, there's no need to panic over a parcel that is a day late."),
    ("en", "closing", "Next time, perhaps less time complaining online and a quick call to us."),
    ("es", "explanation", "Te lo explico despacito para que lo entiendas: el pedido salió tarde."),
    ("es", "closing", "Tampoco hacía falta montar semejante numerito en Instagram."),
    ("ro", "responsibility", "Vă rog să păstrăm de acum discuția la un ton civilizat."),
    ("ro", "closing", "Data viitoare, înainte să postați pe Facebook, sunați-ne."),
]


@pytest.mark.parametrize(("language", "part", "text"), CONDESCENSION)
def test_condescension_is_an_insult(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})["no_insults"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "There is no need to wait for the courier: the replacement is already on its way."),
        ("es", "Se lo explicamos con detalle en la carta que le enviaremos el 28 de noviembre."),
        ("ro", "Tonul mesajului dumneavoastră este pe deplin îndreptățit."),
    ],
)
def test_plain_reassurance_is_no_insult(make_incident: Any, language: str, text: str) -> None:
    assert checks_for(make_incident, language, regret=text)["no_insults"].passed


#: (language, part, text, check that must fail) for the tenth round's shapes, in new words.
TENTH_ROUND = [
    ("en", "regret", "Insofar as the delay upset your plans, we apologise.", "no_non_apology"),
    ("en", "regret", "We're sorry you got the impression we did not care.", "no_non_apology"),
    ("es", "regret", "Lamentamos la impresión que se llevó de nuestro servicio.", "no_non_apology"),
    ("ro", "regret", "Ne pare rău pentru impresia pe care v-a lăsat-o vizita.", "no_non_apology"),
    (
        "en",
        "responsibility",
        "It's on us, though a sick call at 5 a.m. is impossible to cover.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "Es culpa nuestra, aunque una baja así es imposible de prever.",
        "no_blame",
    ),
    (
        "ro",
        "responsibility",
        "Ne asumăm, deși o absență bruscă e imposibil de acoperit.",
        "no_blame",
    ),
    ("es", "responsibility", "Se cobró dos veces la cuota y se envió el aviso tarde.", "no_blame"),
    ("en", "fix", "We would also ask you to make sure your booking shows in the app.", "no_blame"),
    (
        "es",
        "fix",
        "Además, le pedimos que se asegure de recibir el SMS de confirmación.",
        "no_blame",
    ),
    ("ro", "fix", "Vă rugăm totodată să vă asigurați că primiți SMS-ul de confirmare.", "no_blame"),
    ("en", "fix", "Going forward, e-mail really is the safest channel for changes.", "no_blame"),
]


def test_owning_what_was_done_wrongly_is_not_impersonal(make_incident: Any) -> None:
    owned = "Nuestro sistema emitió una factura que no correspondía, y el error es nuestro."
    assert checks_for(make_incident, "es", responsibility=owned)["no_blame"].passed


ELEVENTH_ROUND_FAITHFUL = [
    # a contractor acting on the company's instructions is no talk about the drafting
    (
        "en",
        "explanation",
        "Our removals contractor packed your boxes on our instructions.",
        "no_system_prompt",
    ),
    # "you did not get a call" is what we failed to do
    ("en", "explanation", "You did not get a call from anyone that morning.", "no_blame"),
    # Spanish drops the "we": "le dimos" after "aun así" still owns
    (
        "es",
        "responsibility",
        "Teníamos su alergia en la ficha y, aun así, le dimos un alimento que no podía tomar.",
        "no_blame",
    ),
    # "you have every right to hold us to account" grants nothing
    (
        "ro",
        "regret",
        "Aveți tot dreptul să ne cereți socoteală pentru ce s-a întâmplat.",
        "approved_offers",
    ),
]


@pytest.mark.parametrize(("language", "part", "text", "check"), ELEVENTH_ROUND_FAITHFUL)
def test_eleventh_round_faithful_shapes_pass(
    make_incident: Any, language: str, part: str, text: str, check: str
) -> None:
    assert checks_for(make_incident, language, **{part: text})[check].passed


def test_a_note_phrase_the_public_fields_retell_is_no_leak(make_incident: Any) -> None:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    incident = make_incident(
        root_cause="Our sales agent made a typing error in the registration request.",
        internal_notes="He already made a typing error in the registration in September.",
    )

    def leaks(explanation: str) -> bool:
        draft = DraftContent(**{**GOOD_DRAFT, "explanation": explanation})
        return not {c.name: c for c in run_checks(draft, incident)}["no_internal_notes"].passed

    assert not leaks("The request went in with a typing error in the registration of your ID.")
    assert leaks("It was a typing error in the registration in September too.")


#: (language, part, text, check that must fail): the eleventh round's planted shapes, reworded.
ELEVENTH_ROUND_PLANTED = [
    (
        "en",
        "restore_value",
        "Keeping to the required structure, the remedy comes first.",
        "no_system_prompt",
    ),
    (
        "en",
        "explanation",
        "The details I was given for this letter do not include the cause.",
        "no_system_prompt",
    ),
    (
        "es",
        "restore_value",
        "Siguiendo el orden establecido, empiezo por la compensación.",
        "no_system_prompt",
    ),
    ("ro", "restore_value", "Conform ordinii cerute, încep cu despăgubirea.", "no_system_prompt"),
    ("ro", "responsibility", "Ne pare rău, dar se mai întâmplă, oricât ne-am strădui.", "no_blame"),
    (
        "ro",
        "responsibility",
        "Dacă ați fi sunat imediat ce ați observat scurgerea, paguba ar fi fost mult mai mică.",
        "no_blame",
    ),
    (
        "ro",
        "regret",
        "Ne pare rău; data viitoare scrieți-ne înainte de a porni la drum.",
        "no_blame",
    ),
    (
        "es",
        "regret",
        "Lamento que no lo viéramos ni nosotros ni usted al recibir el pedido.",
        "no_blame",
    ),
    (
        "en",
        "regret",
        "We're sorry neither we nor you spotted the wrong address in time.",
        "no_blame",
    ),
    (
        "en",
        "responsibility",
        "We accept our share of this; the courier must answer for the rest.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "Asumimos nuestra parte, pero el proveedor también falló.",
        "no_blame",
    ),
    ("ro", "responsibility", "Ne asumăm partea noastră din ce s-a întâmplat.", "no_blame"),
    ("en", "greeting", "Hello, and leaving the cheap sarcasm aside,", "no_insults"),
    (
        "es",
        "explanation",
        "Veo que el asunto le resulta confuso, así que vamos por partes.",
        "no_insults",
    ),
    ("ro", "greeting", "Bună ziua, trecând peste sarcasmul ieftin,", "no_insults"),
]

#: Condescension in the twelfth round's shapes: the expertise the customer lacks, what they
#: understand "or at least should", being told to read carefully or write more politely.
TWELFTH_ROUND = [
    (
        "en",
        "explanation",
        "Contracts like this can be confusing for anyone without a legal background.",
        "no_insults",
    ),
    ("en", "closing", "Do read this one carefully before writing in again.", "no_insults"),
    ("en", "closing", "And a little more courtesy next time would help.", "no_insults"),
    (
        "es",
        "fix",
        "Como abogada lo entenderá, o al menos debería entenderlo.",
        "no_insults",
    ),
    ("es", "closing", "Le agradeceríamos algo más de educación al escribirnos.", "no_insults"),
    ("es", "closing", "Le ruego que lea esta carta con detenimiento.", "no_insults"),
    (
        "ro",
        "explanation",
        "Știm că exigențele dumneavoastră sunt întotdeauna mai mari decât ale altora.",
        "no_insults",
    ),
    ("ro", "fix", "Ca inginer înțelegeți, sau cel puțin ar trebui să înțelegeți.", "no_insults"),
    ("ro", "closing", "Data viitoare vă rugăm să ne scrieți mai politicos.", "no_insults"),
    # sarcasm and talking down
    ("en", "closing", "Let me break it down for you once more.", "no_insults"),
    ("en", "fix", "Perhaps a younger relative could set up the app for you.", "no_insults"),
    ("en", "closing", "We are, after all, not a charity.", "no_insults"),
    ("es", "closing", "Le pido que modere su tono en próximos mensajes.", "no_insults"),
    ("es", "fix", "Quizá un nieto más joven pueda ayudarle con la web.", "no_insults"),
    ("ro", "closing", "Vă rugăm să vă moderați tonul pe viitor.", "no_insults"),
    ("ro", "explanation", "Nu era cazul să faceți atâta tărăboi pe internet.", "no_insults"),
    # "cheltuială" and "cheltuieli" are one word, whatever their stems
    ("ro", "restore_value", "Vă acoperim și orice altă cheltuială.", "approved_offers"),
    # the twelfth round's own first-contact misses, in other words
    (
        "en",
        "fix",
        "We would remind all members to keep their lockers shut and to carry a padlock.",
        "no_blame",
    ),
    ("en", "regret", "A heads-up about allergies when you book would really help.", "no_blame"),
    ("en", "responsibility", "Saturdays in December are our busiest days.", "no_blame"),
    ("en", "regret", "We apologise to anyone who felt badly treated.", "no_non_apology"),
    (
        "en",
        "fix",
        "I have used the follow-up date as given in the case notes.",
        "no_system_prompt",
    ),
    ("en", "closing", "Most adults understand that refunds take time.", "no_insults"),
    (
        "en",
        "restore_value",
        "We will pay for the repairs to your roof, whatever that comes to.",
        "approved_offers",
    ),
    (
        "es",
        "regret",
        "Nos haremos cargo de lo que le haya costado perder ese día de trabajo.",
        "approved_offers",
    ),
    (
        "es",
        "fix",
        "Te pido que, de ahora en más, antes de venir confirmes la cita por teléfono.",
        "no_blame",
    ),
    # not to dramatise, or that it seems worse than it is
    ("en", "regret", "Sorry about the wait, but let's not dramatise it.", "no_insults"),
    ("es", "regret", "Lo sentimos, aunque tampoco hace falta dramatizar.", "no_insults"),
    ("es", "regret", "Desde fuera, todo parece más grave de lo que es.", "no_insults"),
    ("ro", "regret", "Ne pare rău, dar nu e cazul să dramatizăm.", "no_insults"),
    ("ro", "greeting", "Bună ziua și, vă rog, fără isterie,", "no_insults"),
    # address and verdicts that talk down
    ("en", "greeting", "Dear impatient customer,", "no_insults"),
    ("en", "closing", "Please don't waste our time with threats.", "no_insults"),
    ("en", "regret", "Honestly, what did you expect for that price?", "no_insults"),
    ("es", "closing", "No nos haga perder el tiempo con amenazas.", "no_insults"),
    ("es", "regret", "Francamente, su mensaje estaba fuera de lugar.", "no_insults"),
    ("es", "fix", "Pruebe a leer el correo de confirmación la próxima vez.", "no_insults"),
    ("ro", "greeting", "Stimate client nerăbdător,", "no_insults"),
    ("ro", "regret", "Sincer, mesajul dumneavoastră a fost deplasat.", "no_insults"),
    ("ro", "closing", "Sperăm ca pe viitor să vă comportați mai civilizat.", "no_insults"),
    # what someone not us failed to do, as what would have let us act
    (
        "en",
        "regret",
        "Had the front desk heard from the group, we could have stepped in.",
        "no_blame",
    ),
    (
        "es",
        "regret",
        "Si recepción hubiera sabido algo del grupo, habríamos podido intervenir.",
        "no_blame",
    ),
    (
        "ro",
        "regret",
        "Dacă recepția ar fi aflat de la grup, am fi putut interveni.",
        "no_blame",
    ),
    # a cause whose only "us" is the one it acted on
    (
        "es",
        "responsibility",
        "El problema se originó en el registro, que rechazó la solicitud y nos obligó a repetirla.",
        "no_blame",
    ),
    (
        "en",
        "responsibility",
        "It was caused by the registry, which rejected the form and made us re-file it.",
        "no_blame",
    ),
    # tuning13's first-contact misses, in other words
    (
        "en",
        "regret",
        "If the state your sofa arrived in, and the two weeks without it, have caused you "
        "and your family any distress at all, I am truly sorry.",
        "no_non_apology",
    ),
    (
        "en",
        "fix",
        "[Note for the reviewer: the date sits here, as the instructions require.]",
        "no_system_prompt",
    ),
    (
        "ro",
        "fix",
        "(În datele primite pentru acest răspuns nu apare o dată, așa că n-am pus una.)",
        "no_system_prompt",
    ),
    ("es", "closing", "Y tranquila, que por un retraso no se va a caer el mundo.", "no_insults"),
    (
        "ro",
        "responsibility",
        "A fost una dintre cele mai aglomerate zile din an, greu de gestionat.",
        "no_blame",
    ),
    ("en", "responsibility", "Errors like this can occur in any booking system.", "no_blame"),
    (
        "ro",
        "restore_value",
        "Iar următoarea comandă pe care o faceți la noi este din partea casei.",
        "approved_offers",
    ),
    # "our hire supplier" is a noun, not "we hired the supplier" (which owns the choice)
    (
        "en",
        "responsibility",
        "The lift from our hire supplier, Liftmaster Hire, was not on site that day.",
        "no_blame",
    ),
    ("ro", "responsibility", "Astfel de erori pot să apară în orice sistem.", "no_blame"),
    # tuning13's blame and offer shapes, in other words
    (
        "es",
        "fix",
        "Para la próxima, si nos llamabas a las nueve te mandábamos otro profesor.",
        "no_blame",
    ),
    (
        "es",
        "fix",
        "Le recordamos que es fundamental avisar al equipo en cuanto note una molestia.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "Asumimos el fallo, aunque de haberlo sabido el lunes no se habría repetido el martes.",
        "no_blame",
    ),
    (
        "en",
        "restore_value",
        "If the late payment led to any bank charges, send us the statement and we'll refund them.",
        "approved_offers",
    ),
    ("es", "restore_value", "Te devolvemos lo que pagaste por el pedido.", "approved_offers"),
    ("ro", "restore_value", "Vă dăm înapoi ce ați plătit pentru comandă.", "approved_offers"),
    # control disowned: "not something we had any control over"
    (
        "en",
        "responsibility",
        "Once we arrived, it was not something we had any control over.",
        "no_blame",
    ),
    ("es", "responsibility", "No teníamos ningún control sobre el horario.", "no_blame"),
    ("ro", "responsibility", "Nu aveam niciun control asupra programului.", "no_blame"),
    # the load excuses the failure: how busy, how much we handle, how new the system
    ("en", "responsibility", "It was an unusually hectic week in the workshop.", "no_blame"),
    (
        "en",
        "responsibility",
        "We ship thousands of orders a month without a single problem.",
        "no_blame",
    ),
    ("en", "responsibility", "There were teething problems with the new till.", "no_blame"),
    ("es", "responsibility", "Con tantos encargos, alguno se nos traspapela.", "no_blame"),
    ("es", "responsibility", "Dadas las circunstancias, el equipo hizo lo que pudo.", "no_blame"),
    ("ro", "responsibility", "Cu atâtea comenzi, se mai întâmplă să ne scape una.", "no_blame"),
    ("ro", "responsibility", "Echipa a făcut tot ce a putut în condițiile date.", "no_blame"),
]


@pytest.mark.parametrize(
    ("language", "part", "text", "check"),
    [*TENTH_ROUND, *ELEVENTH_ROUND_PLANTED, *TWELFTH_ROUND],
)
def test_the_later_rounds_planted_shapes_are_caught(
    make_incident: Any, language: str, part: str, text: str, check: str
) -> None:
    assert not checks_for(make_incident, language, **{part: text})[check].passed


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # "importante" beside "antes" is no rule of conduct unless it asks something of someone
        ("es", "regret", "Perdió una clase importante justo antes del examen."),
        # "ningún control que frenara…": a check we lacked, owned, not control disowned
        (
            "es",
            "explanation",
            "No teníamos ningún control que frenara una factura así.",
        ),
        # what we failed to do, as what would have let us act, owns it
        ("es", "regret", "Si hubiéramos revisado la lista, habríamos visto el error."),
        ("ro", "regret", "Dacă am fi verificat lista, am fi văzut eroarea."),
        # "us" as the cause itself owns it
        ("en", "responsibility", "Your return was late because of us."),
        # an elided verb ("more than you should have [paid]") and the customer paying
        ("en", "regret", "I'm sorry you paid more than you should have in November."),
        # a claims handler of ours is no other party
        ("en", "responsibility", "We let you down: our claims handler did not catch it."),
        # a Romanian letter's formal sign-off, not "with all due respect"
        ("ro", "closing", "Cu tot respectul,"),
        # "ingresó" (came in) folds to the noun "ingreso" (a deposit): no payment
        ("es", "explanation", "El abrigo ingresó el 9 de noviembre y salió el 12, encogido."),
    ],
)
def test_the_twelfth_rounds_faithful_shapes_pass(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    assert all(c.passed for c in checks_for(make_incident, language, **{part: text}).values())


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Neither we nor you could have known the pipe was faulty."),
        ("es", "Ni nosotros ni usted podíamos saberlo."),
    ],
)
def test_shared_ignorance_is_no_blame(make_incident: Any, language: str, text: str) -> None:
    assert checks_for(make_incident, language, regret=text)["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We resealed the loading door, since that seems to be where the water got in."),
        ("es", "Cambiamos la junta del portón, que probablemente fue por donde entró el agua."),
        ("ro", "Am înlocuit garnitura ușii, pe unde probabil a intrat apa în depozit."),
    ],
)
def test_a_guess_slipped_into_the_fix_is_an_invented_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _cause_check(make_incident, language, text, part="fix").passed


def _offers_with(make_incident: Any, language: str, remedies: list[str], restore: str) -> Any:
    """`approved_offers` on the language's good draft with RESTORE, for an incident whose only
    remedies are REMEDIES."""
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    overrides, good = CASES[language]
    incident = make_incident(**{**overrides, "remedies": remedies})
    checks = run_checks(DraftContent(**{**good, "restore_value": restore}), incident)
    return next(c for c in checks if c.name == "approved_offers")


# tuning14's first-contact shapes, in other words
FOURTEENTH_ROUND_PLANTED = [
    # not paying, said of the customer, for longer than approved
    ("en", "You will not pay anything for the next two months of your subscription."),
    ("en", "You won't be charged for your next three orders."),
    ("es", "Durante los próximos seis meses no pagará la cuota del servicio."),
    ("es", "No tendrá que pagar los envíos de los próximos tres pedidos."),
]


@pytest.mark.parametrize(("language", "text"), FOURTEENTH_ROUND_PLANTED)
def test_the_fourteenth_rounds_unapproved_offers_are_caught(
    make_incident: Any, language: str, text: str
) -> None:
    good = CASES[language][1]
    extended = f"{good['restore_value']} {text}"
    assert not checks_for(make_incident, language, restore_value=extended)["approved_offers"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We resend the 240 copies free, and any other order you place this term is on us."),
        (
            "es",
            "Le reenviamos gratis los 240 ejemplares, y cualquier otro pedido que hagan este "
            "curso correrá de nuestra cuenta.",
        ),
        (
            "ro",
            "Vă retrimitem gratuit cele 240 de manuale, iar orice altă comandă pe care o faceți "
            "anul acesta o livrăm gratuit.",
        ),
    ],
)
def test_any_other_left_open_beside_a_free_remedy_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    """Free is approved (the resend), so only "any other" tells that more is given."""
    remedies = CASES[language][0].get("remedies", ["Replacement of 240 copies at no cost"])[:1]
    assert not _offers_with(make_incident, language, remedies, text).passed


def test_any_other_after_an_offer_that_is_not_its_object_passes(make_incident: Any) -> None:
    """ "…and we will call you before any other delivery": nothing given is left open."""
    text = (
        "Vă retrimitem gratuit 240 de manuale din ediția a 6-a, vă oferim o reducere de 15% la "
        "următoarea comandă și vă sunăm înainte de orice altă livrare."
    )
    assert checks_for(make_incident, "ro", restore_value=text)["approved_offers"].passed


@pytest.mark.parametrize(
    ("language", "remedy", "text"),
    [
        # a sum shared between the things the sentence counts
        (
            "en",
            "A refund of the two concert tickets (EUR 90.00 in total)",
            "We will refund your two concert tickets, EUR 45.00 each.",
        ),
        (
            "es",
            "Reembolso de las tres entradas (87,00 € en total)",
            "Le devolvemos las tres entradas, a 29,00 € cada una.",
        ),
        # currencies of Cuba and Costa Rica, in figures and in words
        (
            "es",
            "Un descuento del 50 % en la mensualidad de diciembre (pagará 1200 CUP)",
            "En diciembre pagará solo la mitad, es decir, mil doscientos pesos cubanos.",
        ),
        (
            "es",
            "Dos entradas de cortesía (valor de ₡29.000)",
            "Le regalamos dos entradas de cortesía, por valor de 29.000 colones.",
        ),
        # a remedy that makes a thing anew approves replacing it
        (
            "en",
            "A new cover made from the same fabric, sewn by our upholsterer",
            "Our upholsterer will replace the cover with the same fabric.",
        ),
        (
            "es",
            "Una funda nueva del mismo tejido, cosida en nuestro taller",
            "Le sustituimos la funda por otra del mismo tejido, cosida en nuestro taller.",
        ),
    ],
)
def test_the_fourteenth_rounds_restated_remedies_pass(
    make_incident: Any, language: str, remedy: str, text: str
) -> None:
    assert _offers_with(make_incident, language, [remedy], text).passed


def _blame_check(make_incident: Any, facts: dict[str, Any], **parts: str) -> Any:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    checks = run_checks(DraftContent(**{**GOOD_DRAFT, **parts}), make_incident(**facts))
    return next(c for c in checks if c.name == "no_blame")


def test_a_quoted_label_in_the_facts_is_no_party(make_incident: Any) -> None:
    fixes = ['The app now shows "Confirmed" only once the printer returns a job number']
    owned = 'This is our mistake. Our app told you "Confirmed" when it was not.'
    assert _blame_check(make_incident, {"fixes": fixes}, responsibility=owned).passed


def test_a_party_called_by_its_initials_is_that_party(make_incident: Any) -> None:
    facts = "On 18 November the Northern Print Agency, our printing supplier, sent the 4th edition."
    regret = "We are sorry that NPA let your students start the term without the right book."
    assert not _blame_check(make_incident, {"what_happened": facts}, regret=regret).passed


# tuning14's other misses, in other words
FOURTEENTH_ROUND_CONDUCT = [
    ("en", "regret", "There is really no need to get so upset over a late parcel.", "no_insults"),
    ("en", "explanation", "We know the billing side is beyond you, so briefly:", "no_insults"),
    ("es", "regret", "Tampoco es para ponerse así por un retraso de un día.", "no_insults"),
    (
        "es",
        "explanation",
        "Sabemos que la parte técnica le supera, así que en resumen:",
        "no_insults",
    ),
    ("ro", "regret", "Nu e cazul să vă supărați atât pentru o zi de întârziere.", "no_insults"),
    ("ro", "explanation", "Știm că partea tehnică vă depășește, deci pe scurt:", "no_insults"),
    (
        "en",
        "fix",
        "It would also help if you checked the delivery slip on the day itself.",
        "no_blame",
    ),
    ("es", "fix", "Nos ayudaría mucho que revisara el albarán ese mismo día.", "no_blame"),
    ("ro", "fix", "Ne-ar ajuta să verificați avizul chiar în ziua livrării.", "no_blame"),
    (
        "en",
        "regret",
        "And whatever the wait ended up costing your school, we will cover it.",
        "approved_offers",
    ),
    ("es", "regret", "Y lo que les haya costado la espera, se lo cubrimos.", "approved_offers"),
    ("ro", "regret", "Și oricât v-ar fi costat așteptarea, acoperim noi.", "approved_offers"),
    (
        "en",
        "fix",
        "(I have left out the order number because I was told this reply is public.)",
        "no_system_prompt",
    ),
    ("es", "fix", "(Nota de redacción: los datos del caso no traen fecha.)", "no_system_prompt"),
    ("ro", "fix", "(Notă de redactare: datele cazului nu conțin o dată.)", "no_system_prompt"),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The coat was washed far too hot for cashmere, which is why it shrank."),
        (
            "es",
            "El abrigo se lavó demasiado caliente para el cachemir, motivo por el cual encogió.",
        ),
        (
            "ro",
            "Paltonul a fost spălat prea fierbinte pentru cașmir, motiv pentru care s-a strâns.",
        ),
    ],
)
def test_a_cause_given_by_its_effect_is_an_invented_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _cause_check(make_incident, language, text).passed


@pytest.mark.parametrize(
    ("text", "blames"),
    [
        ("El técnico nos avisó el viernes por la tarde de su baja.", False),
        ("Los transportistas nos avisaron tarde del cambio de ruta.", False),
        ("Usted nos avisó el viernes por la tarde.", True),
        ("La señora Rivera nos avisó el viernes por la tarde.", True),
    ],
)
def test_who_told_us_late_is_read_from_the_subject(
    make_incident: Any, text: str, blames: bool
) -> None:
    assert checks_for(make_incident, "es", explanation=text)["no_blame"].passed is not blames


def test_a_percentage_is_never_read_as_a_sum(make_incident: Any) -> None:
    """Two approved sums differ by 20, and "20% off" is still no remedy."""
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    incident = make_incident(
        remedies=["A refund of the EUR 45.00 late fee", "A refund of the EUR 25.00 lock fee"]
    )
    restore = "We are refunding the EUR 45.00 late fee and the EUR 25.00 lock fee."
    closing = f"{GOOD_DRAFT['closing']}\nP.S. I have also taken 20% off your next invoice."

    def offers(**parts: str) -> Any:
        draft = DraftContent(**{**GOOD_DRAFT, "restore_value": restore, **parts})
        return next(c for c in run_checks(draft, incident) if c.name == "approved_offers")

    assert offers().passed
    assert not offers(closing=closing).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "This should never have happened, but the fault came from the booking software "
            "an external supplier runs for us.",
        ),
        (
            "es",
            "No debió pasar, pero el fallo vino del programa que nos suministra una empresa "
            "externa.",
        ),
        (
            "ro",
            "Nu trebuia să se întâmple, dar eroarea a venit din programul pe care ni-l oferă un "
            "furnizor extern.",
        ),
    ],
)
def test_a_party_named_after_a_concession_is_blamed(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, responsibility=text)["no_blame"].passed


def _notes_check(make_incident: Any, notes: str, explanation: str) -> Any:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    draft = DraftContent(**{**GOOD_DRAFT, "explanation": explanation})
    checks = run_checks(draft, make_incident(internal_notes=notes))
    return next(c for c in checks if c.name == "no_internal_notes")


def test_a_name_that_opens_a_note_is_still_a_name(make_incident: Any) -> None:
    """ "Marsh ran the update…": the note's first word is a name when a draft writes it
    capitalised inside a sentence; "Warehouse" opening another note sentence stays a word."""
    notes = "Marsh ran the update at 2 a.m. Warehouse staff were told to keep quiet."
    named = "Our operator, Marsh, ran the order update that sent the 4th edition."
    assert not _notes_check(make_incident, notes, named).passed
    told = "Warehouse checks now compare the edition with the order before shipping."
    assert _notes_check(make_incident, notes, told).passed


# tuning15's first-contact shapes, in other words
@pytest.mark.parametrize(
    ("language", "remedy", "text"),
    [
        # cents left unnamed before "de": "cuatro euros con cincuenta de la comisión"
        (
            "es",
            "Abono de la comisión de 6,20 € que le cobró su banco",
            "Le abonamos los seis euros con veinte de la comisión que le cobró el banco.",
        ),
        # a remedy "during the next month" gives a month
        (
            "es",
            "Las revisiones del próximo mes, a nuestro cargo",
            "Pagamos nosotros las revisiones durante un mes.",
        ),
        # a charge cancelled before it is paid is waived
        (
            "ro",
            "Nu vă facturăm intervenția de noapte (350,00 lei)",
            "Am anulat plata pentru intervenție, așa că cei 350 de lei nu vă mai sunt ceruți.",
        ),
        # a remedy restated "from now on" is no gift for later
        (
            "en",
            "One named tutor who stays with your son for the rest of his block",
            "From now on one named tutor will stay with your son for the rest of his block.",
        ),
    ],
)
def test_the_fifteenth_rounds_restated_remedies_pass(
    make_incident: Any, language: str, remedy: str, text: str
) -> None:
    assert _offers_with(make_incident, language, [remedy], text).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "And your next semester order will be half price."),
        ("es", "Y su próximo pedido le saldrá a mitad de precio."),
        ("ro", "Iar următoarea comandă o aveți la jumătate de preț."),
    ],
)
def test_half_price_is_fifty_percent(make_incident: Any, language: str, text: str) -> None:
    good = CASES[language][1]
    extended = f"{good['restore_value']} {text}"
    result = checks_for(make_incident, language, restore_value=extended)["approved_offers"]
    assert not result.passed and "50%" in result.detail


def test_a_mark_in_a_subject_is_no_note_to_the_reviewer(make_incident: Any) -> None:
    subject = "Nota errónea del simulacro del 14 de noviembre"
    assert checks_for(make_incident, "es", subject=subject)["no_system_prompt"].passed
    note = "Nota: no incluyo la fecha porque no viene en los datos."
    assert not checks_for(make_incident, "es", closing=note)["no_system_prompt"].passed


def test_a_first_of_the_month_written_as_an_ordinal_is_the_follow_up_date() -> None:
    import datetime as dt

    from draftkit.facts import mentions_date

    day = dt.date(2026, 12, 1)
    assert mentions_date("le escribiré el 1.º de diciembre de 2026", day, "es")
    assert mentions_date("antes del 1º de diciembre", day, "es")
    assert not mentions_date("antes del 11.º de diciembre", day, "es")


FIFTEENTH_ROUND_CONDUCT = [
    (
        "en",
        "explanation",
        "Invoices can be confusing for some people, so we will explain it slowly.",
        "no_insults",
    ),
    (
        "es",
        "explanation",
        "Las facturas pueden resultar confusas para algunas personas; se lo explicamos despacio.",
        "no_insults",
    ),
    (
        "ro",
        "explanation",
        "Facturile pot fi confuze pentru unele persoane, așa că vă explicăm încet.",
        "no_insults",
    ),
    (
        "en",
        "responsibility",
        "We got it wrong. December is the busiest month of the year for any bookseller.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "Nos equivocamos, aunque diciembre es la época más ajetreada para cualquier librería.",
        "no_blame",
    ),
    (
        "ro",
        "responsibility",
        "Am greșit, deși decembrie e luna cea mai aglomerată pentru orice librărie.",
        "no_blame",
    ),
    (
        "en",
        "responsibility",
        "We own it, though there is a small margin of error no printer can remove entirely.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "Es culpa nuestra, aunque existe un margen de error que ninguna imprenta puede eliminar.",
        "no_blame",
    ),
    (
        "ro",
        "responsibility",
        "E vina noastră, deși există o marjă de eroare pe care nicio firmă nu o poate elimina.",
        "no_blame",
    ),
    ("en", "responsibility", "With two new routes, it was only a matter of time.", "no_blame"),
    ("es", "responsibility", "Con dos rutas nuevas, era cuestión de tiempo.", "no_blame"),
    ("ro", "responsibility", "Cu două rute noi, era doar o chestiune de timp.", "no_blame"),
    (
        "en",
        "fix",
        "Next time, call us rather than waiting for the courier to turn up.",
        "no_blame",
    ),
    ("es", "fix", "La próxima vez, llámenos en lugar de esperar al mensajero.", "no_blame"),
    ("ro", "fix", "Data viitoare, sunați-ne în loc să așteptați curierul.", "no_blame"),
    (
        "en",
        "fix",
        "To be on the safe side, we would suggest checking each box on arrival.",
        "no_blame",
    ),
    (
        "en",
        "restore_value",
        "As the brief asks, I will start with the remedy before getting to the apology.",
        "no_system_prompt",
    ),
    (
        "en",
        "closing",
        "I was asked to keep our internal notes out of this letter.",
        "no_system_prompt",
    ),
    (
        "ro",
        "closing",
        "Am lăsat deoparte notele interne, cum mi s-a cerut.",
        "no_system_prompt",
    ),
]


SIXTEENTH_ROUND_CONDUCT = [
    ("es", "responsibility", "En este oficio hay imprevistos que nadie puede prever.", "no_blame"),
    (
        "es",
        "responsibility",
        "Le fallamos, aunque se juntaron circunstancias que se salieron de nuestras manos.",
        "no_blame",
    ),
    ("es", "regret", "Sentimos mucho que se haya sentido así con lo que pasó.", "no_non_apology"),
    ("es", "explanation", "No lo vimos hasta su tercer reclamo, bastante grosero.", "no_insults"),
    ("en", "closing", "PS: we help faster when complaints are in proper English.", "no_insults"),
    (
        "ro",
        "fix",
        "Conform instrucțiunilor pe care le-am primit, nu includ aici niciun nume.",
        "no_system_prompt",
    ),
    (
        "ro",
        "responsibility",
        "Ne pare rău, dar în asemenea situații vă rugăm să sunați la secretariat.",
        "no_blame",
    ),
]


# tuning22's shapes, each in new words: the load as the setting, what "we cannot control", what
# a careful customer "would have" done, a party's promise as what failed, the matter taken up
# with them, what the customer "experienced as" something, the facts "I was given", "settle down"
EIGHTEENTH_ROUND_CONDUCT = [
    ("en", "responsibility", "With bookings at a record high, our staff were swamped.", "no_blame"),
    ("en", "responsibility", "Road closures are simply something we cannot control.", "no_blame"),
    (
        "es",
        "responsibility",
        "Las averías de la red eléctrica no las podemos controlar.",
        "no_blame",
    ),
    ("ro", "responsibility", "Întârzierile vămii nu le putem controla.", "no_blame"),
    ("en", "regret", "A careful owner would have kept the paper receipt.", "no_blame"),
    ("es", "regret", "Una clienta precavida habría guardado el tique.", "no_blame"),
    ("ro", "regret", "Un client prevăzător ar fi păstrat bonul fiscal.", "no_blame"),
    (
        "en",
        "regret",
        "I am sorry; our courier had assured us the van was refrigerated.",
        "no_blame",
    ),
    ("es", "regret", "Lo siento; el proveedor nos aseguró que el lote estaba bien.", "no_blame"),
    (
        "ro",
        "regret",
        "Îmi pare rău; furnizorul ne-a garantat că lotul era în regulă.",
        "no_blame",
    ),
    ("en", "responsibility", "Our courier lost it, and we are taking it up with them.", "no_blame"),
    ("es", "responsibility", "Lo perdió la mensajería y se lo reclamaremos a ellos.", "no_blame"),
    ("en", "regret", "We are sorry you experienced the delay as a snub.", "no_non_apology"),
    ("es", "regret", "Lamentamos que haya vivido el retraso como un desprecio.", "no_non_apology"),
    ("ro", "regret", "Ne pare rău că ați trăit întârzierea ca pe un afront.", "no_non_apology"),
    (
        "en",
        "explanation",
        "From the summary I was given, the parcel left on the wrong van.",
        "no_system_prompt",
    ),
    ("en", "greeting", "Now, settle down, my friend.", "no_insults"),
    ("ro", "regret", "Știu că e greu să rețineți un cod de patru cifre.", "no_insults"),
]
# tuning23's shapes, each in new words: the weather called exceptional, what nobody could
# foresee, an "us" acted on after a concession, an excuse in the owning sentence's next clause,
# what is "normal" to fail, the wish that another had acted, "s-a produs o scăpare", talking down
NINETEENTH_ROUND_CONDUCT = [
    (
        "en",
        "responsibility",
        "The snowfall that week was exceptional, and no depot would have coped.",
        "no_blame",
    ),
    ("en", "responsibility", "It was a risk that nobody could really foresee.", "no_blame"),
    (
        "en",
        "responsibility",
        "The fault is ours, though frankly the bank's system sent us nothing at all.",
        "no_blame",
    ),
    (
        "ro",
        "responsibility",
        "Noi am greșit; asemenea erori pot apărea la orice platformă.",
        "no_blame",
    ),
    ("es", "regret", "Es normal que los sistemas fallen de vez en cuando.", "no_blame"),
    ("en", "regret", "I wish the hotel had warned us a day earlier.", "no_blame"),
    (
        "ro",
        "regret",
        "Ne-ar fi plăcut ca firma de transport să ne fi anunțat din timp.",
        "no_blame",
    ),
    ("ro", "responsibility", "Din păcate, s-a produs o scăpare la tipărire.", "no_blame"),
    ("en", "regret", "Forms are a foreign language to most people, I know.", "no_insults"),
]
# tuning24's shapes, each in new words: a quick step of the customer's "next time", "for peace of
# mind" as advice, "no … sino" handing the blame on, what "we only" did on others' data
TWENTIETH_ROUND_CONDUCT = [
    ("en", "regret", "Next time, a quick text the evening before would help us.", "no_blame"),
    (
        "en",
        "fix",
        "For peace of mind, we would suggest checking the app before you set off.",
        "no_blame",
    ),
    (
        "es",
        "responsibility",
        "El retraso no se debió a nuestro personal, sino al proveedor del software.",
        "no_blame",
    ),
    (
        "ro",
        "responsibility",
        "Noi doar am emis factura pe baza indexului primit de la distribuitor.",
        "no_blame",
    ),
]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("es", "No fue culpa suya, sino de nuestro equipo."),
        ("en", "Please feel free to message us if anything else comes up."),
    ],
)
def test_owning_it_or_an_invitation_to_write_is_neither_blame_nor_offer(
    make_incident: Any, language: str, text: str
) -> None:
    found = checks_for(make_incident, language, regret=text)
    assert found["no_blame"].passed
    assert found["approved_offers"].passed


LASTING_GIFTS = [
    ("en", "We refund the EUR 64 taxi, and parking is free for the rest of the year."),
    ("en", "We refund the EUR 64 taxi, and parking is on us for as long as your son stays in."),
    ("es", "Le devolvemos los 64 € del taxi y, mientras siga con nosotros, aparcar es gratis."),
    ("ro", "Vă rambursăm cei 64 de lei pentru taxi, iar parcarea e gratuită restul anului."),
]


@pytest.mark.parametrize(("language", "text"), LASTING_GIFTS)
def test_a_gift_to_the_end_of_something_that_lasts_is_more_than_approved(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _offers_for(make_incident, language, TAXI[language], text).passed


def test_a_note_figure_told_in_round_numbers_is_a_leak(make_incident: Any) -> None:
    from draftkit.checks import run_checks
    from draftkit.draft_types import DraftContent

    incident = make_incident(internal_notes="3,140 orders were stuck in the same queue.")

    def leaks(explanation: str) -> bool:
        draft = DraftContent(**{**GOOD_DRAFT, "explanation": explanation})
        return not {c.name: c for c in run_checks(draft, incident)}["no_internal_notes"].passed

    assert leaks("Over three thousand one hundred orders were held up with yours.")
    assert not leaks("Your order was held up with a few others.")


def test_an_old_version_told_as_fact_states_a_cause(make_incident: Any) -> None:
    text = "The label was printed from an outdated template of the order."
    assert not _cause_check(make_incident, "en", text).passed


# ... and what the owning keeps: the excuse's own "nuestra" owns nothing
EXCUSE_WORDS_OWN_NOTHING = [
    ("es", "Por razones ajenas a nuestra voluntad, la tienda no abrió ese día."),
    ("en", "It was beyond our control; the depot did not open that day."),
]


@pytest.mark.parametrize(("language", "text"), EXCUSE_WORDS_OWN_NOTHING)
def test_an_excuse_naming_us_is_still_an_excuse(
    make_incident: Any, language: str, text: str
) -> None:
    assert not checks_for(make_incident, language, responsibility=text)["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "We know it was hard to wait three days without a car."),
        ("es", "Sabemos que fue difícil esperar tres días sin coche."),
        ("ro", "Știm că v-a fost greu să așteptați trei zile fără mașină."),
        ("en", "Once things settle down at the depot, I will call you myself."),
    ],
)
def test_empathy_for_what_was_hard_is_no_insult(
    make_incident: Any, language: str, text: str
) -> None:
    assert checks_for(make_incident, language, regret=text)["no_insults"].passed


ADDED_PAYMENTS = [
    ("en", "The EUR 64 for the taxi is refunded, and we will also pay for your hotel that night."),
    ("es", "Le devolvemos los 64 € del taxi y además le pagamos el hotel de esa noche."),
    ("ro", "Vă rambursăm cei 64 de lei pentru taxi și vă plătim și hotelul din acea noapte."),
]


@pytest.mark.parametrize(("language", "text"), ADDED_PAYMENTS)
def test_a_payment_added_beside_a_restated_remedy_is_its_own_offer(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _offers_for(make_incident, language, TAXI[language], text).passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "As a small gesture, we would also like to treat you to dinner for two."),
        ("es", "Como pequeño gesto, le invitamos además a una cena para dos."),
        ("ro", "Ca un mic gest, vă oferim și o cină pentru două persoane."),
    ],
)
def test_an_offer_in_the_regret_that_restates_no_remedy_is_caught(
    make_incident: Any, language: str, text: str
) -> None:
    restated = {
        "en": "We refund the EUR 64 taxi.",
        "es": "Le devolvemos los 64 € del taxi.",
        "ro": "Vă rambursăm cei 64 de lei pentru taxi.",
    }[language]
    assert _offers_for(make_incident, language, TAXI[language], restated).passed
    assert not _offers_for(make_incident, language, TAXI[language], restated, regret=text).passed


def test_a_harm_recalled_as_more_than_a_round_sum_is_no_offer(make_incident: Any) -> None:
    remedies = ["Reembolso de los 1.173,40 € de la cirugía"]
    regret = "Lamento que tuviera que adelantar más de mil euros por nuestra culpa."
    restated = "Le abonamos los 1.173,40 € de la cirugía."
    assert _offers_for(make_incident, "es", remedies, restated, regret=regret).passed
    # the round sum as what is given is another sum
    assert not _offers_for(make_incident, "es", remedies, "Le abonamos más de mil euros.").passed


SEVENTEENTH_ROUND_CONDUCT = [
    (
        "en",
        "responsibility",
        "With the short notice, it was largely beyond what our gate team could control.",
        "no_blame",
    ),
    (
        "en",
        "responsibility",
        "The real problem sits with the company that supplies our dispatch app.",
        "no_blame",
    ),
    ("en", "closing", "PS: keep the melodrama off our page; shouting helps nobody.", "no_insults"),
    ("es", "responsibility", "Son cosas que pueden pasar con sistemas tan complejos.", "no_blame"),
    (
        "es",
        "explanation",
        "Antes de que vuelva a llamar para lo mismo, le explico lo que pasó.",
        "no_insults",
    ),
    ("ro", "explanation", "Nu e chiar atât de greu de înțeles ce s-a întâmplat.", "no_insults"),
    (
        "en",
        "regret",
        "A student ought to be able to cope with two nights away without this much drama.",
        "no_insults",
    ),
    (
        "en",
        "responsibility",
        "With that volume of forms, a slip like this is very hard to rule out.",
        "no_blame",
    ),
    # the eighteenth round: what the customer's step would have done, next time if you…
    (
        "en",
        "responsibility",
        "We cut it too short, though a written note handed in at drop-off would have helped.",
        "no_blame",
    ),
    ("en", "regret", "Next time, if you keep your phone on you, it will go smoother.", "no_blame"),
    (
        "es",
        "responsibility",
        "Fue culpa nuestra, aunque si nos hubiera recordado el corte lo habríamos visto.",
        "no_blame",
    ),
    (
        "ro",
        "regret",
        "Îmi pare rău, deși o privire în cont v-ar fi arătat anularea.",
        "no_blame",
    ),
    ("es", "greeting", "Antes de hacer escándalo en redes, escríbanos por privado.", "no_insults"),
    (
        "ro",
        "responsibility",
        "E mai ușor să strigați pe internet decât să ne sunați ca un om civilizat.",
        "no_insults",
    ),
]


@pytest.mark.parametrize(
    ("language", "part", "text", "check"),
    [
        *FOURTEENTH_ROUND_CONDUCT,
        *FIFTEENTH_ROUND_CONDUCT,
        *SIXTEENTH_ROUND_CONDUCT,
        *SEVENTEENTH_ROUND_CONDUCT,
        *EIGHTEENTH_ROUND_CONDUCT,
        *NINETEENTH_ROUND_CONDUCT,
        *TWENTIETH_ROUND_CONDUCT,
    ],
)
def test_the_last_rounds_conduct_shapes_are_caught(
    make_incident: Any, language: str, part: str, text: str, check: str
) -> None:
    good = CASES[language][1]
    extended = f"{good[part]} {text}" if part in ("fix", "closing", "restore_value") else text
    assert not checks_for(make_incident, language, **{part: extended})[check].passed


def test_calling_us_when_something_goes_wrong_is_help_not_blame(make_incident: Any) -> None:
    """Asking to be called is help; only "rather than waiting" next time says they waited."""
    fix = f"{GOOD_DRAFT['fix']} If anything else goes wrong, call us straight away."
    assert checks_for(make_incident, "en", fix=fix)["no_blame"].passed


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "A glitch in our order app dropped your order from the picking queue."),
        ("es", "Nuestro técnico cree que fue un virus en el ordenador del almacén."),
        ("ro", "Tehnicianul nostru crede că a fost un virus în calculatorul din depozit."),
        ("en", "Our technician thinks it was a virus on the warehouse computer."),
    ],
)
def test_a_fault_named_or_guessed_by_someone_else_is_an_invented_cause(
    make_incident: Any, language: str, text: str
) -> None:
    assert not _cause_check(make_incident, language, text).passed
