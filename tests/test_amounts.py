"""Money and percentages in figures and in words, across en/es/ro."""

from __future__ import annotations

from decimal import Decimal

import pytest
from num2words import num2words

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
        ("a 15pc discount, not 15 PCs", "en", [Decimal(15)]),
        ("un 15 por 100 de descuento", "es", [Decimal(15)]),
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


def test_a_count_added_to_others_is_kept_only_when_asked_for() -> None:
    # "four extra sessions" is no total to check a draft's count by, but a remedy gives four
    assert counts_in("Patru ședințe suplimentare de conducere", "ro") == []
    assert counts_in("Patru ședințe suplimentare de conducere", "ro", added=True) == [
        ("sedint", Decimal(4))
    ]
    assert counts_in("cuatro clases adicionales", "es", added=True) == [("clas", Decimal(4))]
    assert counts_in("cuatro clases adicionales", "es") == []


def _figures(value: Decimal) -> set[str]:
    """A sum in figures every common way: thousands by dot, comma, space or nothing, the
    decimals by the other mark, and whole sums with or without their zeros."""
    whole, cents = f"{value:.2f}".split(".")
    groups = f"{int(whole):,}".split(",")
    written = set()
    for thousands, decimal in ((",", "."), (".", ","), (" ", ","), ("\u00a0", ","), ("", ",")):
        figure = thousands.join(groups)
        written.add(f"{figure}{decimal}{cents}")
        if cents == "00":
            written.add(figure)
    return written


# Sums a remedy names, from small to large, with and without cents.
_SUMS = [Decimal(s) for s in ("7.50", "38.40", "162.25", "300", "1173.40", "1450", "45000")]
# Each language's sentence around the sum, and the ways it names the currency before and after.
_MONEY_FORMS = {
    "en": (
        "We will refund {} to your card today.",
        ["€", "$", "£", "EUR ", "USD "],
        [" euros", " EUR", " dollars", " US dollars"],
    ),
    "es": (
        "Le devolvemos {} en su tarjeta hoy mismo.",
        ["€", "$", "US$ ", "EUR "],
        [" €", "€", " euros", " pesos", " EUR", " MXN"],
    ),
    "ro": (
        "Vă returnăm {} pe card chiar astăzi.",
        ["RON ", "€", "EUR "],
        [" lei", " de lei", " RON", " euro", " de euro"],
    ),
}


@pytest.mark.parametrize("language", sorted(_MONEY_FORMS))
def test_every_common_figure_form_reads_as_its_sum(language: str) -> None:
    """Generated, not found one corpus at a time: every figure form, currency before or after."""
    sentence, before, after = _MONEY_FORMS[language]
    misread = []
    for value in _SUMS:
        for figure in _figures(value):
            for form in [f"{sign}{figure}" for sign in before] + [
                f"{figure}{sign}" for sign in after
            ]:
                found = money_in(sentence.format(form), language)
                if found != [value]:
                    misread.append(f"{form!r} -> {found}")
    assert misread == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("a refund of 1,450 US dollars", "en", Decimal(1450)),
        ("twenty-five quid back", "en", Decimal(25)),
        ("a $1.5k credit", "en", Decimal(1500)),
        ("€2K back", "en", Decimal(2000)),
        ("mil ciento setenta y tres euros con cuarenta céntimos", "es", Decimal("1173.40")),
        ("dos mil quinientos pesos", "es", Decimal(2500)),
        ("cuarenta y cinco mil pesos", "es", Decimal(45000)),
        ("siete euros con cincuenta", "es", Decimal("7.50")),
        ("o sută șaizeci și doi de lei și douăzeci și cinci de bani", "ro", Decimal("162.25")),
        ("o mie două sute cincizeci de lei", "ro", Decimal(1250)),
        ("șapte lei și cincizeci de bani", "ro", Decimal("7.50")),
        ("două mii patru sute de lei", "ro", Decimal(2400)),
    ],
)
def test_sums_in_words_and_slang(text: str, language: str, expected: Decimal) -> None:
    assert money_in(text, language) == [expected]


# An independent speller (num2words), not words we chose: the reader must take what it writes.
_CURRENCY_CODE = {"en": "EUR", "es": "EUR", "ro": "RON"}
_CURRENCY_WORD = {"en": "euros", "es": "euros", "ro": "lei"}


def _spelled_sum(value: int, language: str) -> str:
    words = num2words(value, lang=language)
    # Romanian puts "de" between a number and its noun from twenty on: "douăzeci de lei"
    link = "de " if language == "ro" and not 0 < value % 100 < 20 else ""
    return f"{words} {link}{_CURRENCY_WORD[language]}"


@pytest.mark.parametrize("language", sorted(_CURRENCY_CODE))
def test_every_sum_spelled_by_an_independent_speller_reads_as_itself(language: str) -> None:
    values = [*range(1001), 1173, 1450, 2180, 12500, 45000, 300000, 2500000]
    misread = [
        f"{_spelled_sum(v, language)!r} -> {found}"
        for v in values
        if (found := money_in(_spelled_sum(v, language), language)) != [Decimal(v)]
    ]
    assert misread == []


@pytest.mark.parametrize("language", sorted(_CURRENCY_CODE))
def test_sums_with_cents_spelled_by_an_independent_speller(language: str) -> None:
    """ "one thousand, one hundred and seventy-three euro, forty cents", "veintiún euros con un
    céntimo", "douăzeci și unu de lei și un ban"."""
    misread = []
    for value in [*_SUMS, Decimal("21.01"), Decimal("0.99"), Decimal("99.99")]:
        text = num2words(value, lang=language, to="currency", currency=_CURRENCY_CODE[language])
        if (found := money_in(text, language)) != [value]:
            misread.append(f"{text!r} -> {found}")
    assert misread == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("£38 and 40p back", "en", [Decimal("38.40")]),
        ("fifty pounds sterling", "en", [Decimal(50)]),
        # a comma before a share is a second offer, not cents
        ("thirty dollars, fifteen percent off", "en", [Decimal(30)]),
        ("trei sute de mii de lei", "ro", [Decimal(300000)]),
        ("doisprezece lei", "ro", [Decimal(12)]),
    ],
)
def test_cents_and_thousands_joined_by_marks(
    text: str, language: str, expected: list[Decimal]
) -> None:
    assert money_in(text, language) == expected
