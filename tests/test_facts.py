"""Numbers, money, durations, dates and contacts across en/es/ro formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from draftkit.facts import contacts_in, durations_in, in_days, mentions_date, numbers_in


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("4,800 orders", [Decimal(4800)]),
        ("4.800 pedidos", [Decimal(4800)]),
        ("4 800 comenzi", [Decimal(4800)]),
        ("1,234.56 and 1.234,56", [Decimal("1234.56"), Decimal("1234.56")]),
        ("12,5 %", [Decimal("12.5")]),
        ("50% off", [Decimal(50)]),
    ],
)
def test_numbers(text: str, expected: list[Decimal]) -> None:
    assert numbers_in(text) == expected


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


DATE = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("by 21 November 2026", "en", True),
        ("on November 21", "en", True),
        ("before 21/11/2026", "en", True),
        ("on 2026-11-21", "en", True),
        ("antes del 21 de noviembre", "es", True),
        ("până pe 21 noiembrie 2026", "ro", True),
        ("pana pe 21.11.2026", "ro", True),
        ("vă scriem până pe 21.11 ce s-a întâmplat", "ro", True),
        ("costă 21.110 lei", "ro", False),
        ("costă 121.11 lei", "ro", False),
        # the weekday names the day of the month; a month's other short forms
        ("antes del sábado 21", "es", True),
        ("antes del viernes 21", "es", False),
        ("on Saturday the 21st", "en", True),
        ("până pe 21 nov. 2026", "ro", True),
        ("el 21 de nov.", "es", True),
        ("by 1 November 2026", "en", False),
        ("by 211 November", "en", False),
        ("antes del 21 de octubre", "es", False),
        # the day in words, a zero before it, the month in Roman numerals
        ("by the twenty-first of November", "en", True),
        ("no later than November twenty first", "en", True),
        ("by November the 21st", "en", True),
        ("by 21-Nov-2026", "en", True),
        ("by the twentieth of November", "en", False),
        ("antes del veintiuno de noviembre", "es", True),
        ("el 09 de noviembre no; el 21 de noviembre", "es", True),
        ("antes del veintidós de noviembre", "es", False),
        ("până pe douăzeci și unu noiembrie", "ro", True),
        ("până la 21.XI.2026", "ro", True),
        ("până la 21 XI 2026", "ro", True),
        ("până la 21.XII.2026", "ro", False),
        ("până pe douăzeci și doi noiembrie", "ro", False),
    ],
)
def test_dates(text: str, language: str, expected: bool) -> None:
    assert mentions_date(text, DATE, language) is expected


def test_contacts_are_normalised() -> None:
    found = contacts_in(
        "See https://Evil.io/win, www.paperline.com. Mail Help@PL.com or call "
        "+40 721 123 456. On 21/11/2026 we charged 4,800 EUR; ticket INC-4821."
    )
    assert found == {"evil.io/win", "paperline.com", "help@pl.com", "40721123456"}


def test_a_date_in_brackets_is_no_phone_number() -> None:
    assert contacts_in("data nașterii (21.03.1994 în loc de 12.03.1994)") == set()
    assert contacts_in("call (021) 555 1234") == {"0215551234"}


def test_domains_of_every_country_the_languages_are_written_in_are_read() -> None:
    assert contacts_in("vedeți pagina.md/retururi") == {"pagina.md/retururi"}
    assert contacts_in("shop.co.za/returns, tienda.pe/ayuda") == {
        "shop.co.za/returns",
        "tienda.pe/ayuda",
    }
    # a number before a dot, or a word running on past a domain ending, is no link
    assert contacts_in("costă 3.in plus; the file.index") == set()


def test_a_host_of_three_labels_or_with_a_path_is_a_link_whatever_its_ending() -> None:
    assert contacts_in("the report at status.stagecast.zz/incidents") == {
        "status.stagecast.zz/incidents"
    }
    assert contacts_in("write to help.stagecast.zz.") == {"help.stagecast.zz"}
    assert contacts_in("see stagecast.zz/help") == {"stagecast.zz/help"}
    # abbreviations, versions and a sentence run together are not
    assert contacts_in("at 10 a.m., i.e. the v2.1.3 firmware; our team.Now") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("no later than 05 Dec 2026", True),
        ("by Dec 05", True),
    ],
)
def test_a_day_written_with_its_zero(text: str, expected: bool) -> None:
    assert mentions_date(text, dt.date(2026, 12, 5), "en") is expected
    assert not mentions_date(text.replace("05", "15"), dt.date(2026, 12, 5), "en")


def test_a_short_month_is_a_whole_word() -> None:
    """ "Cele 4 declarații" holds "4 dec", which is no date of 4 December."""
    said = (
        "Rambursăm penalitățile pentru cele 4 declarații, iar raportul vine până pe 14 decembrie."
    )
    assert not mentions_date(said, dt.date(2026, 12, 4), "ro")
    assert mentions_date(said + " Vă sunăm pe 4 dec.", dt.date(2026, 12, 4), "ro")


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


def test_a_day_and_month_each_with_or_without_its_zero() -> None:
    for text in ("până la 5.12.2026", "până pe 05.12", "by 5/12/2026"):
        assert mentions_date(text, dt.date(2026, 12, 5), "ro")
    assert not mentions_date("până la 5.12.2026", dt.date(2026, 12, 15), "ro")
