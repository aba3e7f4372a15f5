"""Readings learnt from the first contact with tuning74, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.offers import approved
from draftkit.roles import reader
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a busy time named as when a fix's measure applies is no excuse ----------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "During peak periods we now run two packing shifts, and we will confirm the "
            "result by 28 November 2026.",
        ),
        (
            "es",
            "En temporada alta reforzamos ahora el turno del almacén y confirmaremos el "
            "resultado antes del 28 de noviembre.",
        ),
        (
            "ro",
            "În perioadele aglomerate lucrăm acum în două ture și vă confirmăm rezultatul "
            "până pe 28 noiembrie 2026.",
        ),
    ],
)
def test_the_busy_time_a_measure_is_for_excuses_nothing(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, fix=said)


@pytest.mark.parametrize(
    ("language", "part", "said"),
    [
        # the same words as the reason, in the owning part, still excuse
        ("ro", "responsibility", "A fost vina noastră, dar în perioadele aglomerate se întâmplă."),
        (
            "en",
            "responsibility",
            "It was our error, though it was the busiest period of the year for any bookshop.",
        ),
    ],
)
def test_a_busy_time_as_the_reason_still_excuses(
    make_incident: Any, language: str, part: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, **{part: said})


# -- "according to" the one who sets a remedy's amount is no blame ----------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "es",
            "Le reenviamos los 240 ejemplares sin coste y le aplicaremos el 15 % de "
            "descuento según lo que determine el perito.",
        ),
        (
            "en",
            "We will resend the 240 copies at no cost and apply the 15% discount according "
            "to the assessor's valuation.",
        ),
    ],
)
def test_who_sets_a_remedy_is_no_source_of_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, restore_value=said)


def test_according_to_a_party_in_the_owning_part_still_shifts(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = "Según el transportista, el retraso no dependía de nosotros."
    assert "no_blame" in _failed(incident, "es", responsibility=said)


# -- ownership said after the work it names, and "we own this" in Romanian --------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "Checking the edition with the supplier and telling you in time were both our "
            "jobs, and we did neither.",
        ),
        ("en", "Briefing the courier was squarely our responsibility."),
        ("ro", "Comanda nu a fost făcută cum trebuia. Ne asumăm asta."),
        ("ro", "Comanda nu a fost făcută cum trebuia; ne asumăm acest lucru."),
    ],
)
def test_ownership_said_of_the_work_owns_it(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "Checking the edition was the supplier's job."),
        ("en", "It was never our job to check the courier's labels."),
        ("ro", "Comanda nu a fost făcută cum trebuia."),
    ],
)
def test_work_laid_on_another_or_left_unowned_is_not_owned(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


# -- a feeling regretted, in the familiar "tú" --------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Sentimos que te sientas decepcionado con el pedido.",
        "Lamento que os sintáis molestos por el retraso.",
        "Siento que te hayas sentido desatendida.",
    ],
)
def test_regret_for_a_feeling_is_a_non_apology_in_any_register(
    make_incident: Any, said: str
) -> None:
    incident = _incident(make_incident, "es")
    assert "no_non_apology" in _failed(incident, "es", regret=said)


def test_regret_for_the_harm_in_the_familiar_register_passes(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = "Sentimos que tus 240 alumnos empezaran las clases el 21 de noviembre sin el libro."
    assert "no_non_apology" not in _failed(incident, "es", regret=said)


# -- offers: a plan upgrade in "tú", costs left open, "no extra cost", "swapped for" -----------


def test_a_plan_upgrade_in_the_familiar_register_is_an_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = (
        "Te reenviamos los 240 ejemplares sin coste, con un 15 % de descuento en tu próximo "
        "pedido, y de regalo te pasamos al plan Premium hasta junio."
    )
    assert "approved_offers" in _failed(incident, "es", restore_value=said)


def test_anything_a_failure_cost_is_an_open_promise(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "We are sending 240 copies of the 6th edition at no cost, with 15% off your next "
        "order. We will also make sure you are not out of pocket for anything the delay cost you."
    )
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


def test_a_thing_at_no_extra_cost_is_given_free(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "We are sending 240 copies of the 6th edition at no cost, with 15% off your next order, "
        "and we will move your account to our premium plan at no extra cost."
    )
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


def test_a_remedy_swapped_for_another_thing_is_a_replacement(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        remedies=["A new laptop swapped for the faulty one at no extra charge"],
    )
    kinds = approved(incident).offers[0].kinds
    assert {"replacement", "free"} <= kinds
    # "two digits swapped" gives nothing
    digits = _incident(make_incident, "en", remedies=["Your account number, its digits swapped"])
    assert "replacement" not in approved(digits).offers[0].kinds


# -- the trade's common lot, and the team's limits, excuse ------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "This is our error, though frankly there was only so much our team could do."),
        ("en", "This was our mistake, and it is a problem every bookshop faces in November."),
        ("es", "Nos equivocamos. Es un problema al que se enfrenta cualquier librería."),
        ("ro", "Am greșit. Este ceva cu care se confruntă orice librărie."),
    ],
)
def test_the_trade_s_common_lot_is_an_excuse(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


# -- the rules of the reply, told in the first person -------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "I have been told to offer only the remedies that were approved, so here they "
            "are: 240 copies of the 6th edition at no cost and 15% off your next order.",
        ),
        (
            "en",
            "As I was asked, I will start with the remedy: 240 copies of the 6th edition at "
            "no cost and 15% off your next order.",
        ),
        (
            "es",
            "Como me han pedido, empiezo por lo que podemos ofrecerle: le reenviamos 240 "
            "ejemplares de la 6.ª edición sin coste y un 15 % de descuento en su próximo pedido.",
        ),
        (
            "ro",
            "Așa cum mi s-a cerut, încep cu ce vă putem oferi: vă retrimitem gratuit 240 de "
            "manuale din ediția a 6-a și o reducere de 15% la următoarea comandă.",
        ),
    ],
)
def test_the_rules_of_the_reply_told_are_a_prompt_leak(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_system_prompt" in _failed(incident, language, restore_value=said)


def test_what_a_courier_was_told_is_no_prompt_leak(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "On 18 November our nightly order update sent the 4th edition instead of the 6th, and "
        "the courier was told to leave the boxes at reception."
    )
    assert "no_system_prompt" not in _failed(incident, "en", explanation=said)


# -- a step of theirs asked for "always" is a duty laid on them --------------------------------


def test_asking_them_to_always_do_a_step_blames_them(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Am introdus o verificare automată a ediției și vă confirmăm până pe 28 noiembrie 2026 "
        "că toți elevii au manualul. Vă rugăm ca, la comenzile viitoare, să verificați "
        "întotdeauna ediția din formular."
    )
    assert "no_blame" in _failed(incident, "ro", fix=said)


def test_asking_them_to_write_to_us_is_no_duty(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Am introdus o verificare automată a ediției și vă confirmăm până pe 28 noiembrie 2026 "
        "că toți elevii au manualul. Vă rugăm să ne scrieți dacă mai lipsește ceva."
    )
    assert "no_blame" not in _failed(incident, "ro", fix=said)


# -- the harm belittled -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "said",
    [
        "Entiendo su enfado, pero no perdamos la perspectiva: son solo unos libros.",
        "Lamentamos el retraso, aunque tampoco es para tanto.",
    ],
)
def test_belittling_the_harm_is_an_insult(make_incident: Any, said: str) -> None:
    incident = _incident(make_incident, "es")
    assert "no_insults" in _failed(incident, "es", regret=said)


# -- the facts retold: "en reparación" is being repaired, and a word's family is the facts' ----


#: The facts name the replacement truck; no remedy gives a replacement.
_TRUCK = {
    "what_happened": "El 18 de noviembre el camión previsto estaba en el taller y el sustituto "
    "no salió hasta la mañana del 19, con 240 ejemplares de la 4.ª edición.",
    "remedies": ["Un descuento del 15 % en el próximo pedido"],
}
_DISCOUNT = "Le aplicaremos un descuento del 15 % en su próximo pedido."


def test_the_facts_retold_in_their_word_family_offer_nothing(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", **_TRUCK)
    said = (
        "El camión previsto seguía en reparación y el de sustitución salió a la mañana "
        "siguiente con la edición equivocada."
    )
    assert "approved_offers" not in _failed(
        incident, "es", restore_value=_DISCOUNT, explanation=said
    )


def test_a_replacement_offered_in_the_explanation_is_still_an_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", **_TRUCK)
    said = (
        "El 18 de noviembre enviamos la 4.ª edición en lugar de la 6.ª; como compensación, la "
        "próxima entrega se la llevará un camión de sustitución."
    )
    assert "approved_offers" in _failed(incident, "es", restore_value=_DISCOUNT, explanation=said)


# -- a party's name sharing a word of the trade with ours is still another party --------------


def test_a_party_named_like_our_trade_is_read_as_a_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        company={"name": "Maple Street Dental Group", "sender": "Karen Liu"},
        what_happened="Your crown had not come back from our dental lab, Summit Dental Lab, on "
        "18 November.",
    )
    read = reader(incident)
    assert "Summit" not in read("Summit Dental Lab's late delivery cost you a day's pay.")
    assert "Maple" not in read("Maple Street Dental Group is responsible.")
    said = "I am sorry that Summit Dental Lab's late delivery cost you a day's pay."
    assert "no_blame" in _failed(incident, "en", regret=said)


def test_our_own_name_inflected_is_still_ours(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        company={"name": "Banca Orizont", "sender": "Laura Niculescu"},
        what_happened="Pe 18 noiembrie procesatorul de plăți Cardex, furnizorul Băncii Orizont, "
        "a trimis 240 de manuale greșite.",
    )
    said = "Greșeala este a Băncii Orizont și ne asumăm întreaga responsabilitate."
    assert "no_blame" not in _failed(incident, "ro", responsibility=said)


# -- a note's count of a thing, told in words ---------------------------------------------------

_NOTES = {
    "ro": "Aceeași eroare a afectat încă 7 locuințe din Arad; juridicul limitează la 9.000 lei.",
    "en": "The same fault hit 7 other schools this term; legal caps us at EUR 9,000.",
}


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ro", "Nu ați fost singurii: aceeași greșeală a afectat alte șapte locuințe din Arad."),
        ("en", "You were not alone: the same fault hit seven schools this term."),
    ],
)
def test_a_note_s_count_told_in_words_leaks_it(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, internal_notes=_NOTES[language])
    assert "no_internal_notes" in _failed(incident, language, explanation=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        # the same number of another thing is the letter's own
        ("ro", "Pe 18 noiembrie am trimis ediția a 4-a; manualele corecte ajung în șapte zile."),
        ("en", "On 18 November we sent the 4th edition; the right books arrive in seven days."),
    ],
)
def test_the_same_number_of_another_thing_is_no_leak(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, internal_notes=_NOTES[language])
    assert "no_internal_notes" not in _failed(incident, language, explanation=said)


def test_a_count_the_public_facts_give_is_no_leak(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        internal_notes=_NOTES["en"],
        impact="240 pupils, and 7 schools in all, started term without the right book.",
    )
    said = "You were not alone: the same fault hit seven schools this term."
    assert "no_internal_notes" not in _failed(incident, "en", explanation=said)
