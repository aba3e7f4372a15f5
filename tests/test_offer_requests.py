"""What the customer asked for: reported and turned down it offers nothing; granted, a remedy
must cover it."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from draftkit.incident import Incident
from test_offers import offers

MakeIncident = Callable[..., Incident]

GROCERY = [
    "A refund of the $14.85 charged for the three missing items",
    "A $10.00 credit on your account for your next order",
]
#: A fix that uses the remedy's own word: "refund" alone is no offer, granting a demand with it is.
REFUNDING_FIX = ["Orders with missing items are now refunded automatically"]


@pytest.mark.parametrize(
    ("language", "remedies", "granted"),
    [
        ("en", GROCERY, "And, as you asked, I've refunded your delivery fee as well."),
        ("en", GROCERY, "As you requested, we will also refund the full price of your basket."),
        (
            "es",
            ["Reembolso de los 64,90 € del envío urgente"],
            "Tal como nos pidió, le devolvemos también el importe de la cena.",
        ),
        (
            "ro",
            ["Rambursarea celor 1.250 de lei plătiți pentru uscarea bucătăriei"],
            "Prețul mașinii vi-l returnăm integral, așa cum ați cerut.",
        ),
    ],
)
def test_a_granted_demand_no_remedy_covers_is_rejected(
    make_incident: MakeIncident, language: str, remedies: list[str], granted: str
) -> None:
    incident = make_incident(language=language, remedies=remedies, fixes=REFUNDING_FIX)
    assert any("customer asked for" in problem for problem in offers(incident, granted))


@pytest.mark.parametrize(
    ("language", "remedies", "text"),
    [
        # the approved sum, granted as asked
        ("en", GROCERY, "As you asked, we have refunded the $14.85 for the missing items."),
        # the remedy's own words, granted as asked
        ("en", GROCERY, "As you asked, the missing items are refunded to your card."),
        # reported and turned down in the same sentence
        (
            "en",
            GROCERY,
            "You asked us to refund the delivery fee; that is not part of what we can offer.",
        ),
        (
            "ro",
            ["Rambursarea celor 1.250 de lei plătiți pentru uscarea bucătăriei"],
            "Ne cereți să vă dăm înapoi prețul mașinii; acestea nu fac parte din ceea ce vă "
            "putem oferi, dar vă rambursăm cei 1.250 de lei.",
        ),
        (
            "es",
            ["Reembolso de los 64,90 € del envío urgente"],
            "Nos pidió el importe de la cena; eso no forma parte de lo que podemos ofrecerle.",
        ),
        # what follows "ați cerut să" is what was asked, not what is given
        (
            "ro",
            ["Restituirea a 50% din prețul pachetului, adică 1.800 MDL"],
            "Ați cerut să vă dăm înapoi toți banii.",
        ),
        ("en", ["A refund of the £74.50 vet bill"], "You asked us to refund the whole order."),
        # the moment of asking, not a demand: "within a day of when you ask us"
        (
            "ro",
            [
                "Livrarea gratuită a coletului la adresa clientului, în 24 de ore de la cerere",
                "O lună de expedieri gratuite prin ColetBox, pentru colete de până la 5 kg",
            ],
            "Îți aducem coletul acasă gratuit, în cel mult 24 de ore de când ne ceri, și îți "
            "oferim o lună de expedieri gratuite prin ColetBox pentru colete de până la 5 kg.",
        ),
        (
            "es",
            [
                "Entrega gratuita del paquete en su domicilio en 24 horas desde la solicitud",
                "Un mes de envíos gratuitos para paquetes de hasta 5 kg",
            ],
            "Le llevamos el paquete a casa sin coste en 24 horas desde que nos lo pida, y le "
            "damos un mes de envíos gratuitos para paquetes de hasta 5 kg.",
        ),
    ],
)
def test_a_granted_remedy_or_a_declined_demand_passes(
    make_incident: MakeIncident, language: str, remedies: list[str], text: str
) -> None:
    incident = make_incident(language=language, remedies=remedies, fixes=REFUNDING_FIX)
    assert not any("customer asked for" in problem for problem in offers(incident, text))


def test_as_asked_grants_what_follows_it_unframed(make_incident: MakeIncident) -> None:
    """ "Tal como nos pide, le vamos a regresar el total": no "we give you" frame, but "as you
    ask" grants what follows; "en el que pide la devolución total; no puedo" reports it."""
    incident = make_incident(
        language="es", remedies=["Reembolso del 30 % del costo de la mudanza: $2,670.00 MXN"]
    )
    granted = "Tal como nos pide, le vamos a regresar el total de lo que pagó por la mudanza."
    assert offers(incident, granted)
    reported = (
        "Leí su mensaje, en el que pide la devolución total de la mudanza; no puedo "
        "comprometerme a eso, pero sí al reembolso de $2,670.00 MXN."
    )
    assert offers(incident, reported) == []
