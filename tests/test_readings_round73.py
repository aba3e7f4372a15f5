"""Readings learnt from the first contact with tuning73, each checked on sentences written for
this test (the textbook incidents of test_checks), never on the corpus text that showed the gap."""

from __future__ import annotations

from typing import Any

import pytest

from test_checks import failed_checks as _failed
from test_checks import textbook_incident as _incident

# -- an excuse's own words denied admit the failure -------------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "Revisamos el lote y no es un caso aislado: faltaba en 12 de las 80 unidades."),
        ("es", "No ha sido un hecho puntual, sino un fallo de nuestro proceso."),
        ("en", "We checked the batch, and this was not an isolated incident: 12 of 80 lacked it."),
        ("ro", "Am verificat lotul și nu a fost un caz izolat: lipsea la 12 din 80 de unități."),
    ],
)
def test_an_excuse_denied_is_no_excuse(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, explanation=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "Fue un caso aislado que no se repetirá."),
        ("es", "No hubo forma de preverlo."),
        ("en", "It was an isolated incident, and it will not happen again."),
        ("ro", "A fost un caz izolat, care nu se va repeta."),
        # a "not" in another clause denies nothing of it
        ("es", "No lo vimos venir, pero fue un caso aislado."),
    ],
)
def test_an_excuse_said_plainly_still_excuses(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, explanation=said)


# -- months the facts date are the failure's, unless a remedy gives one of them ---------------

_CHARGED = {
    "en": {
        "what_happened": "We charged your card $44.90 on 3 October and again on 3 November "
        "after you had cancelled.",
        "remedies": [
            "A refund of the $89.80 charged after the cancellation",
            "One free month if you come back, valid until 30 June 2027",
        ],
    },
    "es": {
        "what_happened": "Le cobramos 44,90 € el 3 de octubre y de nuevo el 3 de noviembre "
        "después de su baja.",
        "remedies": [
            "Devolución de los 89,80 € cobrados de más",
            "Un mes gratuito si decide volver, válido hasta el 30 de junio de 2027",
        ],
    },
    "ro": {
        "what_happened": "V-am debitat 44,90 lei pe 3 octombrie și din nou pe 3 noiembrie, după "
        "ce renunțaserăți la abonament.",
        "remedies": [
            "Rambursarea celor 89,80 lei încasați în plus",
            "O lună gratuită dacă reveniți, valabilă până la 30 iunie 2027",
        ],
    },
}
_REFUND = {
    "en": "We will refund the $89.80 for the October and November fees.",
    "es": "Le devolvemos los 89,80 € de las cuotas de octubre y noviembre.",
    "ro": "Vă rambursăm cei 89,80 lei pentru lunile octombrie și noiembrie.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_months_the_facts_date_are_what_an_approved_refund_is_for(
    make_incident: Any, language: str
) -> None:
    incident = _incident(make_incident, language, **_CHARGED[language])
    assert "approved_offers" not in _failed(incident, language, restore_value=_REFUND[language])


