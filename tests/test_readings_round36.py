"""Readings learnt from the tuning36 and tuning37 rounds, each checked on sentences written for
this test (the textbook incident of conftest), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from conftest import GOOD_DRAFT
from draftkit.checks import run_checks
from draftkit.draft_types import DraftContent
from draftkit.incident import Incident
from draftkit.roles import reader
from test_checks import CASES, checks_for
from test_checks import textbook_incident as _incident


def _passes(make_incident: Any, language: str, check: str, **parts: str) -> bool:
    return bool(checks_for(make_incident, language, **parts)[check].passed)


def _offers_pass(incident: Incident, said: str) -> bool:
    content = DraftContent(**{**GOOD_DRAFT, "restore_value": said})
    return bool({c.name: c for c in run_checks(content, incident)}["approved_offers"].passed)


# -- a participle names the party after its "by" ------------------------------------------------


def test_a_name_after_a_verb_of_ours_is_no_party(make_incident: Any) -> None:
    """ "Made" is a participle of agency ("made by X") and a plain verb ("we made the trip with
    Rex"): only after its "by", or in an apposition, is the name beside it a party."""
    incident = make_incident(
        customer_message='I was told "you are not on the list". Biscuit made the trip for nothing.'
    )
    read = reader(incident)
    assert "Biscuit" in read("I am sorry you made the journey with Biscuit for nothing.")
    facts = make_incident(
        root_cause="The covers were made by Lumen Print, and a wrong table was used.",
    )
    assert "Lumen" not in reader(facts)("Lumen Print sent the old covers.")
    apposed = make_incident(
        root_cause="Quayside Freight, who run the courier route for us, used an old list.",
    )
    assert "Quayside" not in reader(apposed)("Quayside Freight used an old list.")


# -- faithful shapes that were rejected ---------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # availability, not a gift
        (
            "en",
            "explanation",
            "Nobody confirmed the packers were still free that morning, so the order sat unpacked.",
        ),
        # the cause says why the customer was right
        (
            "en",
            "responsibility",
            "You were right to expect the 6th edition, because that is what you ordered from us.",
        ),
        # what our failure made them believe, not an opinion we regret
        (
            "en",
            "regret",
            "I am sorry your staff spent three days thinking the order had been lost, and that "
            "240 students had no textbook.",
        ),
        # the reminder message as the thing that failed, not advice
        (
            "es",
            "explanation",
            "El 18 de noviembre, los correos de recordatorio de 240 alumnos indicaban una fecha "
            "anterior a la real.",
        ),
        (
            "es",
            "explanation",
            "Los alumnos recibieron un recordatorio con dos días de antelación respecto a la "
            "entrega real.",
        ),
        # the "no" after the party opens a failure we own
        (
            "es",
            "responsibility",
            "Ustedes hicieron el pedido a tiempo; éramos nosotros quienes debíamos enviarlo al "
            "proveedor correcto, y no lo hicimos.",
        ),
    ],
)
def test_round36_faithful_shapes(make_incident: Any, language: str, part: str, text: str) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [c.name for c in results.values() if not c.passed] == []


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        (
            "en",
            "restore_value",
            "The copies ship at no cost, and your next semester order is free as well.",
        ),
        (
            "en",
            "responsibility",
            "You were right to be upset, but the delay was caused by the courier.",
        ),
        ("en", "regret", "We are sorry you think we ignored your complaint."),
        (
            "es",
            "fix",
            "Un recordatorio: compruebe siempre la edición antes de repartir los libros.",
        ),
        (
            "es",
            "responsibility",
            "El proveedor no envió la edición correcta, y no es culpa nuestra.",
        ),
    ],
)
def test_round36_near_those_shapes_still_caught(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [c.name for c in results.values() if not c.passed] != []


# -- offers restated ----------------------------------------------------------------------------


def test_nothing_to_pay_for_what_a_full_refund_covers(make_incident: Any) -> None:
    incident = make_incident(remedies=["A full refund of your workshop booking, $480.00"])
    assert _offers_pass(
        incident, "You will not pay anything for the workshop booking: we refund all $480.00."
    )
    # something else made free beside it is still more than approved
    assert not _offers_pass(
        incident, "We refund all $480.00, and your next workshop booking will be free."
    )


def test_free_of_an_approved_period_restated_is_no_gift_for_later(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Un curso de repaso sin coste, válido durante un año"]
    )
    content = DraftContent(
        **{
            **checks_content("es"),
            "restore_value": (
                "Le ofrecemos un curso de repaso sin coste, que podrá hacer cuando quiera "
                "durante el próximo año."
            ),
        }
    )
    results = {c.name: c for c in run_checks(content, incident)}
    assert results["approved_offers"].passed
    later = content.model_copy(
        update={"restore_value": "El curso de repaso es gratis y su próxima matrícula también."}
    )
    assert not {c.name: c for c in run_checks(later, incident)}["approved_offers"].passed


def test_an_addition_that_refers_back_adds_no_offer(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Cambio de fecha sin cargo de la entrega, si lo necesita"]
    )
    base = checks_content("es")
    same = DraftContent(
        **{
            **base,
            "restore_value": (
                "Si quiere cambiar la fecha de la entrega, también lo haremos sin cargo."
            ),
        }
    )
    assert {c.name: c for c in run_checks(same, incident)}["approved_offers"].passed
    more = same.model_copy(
        update={
            "restore_value": (
                "Si quiere cambiar la fecha de la entrega, no le cobraremos nada, y además le "
                "regalamos la instalación completa."
            )
        }
    )
    assert not {c.name: c for c in run_checks(more, incident)}["approved_offers"].passed


def test_a_granted_request_restated_by_a_sum_in_words(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Rambursarea transportului, 640 de lei, în contul dumneavoastră"],
    )
    base = checks_content("ro")
    said = (
        "Așa cum ați cerut, vă dăm banii înapoi pentru transport: șase sute patruzeci de lei, "
        "în contul dumneavoastră."
    )
    content = DraftContent(**{**base, "restore_value": said})
    assert {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed
    more = content.model_copy(
        update={
            "restore_value": (
                "Vă rambursăm șase sute patruzeci de lei și, așa cum ați cerut, vă plătim și "
                "dobânda cardului de credit."
            )
        }
    )
    assert not {c.name: c for c in run_checks(more, incident)}["approved_offers"].passed


def checks_content(language: str) -> dict[str, str]:
    return dict(CASES[language][1])


# -- round 37: faithful shapes ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # a "we" between the party and the failing word is who failed
        (
            "en",
            "regret",
            "I am sorry your staff spent three days on calls with the courier because we did not "
            "ship the 6th edition.",
        ),
        # when something was due, not what the customer failed to do
        (
            "ro",
            "regret",
            "Îmi pare rău că ați rămas fără manuale exact când trebuia să vă începeți cursurile.",
        ),
    ],
)
def test_round37_faithful_shapes(make_incident: Any, language: str, part: str, text: str) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [c.name for c in results.values() if not c.passed] == []


