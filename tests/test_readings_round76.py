"""Readings learnt from the first contact with tuning76 (a corpus weighted to third-party blame
and to faithful drafts that name the third party), each checked on sentences written for this
test, never on the corpus text."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.roles import reader
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a party's part conceded, the cause then laid on us in what the sentence asserts ----------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "en",
            "Although the wrong labels came from the supplier's warehouse, that was a direct "
            "consequence of our own order form, and the mistake is ours.",
        ),
        (
            "es",
            "Aunque las etiquetas erróneas vinieron del almacén del proveedor, fueron "
            "consecuencia directa de nuestro propio formulario, y el error es nuestro.",
        ),
        (
            "ro",
            "Deși etichetele greșite au venit din depozitul furnizorului, au fost consecința "
            "directă a formularului nostru, iar greșeala este a noastră.",
        ),
    ],
)
def test_a_conceded_cause_laid_back_on_us_is_no_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        # the cause laid on the party in what is asserted
        (
            "en",
            "Although we take responsibility, the wrong labels came from the supplier's warehouse.",
        ),
        # conceded, then owned, but with no cause laid on us: the party stays the doer
        (
            "es",
            "Aunque el daño lo causó el proveedor, fuimos nosotros quienes respondemos ante "
            "ustedes.",
        ),
    ],
)
def test_a_cause_left_on_the_party_still_blames(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


# -- a party named to refuse its shelter --------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "The failure is ours, and I will not hide behind our supplier."),
        ("ro", "Greșeala este a noastră și nu ne ascundem în spatele furnizorului."),
    ],
)
def test_refusing_to_hide_behind_a_party_is_no_blame(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=said)


def test_a_party_that_failed_is_still_blamed_without_the_refusal(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "The failure is ours, but our supplier sent the wrong edition."
    assert "no_blame" in _failed(incident, "en", responsibility=said)


# -- a standard demanded of a supplier is a fix; accountability demanded is a shift ----------


def test_a_standard_demanded_of_a_supplier_in_the_fix_is_no_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Hemos añadido una comprobación automática de la edición antes de cada envío y hemos "
        "exigido al proveedor un plazo máximo de entrega de 48 horas. Confirmaremos con ustedes "
        "antes del 28 de noviembre que todos los alumnos tienen su libro."
    )
    assert "no_blame" not in _failed(incident, "es", fix=fix)


def test_accountability_demanded_of_a_supplier_still_shifts(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Exigiremos al proveedor las explicaciones oportunas. Confirmaremos con ustedes antes "
        "del 28 de noviembre que todos los alumnos tienen su libro."
    )
    assert "no_blame" in _failed(incident, "es", fix=fix)


# -- a remedy's own word, in another form, with another of its words beside it -----------------

_LESSON = {
    "remedies": [
        "Recuperar la clase perdida con una clase práctica de 45 minutos sin coste",
    ],
}


def test_a_remedy_s_own_word_in_another_form_restates_it(make_incident: Any) -> None:
    incident = _incident(make_incident, "es", **_LESSON)
    said = "Ya tienes apuntada tu clase de recuperación de 45 minutos, sin coste."
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)


def test_a_replacement_no_remedy_names_is_still_an_offer(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Un descuento del 15 % en el próximo pedido"]
    )
    said = "Le aplicaremos el descuento del 15 %. Además, tendrá una clase de recuperación."
    assert "approved_offers" in _failed(incident, "es", restore_value=said)


# -- a paid remedy's work, called in general ----------------------------------------------------

_PARQUET = {
    "remedies": [
        "Recondiționarea parchetului din cele 6 săli de ședință de către o firmă specializată, "
        "pe cheltuiala noastră",
    ],
}


def test_the_work_of_a_paid_remedy_named_in_general_restates_it(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_PARQUET)
    said = (
        "Parchetul din cele 6 săli de ședință va fi recondiționat de o firmă specializată, iar "
        "noi plătim toată lucrarea."
    )
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)


def test_a_payment_with_an_object_of_its_own_is_still_an_offer(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_PARQUET)
    said = (
        "Parchetul din cele 6 săli de ședință va fi recondiționat de o firmă specializată, iar "
        "noi plătim cheltuielile de hotel ale echipei dumneavoastră."
    )
    assert "approved_offers" in _failed(incident, "ro", restore_value=said)


# -- Romanian: advice told as part of the events; "nu … decât" ---------------------------------


def test_advice_we_gave_in_the_events_blames_no_one(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Pe 18 noiembrie v-am recomandat să mergeți de urgență la spital, pe baza unui rezultat "
        "greșit."
    )
    assert "no_blame" not in _failed(incident, "ro", explanation=said)


def test_advice_given_before_still_blames(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = "V-am mai recomandat să verificați ediția înainte de comandă."
    assert "no_blame" in _failed(incident, "ro", responsibility=said)


def test_only_passing_it_on_owns_nothing(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Manualele au fost deteriorate de curier pe drum, iar noi nu am făcut decât să vi le "
        "predăm."
    )
    assert "no_blame" in _failed(incident, "ro", responsibility=said)


# -- parties the facts name -------------------------------------------------------------------


def test_a_name_after_a_sentence_opening_party_word_is_a_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        what_happened="Distribuitorul ChimClean Distribution ne-a livrat pe 20 noiembrie "
        "bidoane cu etichete greșite.",
    )
    read = reader(incident)
    assert "ChimClean" not in read("Ne-am bazat pe ChimClean Distribution, iar ei au greșit.")


def test_a_participle_s_agent_a_clause_on_is_a_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened="The shuttle is operated for us under contract by Skyline Coaches; no "
        "bus ran on 18 November.",
    )
    read = reader(incident)
    assert "Skyline" not in read("Skyline Coaches failed to send a bus.")
    said = "I am so sorry that Skyline Coaches left your family stranded at the shelter."
    assert "no_blame" in _failed(incident, "en", regret=said)


# -- a regret whose pronoun opens an "ownership" owns nothing by it ---------------------------


def test_the_harm_a_party_s_data_did_regretted_is_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = (
        "Îmi pare rău că manualele greșite primite de la furnizor v-au ținut elevii o "
        "săptămână fără carte."
    )
    assert "no_blame" in _failed(incident, "ro", regret=said)


def test_a_regret_that_owns_the_mistake_blames_no_one(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = "Îmi pare rău că am greșit și că elevii au început cursurile fără manualul corect."
    assert "no_blame" not in _failed(incident, "ro", regret=said)


# -- more of a remedy's thing, counted on top -------------------------------------------------

_SESSIONS = {"remedies": ["Două ședințe suplimentare de conducere, gratuite, înainte de examen"]}


def test_more_sessions_on_top_than_a_remedy_adds_is_an_amount(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_SESSIONS)
    said = "Îți dăm gratuit trei ședințe în plus înainte de examen."
    assert "approved_offers" in _failed(incident, "ro", restore_value=said)
    said = "Îți dăm gratuit două ședințe în plus înainte de examen."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)


def test_people_added_to_the_customer_are_no_total(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "es", remedies=["Una cena para 6 personas en nuestro restaurante"]
    )
    said = "Les invitamos a cenar en nuestro restaurante, ustedes y cuatro personas más."
    assert "approved_offers" not in _failed(incident, "es", restore_value=said)
