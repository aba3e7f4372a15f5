"""Concrete facts in text: numbers, dates and contacts (periods are `periods`, sums `amounts`).

Shared by the guards (is this amount approved? is this link ours?) and the specificity scorer
(how many of the incident's facts does the text carry?). Number formats differ across en/es/ro
("4,800" / "4.800", "12,5"), so every number is normalised to a `Decimal` before comparing.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation
from functools import cache, lru_cache
from typing import Any

from draftkit.languages import on_change
from draftkit.text import fold


def facts_data(language: str) -> dict[str, Any]:
    from draftkit.languages import pack

    return pack(language).data("facts")


# A number, also right after a currency's letters: "R1,380.00", "EUR4,860", "Q450.00",
# "Rs.1,800". `(?=[^\W_])` first: the lookbehind is only tried where a word starts.
#: A number as written: Indian lakhs ("4,81,500"), groups of three ("1.173,40", "4 800"), plain.
NUMBER_FORM = (
    r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?"
    r"|\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d+)?"
    r"|\d+(?:[.,]\d+)?"
)
_NUMBER = re.compile(rf"(?=[^\W_])(?<![\w.,])(?:([^\W\d_]{{1,3}})([.$])?)?({NUMBER_FORM})(?![\w])")
_TLDS = (
    "com|net|org|io|co|info|biz|ly|me|app|xyz|ro|es|eu|uk|us|de|fr|link|site|online|top|click"
    # the countries where en, es and ro are written, and the generic names a shop uses
    "|md|ie|za|au|nz|ca|in|mx|ar|cl|pe|uy|ve|bo|py|ec|cr|do|gt|hn|pa|sv|pr|cu|gov|edu|shop|store"
    "|travel|help|support|pt|it"
    # the other countries where English is written, and the names a service's pages use
    "|sg|my|ph|hk|ke|ng|gh|ug|tz|zw|zm|jm|tt|bs|bb|bm|mt|lk|pk|nz|asia|global|live|tv|dev|ai"
    "|tech|cloud|page|news|blog|events|tickets|health|care|clinic|delivery|services|media|ly"
)
# A host of three labels or more ("status.stagecast.asia"), or of two followed by a path
# ("stagecast.asia/incidents"), is a link whatever its top-level name.
_LABEL = r"[a-z0-9-]*[a-z][a-z0-9-]*"
_ANY_HOST = rf"{_LABEL}(?:\.{_LABEL})+\.[a-z]{{2,24}}\b|{_LABEL}\.[a-z]{{2,24}}(?=/\w)"
_URL = re.compile(
    rf"(?:https?://|www\.)[^\s<>\"')\]]+"
    rf"|\b(?:{_LABEL}(?:\.[a-z0-9-]+)*\.(?:{_TLDS})\b|{_ANY_HOST})"
    r"(?:/[^\s<>\"')\]]*)?",
    re.I,
)
# Most texts hold no link at all; these cheap scans (each starts at a literal) say when to look.
_URL_HINT = re.compile(rf"\.(?:{_TLDS})\b|\.[a-z-]+\.[a-z]{{2}}|\.[a-z]{{2,24}}/\w", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
# `(?=[+(\d])` first, here and below: the lookbehind is only tried where a match can start.
_PHONE = re.compile(r"(?=[+(\d])(?<![\w/.,$€£¥₹-])\+?\(?\d[\d ()./-]{5,}\d(?![\w])")
#: A bracket opened after a phone number and left open: "0141 496 0872 (7:00–22:00)".
_OPEN_AFTER = re.compile(r"(?<=\d)\s+\([^)]*$")
#: A code in capitals just before a number makes it a sum or an identifier: "USD 396000",
#: "CHEM 2410-004", no phone.
_CODE_BEFORE = re.compile(r"(?<![\w])[A-Z]{2,6}[\s-]?$")
_SIGN_BEFORE = re.compile(r"[$€£¥₹]\s?$")
_CENTS_AFTER = re.compile(r"[.,]\d{2}(?![\d.,])")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_GROUPED = re.compile(r"\d{1,3}(?:([ .,])\d{3})+(?:([.,])(\d+))?")
#: Indian grouping, lakhs and crores: "4,81,500", "1,20,00,000.50".
_LAKHS = re.compile(r"\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?")
_SEPARATORS = re.compile(r"[ .,]")


def parse_number(token: str) -> Decimal | None:
    """'4,800' -> 4800, '4.800' -> 4800, '1.234,56' -> 1234.56, '12,5' -> 12.5,
    '4,81,500' -> 481500."""
    token = token.replace("\u00a0", " ").strip()
    if _LAKHS.fullmatch(token):
        return Decimal(token.replace(",", ""))
    groups = _GROUPED.fullmatch(token)
    try:
        if groups:
            thousands, decimal_mark, fraction = groups.groups()
            if decimal_mark is None and thousands != " ":
                # One separator kind only: "4,800" and "4.800" are thousands (3 digits after).
                return Decimal(_SEPARATORS.sub("", token))
            whole = token[: token.rfind(decimal_mark)] if decimal_mark else token
            digits = _SEPARATORS.sub("", whole)
            return Decimal(f"{digits}.{fraction}" if fraction else digits)
        return Decimal(token.replace(",", "."))
    except InvalidOperation:
        return None


_TIME = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?![\d:])")


def numbers_in(text: str) -> list[Decimal]:
    """Every number of TEXT as a Decimal; clock times ("08:40") are not numbers."""
    values = []
    for match in _NUMBER.finditer(_TIME.sub(" ", text) if ":" in text else text):
        letters, sign, figure = match.groups()
        if letters and len(letters) < 3 and not sign and not re.search(r"[.,]\d{2}$", figure):
            continue  # "nuanța A2", "flight BA2490": a code; "Q450.00", "EUR4,860" are sums
        value = parse_number(figure)
        if value is not None:
            values.append(value)
    return values


@on_change
@cache
def calendar_words(language: str) -> frozenset[str]:
    """Month and weekday names and abbreviations, folded: capitalised, yet never a name."""
    data = facts_data(language)
    words = [*data.get("months", []), *data.get("months_short", []), *data.get("weekdays", [])]
    return frozenset(fold(alt) for word in words for alt in str(word).split("|"))


def linking_pattern(language: str) -> str:
    """The optional word between a number and its unit: "20 de lei", "30 de días"."""
    words = [re.escape(fold(str(w))) for w in facts_data(language).get("linking") or []]
    return rf"(?:(?:{'|'.join(words)})\s+)?" if words else ""


def date_variants(date: dt.date, language: str) -> list[str]:
    """The ways a date is commonly written in a language, folded for comparison."""
    return list(_date_variants(date, language))


@on_change
@lru_cache(maxsize=256)
def _date_variants(date: dt.date, language: str) -> tuple[str, ...]:
    data = facts_data(language)
    month = data["months"][date.month - 1]
    shorts = str(data["months_short"][date.month - 1]).split("|")  # "noi|nov": either
    short = shorts[0]
    weekdays = data.get("weekdays") or []
    weekday = str(weekdays[date.weekday()]) if len(weekdays) == 7 else None
    d, m, y = date.day, date.month, date.year
    variants = [
        *(f"{d} {alt}" for alt in shorts[1:]),
        *(f"{d} de {alt}" for alt in shorts),
        # "el miércoles 25", "Wednesday the 25th": the weekday names the month's day
        *([f"{weekday} {d}", f"{weekday} the {d}", f"{weekday}, {d}"] if weekday else []),
        f"{d} {month}",
        f"{d} de {month}",
        f"{month} {d}",
        f"{d} {short}",
        f"{short} {d}",
        f"{d:02d} {month}",
        *(f"{d:02d} {alt}" for alt in shorts),  # "05 Dec 2026"
        *(f"{alt} {d:02d}" for alt in shorts),  # "Dec 05"
        f"{date.isoformat()}",
        # the year first with another mark: "2026/12/14" (South Africa, Japan), "2026.12.14"
        f"{y}/{m:02d}/{d:02d}",
        f"{y}.{m:02d}.{d:02d}",
        # day and month in figures, each with or without its zero ("5.06.2026", "05/6"); a
        # digit after "25.11" is no date
        *(
            form
            for day in dict.fromkeys((str(d), f"{d:02d}"))
            for mon in dict.fromkeys((str(m), f"{m:02d}"))
            for form in (
                f"{day}/{mon}/{y}",
                f"{day}.{mon}.{y}",
                f"{day}-{mon}-{y}",
                f"{mon}/{day}/{y}",
                f"{day}/{mon}",
                f"{mon}/{day}",
                f"{day}-{mon}",  # "el 15-12", as a chat writes it
                f"{mon}-{day}",
                f"{day}.{mon}.",
                f"{day}.{mon}",
            )
        ),
        f"{d:02d} de {month}",
        *(
            form.format(day=d, month=month, short=alt, year=y, roman=_ROMAN[m - 1], spelled=word)
            for form in data.get("date_forms") or []
            # "Sept. 18" as well as "Sep. 18": every short form the pack gives the month
            for alt in (shorts if "{short}" in form else [short])
            # "the ninth of December", "nueve de diciembre", "întâi decembrie": the day in words
            for word in (_day_words(data, d) if "{spelled}" in form else [""])
        ),
    ]
    return tuple(fold(v) for v in variants)


_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


def _day_words(data: dict[str, Any], day: int) -> list[str]:
    """The pack's `day_words` for DAY: one entry per day of the month, alternatives split by |."""
    words = data.get("day_words") or []
    return str(words[day - 1]).split("|") if len(words) == 31 else []