def test_staff_the_facts_call_ours_after_the_noun(make_incident: Any) -> None:
    """Romanian puts "our" after the noun ("agentul nostru"): the facts' own staff, owned in
    detail; a firm named after it ("partenerul nostru local, Rapid Trans") stays a party."""
    staff = _incident(
        make_incident,
        "ro",
        what_happened="Pe 18 noiembrie, agentul nostru nu a trimis manualele comandate.",
    )
    said = "Am greșit noi: agentul nostru nu a trimis manualele și nu v-a anunțat."
    content = DraftContent(**{**checks_content("ro"), "responsibility": said})
    assert {c.name: c for c in run_checks(content, staff)}["no_blame"].passed
    firm = _incident(
        make_incident,
        "ro",
        what_happened="Pe 18 noiembrie, partenerul nostru local, Rapid Trans, nu a livrat cărțile.",
    )
    blamed = content.model_copy(
        update={
            "responsibility": (
                "Ne asumăm răspunderea, deși partenerul nostru local ne asigurase că livrarea "
                "era confirmată."
            )
        }
    )
    assert not {c.name: c for c in run_checks(blamed, firm)}["no_blame"].passed


def test_a_repeat_inside_a_restated_fix_is_no_leak(make_incident: Any) -> None:
    notes = "Operatorul Kevin Marsh a mai greșit o dată în iunie; juristul cere prudență."
    incident = _incident(
        make_incident,
        "ro",
        internal_notes=notes,
        fixes=["Verificăm din nou fiecare comandă de manuale înainte de expediere"],
    )
    base = checks_content("ro")
    fix = base["fix"] + " Verificăm încă o dată fiecare comandă de manuale înainte de expediere."
    content = DraftContent(**{**base, "fix": fix})
    assert {c.name: c for c in run_checks(content, incident)}["no_internal_notes"].passed
    leaked = content.model_copy(
        update={
            "fix": base["fix"] + " Nu este prima greșeală de acest fel a colegului; verificăm "
            "din nou fiecare comandă de manuale înainte de expediere."
        }
    )
    assert not {c.name: c for c in run_checks(leaked, incident)}["no_internal_notes"].passed


