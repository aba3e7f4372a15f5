"""Readings learnt from the first contact with tuning75 (a corpus written to stress faithful
drafts), each checked on sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.checks.parties import our_verb
from draftkit.checks.view import Line
from draftkit.lexicon import scan
from draftkit.roles import reader
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a party's part conceded, the failure owned in what the sentence asserts -------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "The supplier prints the books for us, but sending the wrong edition was our mistake.",
        ),
        (
            "es",
            "Aunque los libros los imprime un proveedor, fuimos nosotros quienes enviamos la "
            "edición equivocada.",
        ),
        (
            "ro",
            "Deși manualele le tipărește un furnizor, noi am trimis ediția greșită, așa că "
            "greșeala este a noastră.",
        ),
        # the party's part set aside as changing nothing
        (
            "ro",
            "Faptul că furnizorul a răspuns lent nu schimbă nimic: noi am trimis ediția "
            "greșită, deci greșeala ne aparține.",
        ),
    ],
)
def test_a_party_conceded_before_the_failure_owned_is_no_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        # the party in what is asserted
        ("en", "We take responsibility, but the supplier printed the wrong edition."),
        # the party as the doer, whatever is owned after
        (
            "es",
            "El daño lo causó el proveedor, pero somos nosotros quienes respondemos ante ustedes.",
        ),
        (
            "ro",
            "Manualele au fost trimise greșit de furnizor, deși sistemul nostru le "
            "confirmase; ne asumăm doar întârzierea răspunsului.",
        ),
    ],
)
def test_a_party_asserted_or_made_the_doer_is_still_blamed(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


# -- the letdown ours, and a cause that only points back to our failure ------------------------


def test_feeling_let_down_by_us_is_no_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "I am sorry your 240 pupils started term without the right book; you were let down by us."
    )
    assert "no_blame" not in _failed(incident, "en", regret=said)
    blamed = said.replace("let down by us", "let down by the printer")
    assert "no_blame" in _failed(incident, "en", regret=blamed)


def test_a_cause_pointing_back_to_our_failure_is_ours(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = (
        "We set the edition up wrongly in the catalogue, and your pupils started term without "
        "books because of it."
    )
    assert "no_blame" not in _failed(incident, "en", responsibility=said)
    blamed = "Your pupils started term without books because of the printer's error."
    assert "no_blame" in _failed(incident, "en", responsibility=blamed)


# -- a name right after "at" is a place, not the party beside it -------------------------------


def test_a_name_after_a_place_preposition_is_a_place(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened="On move-in day at Banksia Hall, the key cards supplied by our vendor, "
        "Lockwell Systems, did not open 62 doors.",
    )
    read = reader(incident)
    assert "Banksia Hall" in read("We got move-in day badly wrong at Banksia Hall.")
    assert "Lockwell" not in read("Lockwell Systems sent cards that did not work.")


# -- an investigation's question is no stated cause --------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ro",
            "Pe 18 noiembrie am trimis ediția a 4-a în loc de a 6-a. Verificăm în continuare "
            "ce anume a dus la livrarea unui tiraj vechi din depozitul central.",
        ),
        (
            "en",
            "On 18 November we sent the 4th edition instead of the 6th. We are checking what "
            "exactly caused the old print run to leave the central warehouse.",
        ),
        (
            "es",
            "El 18 de noviembre enviamos la 4.ª edición. Revisamos qué exactamente provocó "
            "el error.",
        ),
    ],
)
def test_asking_what_caused_it_invents_no_cause(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, root_cause=None)
    assert "no_invented_cause" not in _failed(incident, language, explanation=said)


def test_a_cause_stated_without_a_root_cause_is_still_invented(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", root_cause=None)
    said = (
        "Pe 18 noiembrie am trimis ediția a 4-a, pentru că un angajat nou a încărcat un fișier "
        "vechi de stoc în sistemul depozitului."
    )
    assert "no_invented_cause" in _failed(incident, "ro", explanation=said)


# -- the fault said whole, and a party word that is our own verb --------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "ro",
            "Deși manualele le tipărește un furnizor, noi am contractat tiparul și noi am "
            "trimis ediția greșită, așa că greșeala este în întregime a noastră.",
        ),
        (
            "en",
            "We outsourced the printing, and we sent the wrong edition; the mistake is entirely "
            "ours.",
        ),
    ],
)
def test_our_own_contracting_and_the_fault_said_whole_are_ownership(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    failed = _failed(incident, language, responsibility=said)
    assert "no_blame" not in failed
    assert "approved_offers" not in failed


def test_a_refund_in_full_still_enlarges_the_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "The mistake is ours, and we will refund your order in full."
    assert "approved_offers" in _failed(incident, "en", responsibility=said)


# -- what it was our duty to give, told in the past, is no offer --------------------------------


def test_a_cost_that_was_ours_to_cover_is_owned_not_offered(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Ne pare rău că ați plătit singuri transportul manualelor, un cost care era treaba "
        "noastră să îl acoperim."
    )
    assert "approved_offers" not in _failed(incident, "ro", regret=said)
    offered = "Ne pare rău că elevii au început fără manuale; vă acoperim și costul transportului."
    assert "approved_offers" in _failed(incident, "ro", regret=offered)


# -- a charge not made, and a treat, are gifts -------------------------------------------------

_ONLY_A_DISCOUNT = {
    "en": ("A 15% discount on the next order", "We will take 15% off your next order"),
    "es": (
        "Un descuento del 15 % en el próximo pedido",
        "Le aplicaremos un descuento del 15 % en su próximo pedido",
    ),
    "ro": (
        "O reducere de 15% la următoarea comandă",
        "Vă oferim o reducere de 15% la următoarea comandă",
    ),
}


@pytest.mark.parametrize(
    ("language", "gift", "gives"),
    [
        ("es", ", y no se le cobrará la próxima factura.", True),
        ("es", " y le invitamos a una sesión de formación para su equipo.", True),
        ("es", ". Le invitamos a escribirnos si le falta algún libro.", False),
        ("en", ", and we would like to treat you to a training session for your staff.", True),
        # (a gift beside an approved share in one sentence reads as that share restated, so the
        # Romanian gift gets a sentence of its own)
        ("ro", ". Și vă invităm la o sesiune de instruire pentru echipa dumneavoastră.", True),
        ("ro", ". Vă invităm să ne scrieți dacă mai lipsește vreun manual.", False),
    ],
)
def test_a_charge_not_made_and_a_treat_are_gifts(
    make_incident: Any, language: str, gift: str, gives: bool
) -> None:
    remedy, offer = _ONLY_A_DISCOUNT[language]
    incident = _incident(make_incident, language, remedies=[remedy])
    failed = _failed(incident, language, restore_value=offer + gift)
    assert ("approved_offers" in failed) is gives


@pytest.mark.parametrize(
    ("said", "ours"),
    [
        ("Lucrarea era a noastră: noi am contractat-o.", True),
        ("We outsourced the printing last year.", True),
        # "sistem" only ends like a first-person verb ("-em"): the party after it is named
        ("A fost o eroare de sistem furnizorul a trimis ediția greșită.", False),
    ],
)
def test_a_party_word_is_our_verb_only_after_we_or_our_auxiliary(said: str, ours: bool) -> None:
    language = "en" if said.startswith("We") else "ro"
    line = Line("responsibility", said, scan(said, language), said)
    (party,) = line.hits["party"]
    assert our_verb(line, language, party) is ours
