"""Money and percentages in figures and in words, across en/es/ro."""

from __future__ import annotations

from decimal import Decimal

import pytest

from draftkit.amounts import counts_in, money_in, percents_in


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("€50, 50 EUR and $1,200.00", "en", [Decimal(50), Decimal(50), Decimal("1200.00")]),
        ("un bono de 300 euros", "es", [Decimal(300)]),
        ("1.200 lei și 50 de euro", "ro", [Decimal(1200), Decimal(50)]),
        # written out, with the cents named or closing the clause
        ("sesenta y cuatro euros con noventa céntimos", "es", [Decimal("64.90")]),
        ("treinta y un euros con cincuenta, como pidió", "es", [Decimal("31.50")]),
        ("forty-five pounds", "en", [Decimal(45)]),
        ("thirty-eight dollars sixty", "en", [Decimal("38.60")]),
        ("două sute cincizeci de lei", "ro", [Decimal(250)]),
        ("mil doscientos cincuenta euros", "es", [Decimal(1250)]),
        ("un millón de euros", "es", [Decimal(1000000)]),
        # a figure before a spelled multiplier multiplies it
        ("3 mil pesos", "es", [Decimal(3000)]),
        ("2,5 millones de euros", "es", [Decimal(2500000)]),
        ("3 mii de lei", "ro", [Decimal(3000)]),
        # an article before a figure is no sum of its own; "a hundred" is one hundred
        ("a EUR 300 credit", "en", [Decimal(300)]),
        ("a hundred pounds", "en", [Decimal(100)]),
        # currency codes of the three languages' other countries: Moldova, India, Peru
        ("adică 1.800 MDL, pe card", "ro", [Decimal(1800)]),
        ("₹2,800 and INR 1,200", "en", [Decimal(2800), Decimal(1200)]),
        ("250 soles o S/ 890.00", "es", [Decimal(250), Decimal("890.00")]),
        # cents named after a sum in figures
        ("los 1.173 euros y 40 céntimos", "es", [Decimal("1173.40")]),
        ("12 lei și 50 de bani", "ro", [Decimal("12.50")]),
        # ... or left unnamed where the sum's words end, but not a sign or a sum of its own
        ("le devolvemos los 96 soles con 50 que pagó", "es", [Decimal("96.50")]),
        ("30 euros y 20 % de descuento", "es", [Decimal(30)]),
        ("1.200 lei și 50 de euro", "ro", [Decimal(1200), Decimal(50)]),
        # "mil disculpas" is no money
        ("le pedimos mil disculpas", "es", []),
        # currencies of every country, by code or name
        ("Reembolso de los Gs. 9.000 del envío", "es", [Decimal("9000")]),
        ("un cupón de treinta y cinco mil guaraníes", "es", [Decimal("35000")]),
        ("A refund of LKR 60,000", "en", [Decimal("60000")]),
        ("KSh 4,500 back to your M-Pesa", "en", [Decimal("4500")]),
        ("A refund of R18,500.00", "en", [Decimal("18500.00")]),
        ("Le reintegramos los 70 Bs de la clase", "es", [Decimal("70")]),
    ],
)
def test_money(text: str, language: str, expected: list[Decimal]) -> None:
    assert money_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("15% off and 12,5 %", "en", [Decimal(15), Decimal("12.5")]),
        ("a twenty percent discount", "en", [Decimal(20)]),
        ("un veinte por ciento", "es", [Decimal(20)]),
        ("cincizeci la sută", "ro", [Decimal(50)]),
    ],
)
def test_percents(text: str, language: str, expected: list[Decimal]) -> None:
    assert percents_in(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("ten practice lessons", "en", [("practic", Decimal(10))]),
        ("cuatro personas", "es", [("person", Decimal(4))]),
        ("trei bilete", "ro", [("bilet", Decimal(3))]),
        # added to others, not a total to check against a remedy
        ("two more tickets", "en", []),
        ("ustedes y cuatro personas más", "es", []),
        ("încă trei bilete", "ro", []),
        # units and currencies are measures, not things counted
        ("30 days", "en", []),
        # a number of several words is read whole, not by its last word
        ("twenty-four seats in rows F and G", "en", [("seat", Decimal(24))]),
        ("treinta y dos asientos", "es", [("asient", Decimal(32))]),
        ("veinticuatro asientos", "es", [("asient", Decimal(24))]),
    ],
)
def test_counts(text: str, language: str, expected: list[tuple[str, Decimal]]) -> None:
    assert counts_in(text, language) == expected