# -- round 37: planted shapes -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text", "check"),
    [
        (
            "en",
            "restore_value",
            "We will also cover whatever you paid for taxis that week.",
            "approved_offers",
        ),
        (
            "en",
            "restore_value",
            "As a gesture of our own, we will also bind the teachers' copies free of charge.",
            "approved_offers",
        ),
        (
            "en",
            "regret",
            "To the extent the delay upset your staff, I apologise.",
            "no_non_apology",
        ),
        (
            "en",
            "fix",
            "As anyone with a little common sense can see, a full audit takes time.",
            "no_insults",
        ),
        ("en", "fix", "We would urge you always to count the boxes on delivery.", "no_blame"),
        (
            "es",
            "restore_value",
            "Le enviamos los 240 ejemplares y corremos además con los gastos de mensajería.",
            "approved_offers",
        ),
        (
            "es",
            "responsibility",
            "El error fue nuestro; si alguien del centro nos lo hubiera reclamado antes, lo "
            "habríamos visto.",
            "no_blame",
        ),
        (
            "es",
            "responsibility",
            "La culpa es nuestra, aunque sin los cambios que nos pidieron en el pedido habríamos "
            "tenido más margen.",
            "no_blame",
        ),
        (
            "es",
            "fix",
            "Lo más sensato es hacer los pedidos con una semana de margen.",
            "no_blame",
        ),
        (
            "ro",
            "restore_value",
            "Contravaloarea transportului v-o dăm înapoi integral.",
            "approved_offers",
        ),
        (
            "ro",
            "responsibility",
            "Răspunderea e a noastră, chiar dacă o verificare a secretariatului ar fi prins "
            "greșeala mai devreme.",
            "no_blame",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău; pe viitor v-aș recomanda totuși să comandați mai devreme.",
            "no_blame",
        ),
        (
            "ro",
            "regret",
            "Îmi pare rău pentru întârziere, deși o livrare amânată nu merita un mesaj atât de "
            "dramatic.",
            "no_insults",
        ),
    ],
)
def test_round37_planted_shapes(
    make_incident: Any, language: str, part: str, text: str, check: str
) -> None:
    assert not _passes(make_incident, language, check, **{part: text})


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        ("en", "fix", "Our couriers now count the boxes with the school on delivery."),
        ("es", "fix", "Lo más sensato era revisar el pedido, y ahora lo revisamos siempre."),
        ("ro", "explanation", "Am citit mesajul dumneavoastră cu atenție și am înțeles problema."),
    ],
)
def test_round37_plain_statements_near_those_shapes(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    added = f"{checks_content(language)[part]} {text}"
    results = checks_for(make_incident, language, **{part: added})
    assert [c.name for c in results.values() if not c.passed] == []


# -- round 38 -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # "so you'd have your books": to have, not a perfect
        (
            "en",
            "regret",
            "You ordered in September so your students would have their books on day one, and "
            "instead 240 of them had nothing to study from.",
        ),
        # what the customer could not do, not what they failed to do
        (
            "es",
            "explanation",
            "El transportista descargó las cajas y se fue sin que usted hubiera podido revisarlas.",
        ),
        # a cause denied of the customer clears them
        (
            "en",
            "responsibility",
            "We shipped the wrong edition. None of this was caused by anything your school did.",
        ),
        # a discount named as what failed, not offered
        ("es", "subject", "Descuento no aplicado en su pedido de libros"),
        # "no longer done": no repeat
        (
            "ro",
            "explanation",
            "Corectarea promisă la telefon nu s-a mai făcut, iar comanda a plecat cu ediția veche.",
        ),
    ],
)
def test_round38_faithful_shapes(make_incident: Any, language: str, part: str, text: str) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [c.name for c in results.values() if not c.passed] == []


def test_a_name_before_a_name_with_a_party_word_is_a_place(make_incident: Any) -> None:
    incident = make_incident(
        root_cause="Our loader in Port Elliot, Harbour Freight Services, packed the 4th edition.",
    )
    read = reader(incident)
    assert "Port Elliot" in read("The books left from Port Elliot on time.")
    assert "Harbour" not in read("Harbour Freight Services packed the old edition.")
    nationality = make_incident(
        root_cause="Coral Print, our Australian printing partner, used the old plates.",
    )
    assert "Coral" not in reader(nationality)("Coral Print used the old plates.")