_MORE = {
    "en": "We will refund the $89.80, and December and January are free.",
    "es": "Le devolvemos los 89,80 € y le regalamos diciembre y enero.",
    "ro": "Vă rambursăm cei 89,80 lei, iar decembrie și ianuarie sunt gratuite.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_months_the_facts_never_name_are_still_given(make_incident: Any, language: str) -> None:
    incident = _incident(make_incident, language, **_CHARGED[language])
    assert "approved_offers" in _failed(incident, language, restore_value=_MORE[language])


def test_where_a_remedy_gives_one_of_them_the_facts_months_give_no_more(
    make_incident: Any,
) -> None:
    """ "November free" approved, October and November charged: both free is more."""
    incident = _incident(
        make_incident,
        "en",
        what_happened="We charged you on 3 October and on 3 November after you cancelled.",
        remedies=["November's subscription free of charge"],
    )
    said = "Your October and November subscriptions are free of charge."
    assert "approved_offers" in _failed(incident, "en", restore_value=said)


# -- an owning part with nobody in it owns nothing, whatever it calls the failure -------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "El envío salió incompleto del almacén. Fue un fallo grave, que nunca debió pasar."),
        ("en", "The order left the warehouse incomplete. It should never have happened."),
        ("ro", "Comanda a plecat incompletă din depozit. Nu trebuia să se întâmple așa ceva."),
    ],
)
def test_a_failure_regretted_with_nobody_in_it_is_evasion(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" in _failed(incident, language, responsibility=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "El envío salió incompleto. Fue un fallo nuestro que nunca debió pasar."),
        ("en", "The double booking was our mistake, and I apologise for it."),
        ("ro", "Comanda a plecat incompletă. Nu trebuia să se întâmple și greșeala e a noastră."),
    ],
)
def test_the_same_said_as_ours_owns_it(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "no_blame" not in _failed(incident, language, responsibility=said)


# -- the points a reply "must cover" are the drafting talking -------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "Paso ahora al tercer punto que debo cubrir en esta respuesta: qué ocurrió."),
        ("es", "Como debo incluir en esta carta la causa, se la explico."),
        ("en", "Now to the third point I need to cover in this reply: what happened."),
        ("en", "As I must address in this letter what went wrong, here it is."),
        ("ro", "Trec la al treilea punct pe care trebuie să-l acopăr: ce s-a întâmplat."),
        ("ro", "Trebuie să abordez în acest răspuns cauza, așa că v-o explic."),
    ],
)
def test_the_points_a_reply_must_cover_are_drafting_talk(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_system_prompt" in _failed(incident, language, explanation=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("es", "El tercer punto de la factura era incorrecto y lo hemos corregido."),
        ("es", "Cubriremos en esta semana el coste del reenvío."),
        ("en", "We will cover the cost of the reprint, and the third item on your bill is wrong."),
        ("ro", "Punctul trei din factură era greșit și l-am corectat."),
    ],
)
def test_points_and_covering_in_the_facts_are_not(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "no_system_prompt" not in _failed(incident, language, explanation=said)


# -- the failure made right at our expense pays for what the remedies name --------------------

_MADE_RIGHT = {
    "en": "We will put this right at our expense. We are resending the 240 copies free of charge.",
    "es": "Lo arreglaremos todo a nuestra costa: le reenviamos sin coste los 240 ejemplares.",
    "ro": "Vom îndrepta totul pe cheltuiala noastră: vă retrimitem gratuit cele 240 de manuale.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_the_failure_made_right_at_our_expense_restates_the_remedies(
    make_incident: Any, language: str
) -> None:
    incident = _incident(make_incident, language)
    said = _MADE_RIGHT[language]
    assert "approved_offers" not in _failed(incident, language, restore_value=said)


_PAID_MORE = {
    "en": "We will also pay for your taxi to the school at our expense.",
    "es": "También le pagaremos a nuestra costa el taxi hasta el colegio.",
    "ro": "Vă plătim și taxiul până la liceu, pe cheltuiala noastră.",
}


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_a_thing_paid_at_our_expense_is_still_an_offer(make_incident: Any, language: str) -> None:
    incident = _incident(make_incident, language)
    said = _PAID_MORE[language]
    assert "approved_offers" in _failed(incident, language, restore_value=said)


# -- a share in words, and costs left open in a condition --------------------------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "We will also take a third off your next order."),
        ("es", "Además, le haremos un tercio de descuento en su próximo pedido."),
        ("ro", "În plus, vă oferim o reducere de o treime la următoarea comandă."),
    ],
)
def test_a_share_named_in_words_is_that_share(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)  # the remedies give 15% off
    assert "approved_offers" in _failed(incident, language, restore_value=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "If this cost you anything else, send us the receipts and we will pay you back."),
        ("es", "Si le ha supuesto cualquier otro gasto, envíenos los recibos y se lo pagamos."),
        ("ro", "Dacă v-a mai costat orice altceva, trimiteți-ne chitanțele și vă rambursăm."),
    ],
)
def test_costs_left_open_in_a_condition_are_covered_without_limit(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language, **_CHARGED[language])  # money is approved
    assert "approved_offers" in _failed(incident, language, restore_value=said)


def test_a_condition_that_names_nothing_open_offers_nothing_more(make_incident: Any) -> None:
    incident = _incident(make_incident, "en", **_CHARGED["en"])
    said = "If the $89.80 has not reached you by Friday, tell us and we will pay it again."
    assert "approved_offers" not in _failed(incident, "en", restore_value=said)


# -- an upgrade said as a move up, and "without it costing you anything" ---------------------


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "I'll also move you up to our premium edition without it costing you anything."),
        ("es", "Además, le pasamos a la edición de lujo sin que le cueste nada."),
        ("ro", "În plus, vă trecem la ediția de lux, fără să vă coste nimic."),
    ],
)
def test_a_move_up_given_free_is_an_upgrade(make_incident: Any, language: str, said: str) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" in _failed(incident, language, restore_value=said)


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("en", "We resend the 240 copies without it costing you anything."),
        ("es", "Le reenviamos los 240 ejemplares sin que le cueste nada."),
        ("ro", "Vă retrimitem cele 240 de manuale, fără să vă coste nimic."),
    ],
)
def test_an_approved_remedy_without_cost_restates_it(
    make_incident: Any, language: str, said: str
) -> None:
    incident = _incident(make_incident, language)
    assert "approved_offers" not in _failed(incident, language, restore_value=said)
