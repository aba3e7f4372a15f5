"""Numbers, money, durations, dates and contacts across en/es/ro formats."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from draftkit.facts import contacts_in, mentions_date, numbers_in


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


def test_a_day_and_month_each_with_or_without_its_zero() -> None:
    for text in ("până la 5.12.2026", "până pe 05.12", "by 5/12/2026"):
        assert mentions_date(text, dt.date(2026, 12, 5), "ro")
    assert not mentions_date("până la 5.12.2026", dt.date(2026, 12, 15), "ro")


def test_a_date_is_found_on_any_line_but_not_across_one() -> None:
    letter = "We are sorry.\nWe will call you by\n5 December 2026.\nRegards"
    assert mentions_date(letter, dt.date(2026, 12, 5), "en")
    assert not mentions_date("We will call you on the 5\nDecember", dt.date(2026, 12, 5), "en")
    # a line's end is no digit: "5 December" at the end of a line is still a whole date
    assert mentions_date("call on 5 December\n2027 plans", dt.date(2026, 12, 5), "en")