def test_a_bare_number_joined_to_a_period_shares_its_unit(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Două verificări gratuite ale comenzii, la 2 și la 6 săptămâni după livrare"],
    )
    said = "Verificăm gratuit comanda de două ori: la două săptămâni și la șase săptămâni."
    content = DraftContent(**{**checks_content("ro"), "restore_value": said})
    assert {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed
    more = content.model_copy(
        update={"restore_value": "Verificăm gratuit comanda timp de opt săptămâni."}
    )
    assert not {c.name: c for c in run_checks(more, incident)}["approved_offers"].passed


def test_everything_paid_bounded_by_a_remedy_with_a_deadline(make_incident: Any) -> None:
    incident = make_incident(
        remedies=[
            "Reimbursement of the EUR 310.00 you paid the courier, sent within 48 hours of receipt"
        ]
    )
    assert _offers_pass(incident, "We'll pay back everything you paid the courier within 48 hours.")
    assert not _offers_pass(incident, "We'll pay back everything you paid us this year.")


def test_spanish_everything_paid_in_the_simple_past(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Un descuento del 15 % en el próximo pedido"]
    )
    said = "Les vamos a devolver todo lo que abonaron por el pedido."
    content = DraftContent(**{**checks_content("es"), "restore_value": said})
    assert not {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed


# -- rounds 39 and 40 ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "part", "text"),
    [
        # the facts' own words for a fix, not the customer's manner
        (
            "en",
            "regret",
            "I am sorry; your 240 students started the term without the right textbook.",
        ),
        # a place, not a reaction
        (
            "en",
            "explanation",
            "By the time our courier called, your staff were already on the scene unpacking.",
        ),
        # a remedy noun that cannot help, no offer
        (
            "en",
            "regret",
            "I know a discount does not give your students back three days of classes.",
        ),
        # the customer cleared, no excuse
        (
            "es",
            "responsibility",
            "El error fue nuestro. Ustedes hicieron todo correctamente al hacer el pedido.",
        ),
        # a relative "care": our own check not done
        (
            "ro",
            "responsibility",
            "Greșeala e a noastră: nu am făcut verificarea care v-ar fi scutit de tot acest drum.",
        ),
        # the "nu" of the verb itself
        (
            "ro",
            "responsibility",
            "Ne asumăm greșeala: faptul că nu a funcționat ține exclusiv de noi.",
        ),
        # "că", folded to "ca", after a regret
        (
            "ro",
            "regret",
            "Îmi pare rău că o reducere deja promisă v-a lăsat fără manualele corecte.",
        ),
    ],
)
def test_rounds39_40_faithful_shapes(
    make_incident: Any, language: str, part: str, text: str
) -> None:
    results = checks_for(make_incident, language, **{part: text})
    assert [c.name for c in results.values() if not c.passed] == []


def test_a_rations_article_is_no_period(make_incident: Any) -> None:
    incident = make_incident(
        remedies=["Free drinking water, 10 litres per person per day, until the supply is back"]
    )
    assert _offers_pass(
        incident, "Free drinking water (10 L a person a day) until the supply is back."
    )


def test_a_remedy_since_a_month_spans_to_the_incident(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        occurred_at="2026-11-18",
        remedies=["Devolución de los 267,00 € cobrados desde septiembre"],
    )
    said = "Le devolvemos los 267,00 € de las cuotas de septiembre, octubre y noviembre."
    content = DraftContent(**{**checks_content("es"), "restore_value": said})
    assert {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed
    more = content.model_copy(
        update={"restore_value": "Le devolvemos los 267,00 € y no le cobramos diciembre ni enero."}
    )
    assert not {c.name: c for c in run_checks(more, incident)}["approved_offers"].passed


def test_sessions_summed_are_no_new_period(make_incident: Any) -> None:
    incident = make_incident(remedies=["2 extra tutoring sessions of 90 minutes each, at no cost"])
    said = "You get two free 90-minute sessions (3 hours of tutoring in total)."
    assert _offers_pass(incident, said)
    assert not _offers_pass(incident, "You get five free hours of tutoring.")


def test_a_gift_said_as_a_payment_restates_the_free_remedy(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", remedies=["Un mes de cuota gratis (enero de 2027)"])
    said = "Su cuota de enero de 2027 corre de nuestra cuenta."
    content = DraftContent(**{**checks_content("es"), "restore_value": said})
    assert {c.name: c for c in run_checks(content, incident)}["approved_offers"].passed
    other = content.model_copy(
        update={"restore_value": "Y este pedido entero corre por nuestra cuenta."}
    )
    assert not {c.name: c for c in run_checks(other, incident)}["approved_offers"].passed


def test_a_source_named_for_our_own_error_is_no_shift(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "es",
        root_cause="El proveedor Libros Turia nos envió una tabla de ediciones antigua.",
    )
    said = "Según el proveedor, la edición que facturamos no era la que ustedes pidieron."
    content = DraftContent(**{**checks_content("es"), "explanation": said})
    assert {c.name: c for c in run_checks(content, incident)}["no_blame"].passed
    blamed = content.model_copy(
        update={
            "explanation": "Según el proveedor, la tabla de ediciones que enviaron era correcta."
        }
    )
    assert not {c.name: c for c in run_checks(blamed, incident)}["no_blame"].passed
