"""The text mechanics of the offline drafts (`providers.prose`) on the words of each pack.

Spanish and English articles, Romanian "de" after a number, Spanish "y"/"e", sentence
splitting around titles, and the capital a name keeps at a clause start.
"""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.languages import pack
from draftkit.providers import prose


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("reembolso íntegro", "el reembolso íntegro"),
        ("devolución del importe", "la devolución del importe"),
        ("noches de hotel gratis", "las noches de hotel gratis"),
        ("bonos de viaje", "los bonos de viaje"),
        ("mejora de habitación", "la mejora de habitación"),
        ("mes gratis", "el mes gratis"),
        ("día adicional", "el día adicional"),
        ("noche extra", "la noche extra"),
        ("un bono de 300 euros", "un bono de 300 euros"),
        ("3 meses gratis", "3 meses gratis"),
        ("reenviar los libros", "reenviar los libros"),
        ("revisamos cada pedido", "revisamos cada pedido"),
        ("no actualizamos pedidos en temporada alta", "no actualizamos pedidos en temporada alta"),
        ("Netflix durante un mes", "Netflix durante un mes"),
    ],
)
def test_spanish_articles(item: str, expected: str) -> None:
    assert prose.with_article(item, _template("es")["article"]) == expected


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ("replacement shipment of 240 copies", "a replacement shipment of 240 copies"),
        ("credit of EUR 120", "a credit of EUR 120"),
        ("upgrade to the Pro plan", "an upgrade to the Pro plan"),
        ("automatic check that flags old editions", "an automatic check that flags old editions"),
        ("random manual audits of 5% of orders", "random manual audits of 5% of orders"),
        ("priority support for a month", "priority support for a month"),
        ("refund requests answered within a day", "refund requests answered within a day"),
        ("delivery on 23 November", "delivery on 23 November"),
        ("the EUR 35 fee refunded", "the EUR 35 fee refunded"),
    ],
)
def test_english_articles(item: str, expected: str) -> None:
    assert prose.with_article(item, _template("en")["article"]) == expected


def test_spanish_y_becomes_e_before_an_i_sound() -> None:
    frames = _template("es")
    assert prose.join(["auditorías", "inspecciones"], frames) == "auditorías e inspecciones"
    assert prose.join(["agua", "hielo"], frames) == "agua y hielo"
    assert prose.join(["a", "b", "higiene"], frames) == "a; b; e higiene"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("89 lei", "89 de lei"),
        ("20 lei", "20 de lei"),
        ("19 lei", "19 lei"),
        ("101 lei", "101 lei"),
        ("119 lei", "119 lei"),
        ("120 lei", "120 de lei"),
        ("100 lei", "100 de lei"),
        ("2.400 clienți", "2.400 de clienți"),
        ("2.400 de clienți", "2.400 de clienți"),
        ("1.173,40 lei", "1.173,40 lei"),
        ("pe 20 noiembrie", "pe 20 noiembrie"),
        ("timp de 6 ore", "timp de 6 ore"),
        ("24 ore", "24 de ore"),
        ("o reducere de 20%", "o reducere de 20%"),
        ("89 RON", "89 RON"),
    ],
)
def test_romanian_numerals_take_de_from_20_up(text: str, expected: str) -> None:
    assert prose.link_numerals(text, _template("ro")["numerals"]) == expected


def test_sentences_do_not_break_after_a_title() -> None:
    assert prose.sentences("La Sra. Herrera llegó a las 23:00. No había habitación.") == [
        "La Sra. Herrera llegó a las 23:00.",
        "No había habitación.",
    ]
    assert prose.first_sentence("Edition 3.ª was sent. Then 4.") == "Edition 3.ª was sent."
    assert (
        prose.first_sentence("We sent it to Rome. Then J. Smith signed.") == "We sent it to Rome."
    )
    assert len(prose.sentences("Then J. Smith signed. Dr. Okafor agreed.")) == 2


def test_a_name_keeps_its_capital_after_that() -> None:
    keep = prose.proper_words(["Our app Ledgerly failed."])
    assert prose.lower_first("Ledgerly was down.", keep) == "Ledgerly was down."
    assert prose.lower_first("Your HR team waited.", keep) == "your HR team waited."
    assert prose.lower_first("HR could not log in.", keep) == "HR could not log in."
    assert prose.lower_first("O regulă nouă.", keep) == "o regulă nouă."


def _template(language: str) -> dict[str, Any]:
    return pack(language).data("template")
