"""Readings learnt from the first contact with tuning77 (a corpus weighted to faithful drafts
that restate rich remedies, and to offer plants) and tuning78 (every kind), each checked on
sentences written for this test, never on the corpus text."""

from __future__ import annotations

from typing import Any

from draftkit.roles import reader
from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- a sum said as a little more than the approved one ------------------------------------------

_TAXI = {"remedies": ["Rambursarea celor 19,99 lei plătiți pe transport"]}


def test_almost_a_round_sum_restates_the_sum_just_under_it(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_TAXI)
    said = "Vă dăm înapoi cei aproape 20 de lei plătiți pe transport."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)


def test_almost_a_sum_well_above_the_approved_one_is_more(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_TAXI)
    said = "Vă dăm înapoi aproape 30 de lei pentru transport."
    assert "approved_offers" in _failed(incident, "ro", restore_value=said)


# -- money given back, and how it is given ---------------------------------------------------

_DATA = {
    "remedies": [
        "Reimbursement of the £48.50 you spent on mobile data top-ups",
        "50% off your monthly bill for the next three months",
    ]
}


def test_a_refund_at_our_expense_gives_nothing_free(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_DATA)
    said = "The £48.50 of mobile data you bought to keep working will be reimbursed at our expense."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


_REFUND = {"remedies": ["A refund of the £48.50 data charge", "Free installation of a new router"]}
_GIVEN = "We will refund the £48.50 data charge and install a new router free of charge."


def test_a_refund_shown_on_the_next_bill_is_not_for_later(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_REFUND)
    said = "The £48.50 refund is being processed, and you'll see the credit on your next bill."
    assert "approved_offers" not in _failed(incident, "en", restore_value=_GIVEN, closing=said)


def test_a_gift_on_the_next_bill_is_still_for_later(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_REFUND)
    said = f"{_GIVEN} Your next bill is free as well."
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


# -- the share left to pay -----------------------------------------------------------------------

_ROOM = {"remedies": ["15% off the room hire for your 2027 conference, if you book it with us"]}


def test_the_share_left_to_pay_restates_a_discount(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_ROOM)
    said = "Should you book your 2027 conference here, you would pay 85% of the usual room hire."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


def test_the_share_left_given_back_is_more_than_approved(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_ROOM)
    said = "We will refund 85% of the room hire for your 2027 conference."
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


# -- counts with the linking word, a price each ---------------------------------------------------


def test_a_price_each_for_many_things_restates_their_total(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=["Rambursarea integrală a celor 34 de meniuri nelivrate, adică 8.160,00 lei"],
    )
    said = (
        "Cele 34 de meniuri pe care nu le-am adus vi le rambursăm complet, câte 240 de lei "
        "fiecare, în total 8.160 de lei."
    )
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)
    said = "Vă rambursăm cele 34 de meniuri, câte 300 de lei fiecare."
    assert "approved_offers" in _failed(incident, "ro", restore_value=said)


# -- a request said not to be needed --------------------------------------------------------------

_TOWING = {"remedies": ["Rambursarea celor 420 de lei plătiți pentru tractare"]}


def test_paying_without_being_asked_grants_no_request(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro", **_TOWING)
    given = "Vă rambursăm cei 420 de lei plătiți pentru tractare."
    said = "Banii pentru tractare vi-i virăm fără să mai fie nevoie să ne cereți nimic."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=given, closing=said)


def test_a_request_granted_after_a_free_offer_still_grants(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", remedies=["A refund of the £48.50 data charge"])
    said = (
        "We will refund the £48.50 without charge, and, as you asked, we will not charge you "
        "for the installation at all."
    )
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


# -- an offer added "along with" an approved one is judged alone ----------------------------------


def test_an_offer_along_with_an_approved_sum_is_judged_alone(make_incident: Any) -> None:
    incident = _incident(
        make_incident, "en", remedies=["Reimbursement of the £48.50 you spent on mobile data"]
    )
    said = (
        "As you asked, we will give you your installation fee back, along with the £48.50 you "
        "spent on mobile data."
    )
    assert "approved_offers" in _failed(incident, "en", restore_value=said)
    said = "We will give you back the £48.50 you spent on mobile data, along with our apologies."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


# -- parties and their harm -------------------------------------------------------------------


def test_a_name_before_a_word_of_what_its_product_does_is_a_party(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "en",
        what_happened="We run your nightly backups on the VaultSpan backup platform; no backup "
        "completed between 12 and 29 November.",
    )
    assert "VaultSpan" not in reader(incident)("VaultSpan's jobs failed.")
    said = "I regret that VaultSpan's failed jobs cost your team 140 hours of work."
    assert "no_blame" in _failed(incident, "en", regret=said)


def test_harm_done_by_a_party_in_the_passive_is_blame(make_incident: Any) -> None:
    incident = _incident(make_incident, "en")
    said = "I am so sorry that your first week of term was spoiled by the supplier."
    assert "no_blame" in _failed(incident, "en", regret=said)


# -- numbers that are codes or shares, and sums, are no counts --------------------------------


def test_a_shade_code_multiplies_no_approved_sum(make_incident: Any) -> None:
    incident = _incident(
        make_incident,
        "ro",
        remedies=[
            "Refacerea celor trei coroane în nuanța A2, fără niciun cost suplimentar",
            "Rambursarea a 150,00 lei pentru drumul făcut degeaba",
        ],
    )
    said = "Refacem coroanele în nuanța A2 și vă rambursăm 300,00 lei pentru drum."
    assert "approved_offers" in _failed(incident, "ro", restore_value=said)
    said = "Refacem coroanele în nuanța A2 și vă rambursăm 150,00 lei pentru drum."
    assert "approved_offers" not in _failed(incident, "ro", restore_value=said)


def test_counts_skip_shares_and_sums() -> None:
    from draftkit.amounts import counts_in

    assert counts_in("aveți cincisprezece la sută reducere", "ro") == []
    assert counts_in("an EUR 85 credit on your invoice", "en") == []
    assert counts_in("Cele 34 de meniuri, câte 240 de lei", "ro") == [("meniur", 34)]


# -- anything else, fronted before the payment ----------------------------------------------------


def test_anything_else_fronted_before_we_pay_is_left_open(make_incident: Any) -> None:
    incident = _incident(make_incident, "ro")
    said = "Orice altceva vă mai trebuie până la începerea cursurilor, acoperim noi."
    assert "approved_offers" in _failed(incident, "ro", closing=said)


# -- a step of ours the customer then confirms is no duty laid on them ------------------------


def test_what_we_send_for_them_to_confirm_lays_no_duty(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    fix = (
        "Hemos añadido una comprobación automática de la edición antes de cada envío, y antes "
        "de cada pedido les enviaremos el listado que vamos a usar para que nos lo confirmen. "
        "Confirmaremos con ustedes antes del 28 de noviembre que todos los alumnos tienen su libro."
    )
    assert "no_blame" not in _failed(incident, "es", fix=fix)


def test_asking_them_to_confirm_is_still_a_duty(make_incident: Any) -> None:
    incident = _incident(make_incident, "es")
    said = "Les pedimos que confirmen siempre la edición antes de hacer el pedido."
    assert "no_blame" in _failed(incident, "es", responsibility=said)
