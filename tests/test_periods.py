"""Periods a text states, read once and compared in days."""

from __future__ import annotations

from decimal import Decimal

import pytest

from draftkit.facts import contacts_in
from draftkit.periods import durations_in, in_days


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("three free months", "en", [(Decimal(3), "month")]),
        ("one month and 30 days", "en", [(Decimal(1), "month"), (Decimal(30), "day")]),
        ("un mes gratis y tres días", "es", [(Decimal(1), "month"), (Decimal(3), "day")]),
        ("o lună gratuită și două săptămâni", "ro", [(Decimal(1), "month"), (Decimal(2), "week")]),
        # a sum before "a month" makes it a rate, not a month
        ("EUR 70 a month for two weeks", "en", [(Decimal(2), "week")]),
        ("20 lei pe lună, timp de o lună", "ro", [(Decimal(1), "month")]),
        ("a 24-month contract", "en", []),
        # a half before the article or the unit, or after the period
        ("half a year", "en", [(Decimal("0.5"), "year")]),
        ("o jumătate de an", "ro", [(Decimal("0.5"), "year")]),
        ("a year and a half", "en", [(Decimal("1.5"), "year")]),
        ("un año y medio", "es", [(Decimal("1.5"), "year")]),
        ("un an și jumătate", "ro", [(Decimal("1.5"), "year")]),
        # what comes next, after a word that makes it last, is one of its unit; alone, a time
        ("durante todo el próximo año", "es", [(Decimal(1), "year")]),
        ("for the whole of next year", "en", [(Decimal(1), "year")]),
        ("pe tot parcursul anului viitor", "ro", [(Decimal(1), "year")]),
        ("for next month's invoice", "en", []),
        ("en la factura del próximo mes", "es", []),
        ("luna viitoare", "ro", []),
        # "o lună de zile" is a month said fully, not a day; a fortnight, una quincena
        ("o lună de zile gratuit", "ro", [(Decimal(1), "month")]),
        ("timp de două luni de zile", "ro", [(Decimal(2), "month")]),
        ("a free fortnight", "en", [(Decimal(1), "fortnight")]),
        ("una quincena sin cuota", "es", [(Decimal(1), "half_month")]),
    ],
)
def test_durations(text: str, language: str, expected: list[tuple[Decimal, str]]) -> None:
    assert durations_in(text, language) == expected


def test_a_number_after_a_currency_is_a_sum_not_a_period_or_a_phone() -> None:
    said = "Vă decontăm costul de RON 540,00 al zilei de internare, și 2 zile libere."
    assert durations_in(said, "ro") == [(Decimal(2), "day")]
    assert contacts_in("We refund USD 1848000 and $4620000; call +34 912 345 678.") == {
        "34912345678"
    }


def test_a_fortnight_is_two_weeks_and_a_quincena_fifteen_days() -> None:
    assert in_days(durations_in("a fortnight", "en")[0]) == in_days((Decimal(2), "week"))
    assert in_days(durations_in("una quincena", "es")[0]) == in_days((Decimal(15), "day"))


def test_compound_durations_are_read_when_asked() -> None:
    assert durations_in("the two-year fixed period", "en", compounds=True) == [(Decimal(2), "year")]
    assert durations_in("un abono de tres-meses", "es", compounds=True) == [(Decimal(3), "month")]


@pytest.mark.parametrize(
    ("text", "language", "months"),
    [
        ("la mitad del abono los primeros dos meses", "es", 2),
        ("the first three months free", "en", 3),
        ("primele două luni", "ro", 2),
        ("el primer mes", "es", 1),
    ],
)
def test_the_first_n_months_are_n(text: str, language: str, months: int) -> None:
    assert durations_in(text, language) == [(Decimal(months), "month")]