#: A day and month in figures with no year ("15-12", "15/12") and, beside one, the joint to a
#: further number that would make it part of another date.
_SHORT_NUMERIC = re.compile(r"\d{1,2}[-/.]\d{1,2}$")
_NUMBER_JOINED = re.compile(r"[-/.]\d")
_YEAR_AFTER = re.compile(r"[-/.](\d+)")


def _other_year(text: str, at: int, year: int) -> bool:
    """ "11/12/2021" for 2026's 11/12: the short date goes on with a year that is not ours
    ("11/12/26" and "11/12/2026" are)."""
    joined = _YEAR_AFTER.match(text, at)
    return joined is not None and joined.group(1) not in (str(year), f"{year % 100:02d}")


def mentions_date(text: str, date: dt.date, language: str) -> bool:
    # no date is written across a line break, and a line's ends read as spaces do: a letter
    # new to us is mostly lines read before
    return any(_line_mentions(line, date, language) for line in text.split("\n"))


@on_change
@lru_cache(maxsize=8192)
def _line_mentions(line: str, date: dt.date, language: str) -> bool:
    folded = fold(line)
    for variant in _date_variants(date, language):
        if variant not in folded:
            continue  # most variants: a substring test says so without a regex
        for match in re.finditer(re.escape(variant), folded):
            before = folded[match.start() - 1] if match.start() else " "
            after = folded[match.end()] if match.end() < len(folded) else " "
            # a whole word: not "14 December" for the 4th, nor "4 declarations" for "4 dec"
            if before.isalnum() or after.isdigit() or (after.isalpha() and variant[-1].isalpha()):
                continue
            # a day and month in figures, not part of a longer date: "11-30" of "2021-11-30"
            if _SHORT_NUMERIC.match(variant) and (
                _other_year(folded, match.end(), date.year)
                or _NUMBER_JOINED.match(folded[::-1], len(folded) - match.start())
            ):
                continue
            return True
    return False


def _normal_url(url: str) -> str:
    url = re.sub(r"^(?:https?://)?(?:www\.)?", "", url.lower())
    return url.rstrip(".,;:!?/")


def contacts_in(text: str) -> set[str]:
    """Links, domains, e-mails and phone numbers, normalised so sets can be compared."""
    found: set[str] = set()
    without_emails = text
    if "@" in text:
        found |= {m.group(0).lower() for m in _EMAIL.finditer(text)}
        without_emails = _EMAIL.sub(" ", text)
    if (
        "://" in without_emails
        or "www." in without_emails.lower()
        or _URL_HINT.search(without_emails)
    ):
        for match in _URL.finditer(without_emails):
            found.add(_normal_url(match.group(0)))
    for match in _PHONE.finditer(without_emails):
        raw = _OPEN_AFTER.sub("", match.group(0)).strip()
        digits = re.sub(r"\D", "", raw)
        if _CODE_BEFORE.search(without_emails, max(0, match.start() - 8), match.start()):
            continue
        # "US$ 1286450,00", "€ 3200000.00": a currency sign before it, or cents after it
        if _SIGN_BEFORE.search(without_emails, max(0, match.start() - 3), match.start()):
            continue
        if _CENTS_AFTER.match(without_emails, match.end()):
            continue
        if re.search(r"\.\s", raw):
            continue  # "…antes de las 9:00. - 2026-11-20: …": a sentence's end between, no phone
        if (
            len(digits) >= 7
            and not _DATE_LIKE.match(raw.strip("()"))
            and not re.fullmatch(r"\d{4}", raw)
        ):
            if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw):
                continue  # "1 234 567" style amounts are numbers, not phones
            found.add(digits)
    return found
