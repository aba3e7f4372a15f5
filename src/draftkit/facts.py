"""Concrete facts in text: numbers, money, durations, dates and contacts.

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
from draftkit.spelled import spelled_pattern, spelled_value
from draftkit.text import fold


def facts_data(language: str) -> dict[str, Any]:
    from draftkit.languages import pack

    return pack(language).data("facts")


# A number, also right after a currency's letters: "R1,380.00", "EUR4,860", "Q450.00",
# "Rs.1,800". `(?=[^\W_])` first: the lookbehind is only tried where a word starts.
_NUMBER = re.compile(
    r"(?=[^\W_])(?<![\w.,])(?:[^\W\d_]{1,3}[.$]?)?"
    r"(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?![\w])"
)
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
#: A currency code just before a number makes it a sum: "USD 396000", no phone.
_CODE_BEFORE = re.compile(r"(?<![\w])[A-Z]{3}\s?$")
_DATE_LIKE = re.compile(r"^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$")
_GROUPED = re.compile(r"\d{1,3}(?:([ .,])\d{3})+(?:([.,])(\d+))?")
_SEPARATORS = re.compile(r"[ .,]")


def parse_number(token: str) -> Decimal | None:
    """'4,800' -> 4800, '4.800' -> 4800, '1.234,56' -> 1234.56, '12,5' -> 12.5."""
    token = token.replace("\u00a0", " ").strip()
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
        value = parse_number(match.group(1))
        if value is not None:
            values.append(value)
    return values


@on_change
@cache
def _unit_table(language: str) -> tuple[dict[str, str], dict[str, Decimal], re.Pattern[str]]:
    data = facts_data(language)
    units = {word: unit for unit, words in data["units"].items() for word in words}
    words = {str(k): Decimal(str(v)) for k, v in data["numbers"].items()}
    # "el primer año", "the first month": one year, one month
    words |= {str(k): Decimal(1) for k in data.get("first") or []}
    # "twenty-four months", "douăzeci și patru de luni": several number words, tried first
    amount = rf"\d+(?:[.,]\d+)?|(?:{spelled_pattern(language)})(?=-|\s)|" + "|".join(
        sorted(map(re.escape, words), key=len, reverse=True)
    )
    # "a full-day rental": one day, in a compound only (a draft's "the whole month" names a time)
    whole = [str(w) for w in data.get("whole") or []]
    words |= {w: Decimal(1) for w in whole}
    if whole:
        amount += "|(?:" + "|".join(map(re.escape, whole)) + ")(?=-)"
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    # "two fixed years", "2-year", but not the rate "£70 a month"
    rate = [fold(str(w)) for w in (*(data.get("articles") or []), *(data.get("rate") or []))]
    # the word between is no unit itself: "o lună de zile" is a month, not a day
    no_unit = rf"(?!(?:{unit})\s)"
    between = (
        rf"(?!(?:{'|'.join(map(re.escape, rate))})\s){no_unit}[a-z]+\s+"
        if rate
        else rf"{no_unit}[a-z]+\s+"
    )
    link = linking_pattern(language)
    pattern = re.compile(rf"\b({amount})(?:-|\s+(?:{between})?{link})({unit})\b")
    return units, words, pattern


@on_change
@cache
def _sum_before(language: str) -> re.Pattern[str]:
    """A currency just before a number makes it a sum."""
    currency = sorted((re.escape(fold(str(w))) for w in facts_data(language)["currency"]), key=len)
    return re.compile(rf"(?<!\w)(?:{'|'.join(reversed(currency))})\s?$")


@on_change
@cache
def _firsts(language: str) -> frozenset[str]:
    return frozenset(str(k) for k in facts_data(language).get("first") or [])


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


@on_change
@cache
def number_words(language: str) -> dict[str, Decimal]:
    """Number words that name a figure ("two", "dos", "doi"), without the articles "a", "un"."""
    _, words, _ = _unit_table(language)
    data = facts_data(language)
    # "a", "un"; and "full", "whole", which are one only in a compound ("a full-day rental")
    skip = {fold(str(w)) for w in (*(data.get("articles") or []), *(data.get("whole") or []))}
    return {word: value for word, value in words.items() if word not in skip}


def _longest_first(language: str, key: str) -> str:
    """The pack's word list KEY as a regex alternation, folded, longest first ("" if none)."""
    listed = facts_data(language).get(key) or []
    words = sorted((fold(str(w)) for w in listed), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@on_change
@cache
def _lived(language: str) -> re.Pattern[str]:
    """Words after a duration that make it time the customer lived through: "the two weeks your
    students waited"."""
    after = _longest_first(language, "lived")
    if not after:
        return re.compile("$^")
    return re.compile(rf"(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{after})\b")


@on_change
@cache
def _replaced(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes a period the one replaced: "instead of" just before it, or a range's start
    ("from 3 months to 12"): the words before, then "to" and a number after."""
    instead = _longest_first(language, "instead_of")
    start = _longest_first(language, "range_from")
    to = _longest_first(language, "range_to")
    none = re.compile("$^")
    return (
        re.compile(rf"\b(?:{instead})\s+$") if instead else none,
        re.compile(rf"\b(?:{start})\s+$") if start else none,
        re.compile(rf"\s+(?:{to})\s+(?:\d|(?:{spelled_pattern(language)})\b)") if to else none,
    )


@on_change
@cache
def _recalled(language: str) -> re.Pattern[str]:
    before = _longest_first(language, "recalled_before")
    return re.compile(rf"\b(?:{before})\s+$") if before else re.compile("$^")


@on_change
@cache
def _slot(language: str) -> re.Pattern[str]:
    after = _longest_first(language, "slot_after")
    return re.compile(rf"\s+(?:{after})\b" if after else "$^")


@on_change
@cache
def _timeline(language: str) -> re.Pattern[str]:
    """Words before a duration that make it no period on offer: a deadline ("within 5 days") or
    time already spent ("we took ten days")."""
    before = _longest_first(language, "timeline")
    if not before:
        return re.compile("$^")
    return re.compile(rf"\b(?:{before})\s+(?:\d+\s*[-–]\s*|\d+\s+\w+\s+)?$")


def durations_in(
    text: str, language: str, *, deadlines: bool = True, compounds: bool = False
) -> list[tuple[Decimal, str]]:
    """('one month' | 'o lună' | '30 días') -> [(1, 'month')], [(30, 'day')].

    With `deadlines=False`, a deadline is no period: "within 3-5 business days". With
    `compounds`, a compound adjective is one too ("the two-year fixed period"): the remedies
    read so, to approve the period a draft states; a draft's "24-month contract" may name
    what is not on offer.
    """
    return list(_durations_in(text, language, deadlines, compounds))


@on_change
@lru_cache(maxsize=4096)
def _durations_in(
    text: str, language: str, deadlines: bool, compounds: bool
) -> tuple[tuple[Decimal, str], ...]:
    units, words, pattern = _unit_table(language)
    articles, rate_before = _rate(language)
    timeline = _timeline(language)
    found = []
    folded_text = fold(text)
    lived, slot = _lived(language), _slot(language)
    replaced, starts, ends = _replaced(language)
    recalled = _recalled(language)
    for match in pattern.finditer(folded_text):
        if not deadlines and (
            timeline.search(folded_text[max(0, match.start() - 30) : match.start()])
            or lived.match(folded_text, match.end())
        ):
            continue
        amount, unit = match.groups()
        if slot.match(folded_text, match.end()):
            continue  # "an hour that suits you": a time to meet
        if recalled.search(folded_text, 0, match.start()):
            continue  # "el aparcamiento de esos dos días": a time recalled, not given
        if replaced.search(folded_text, 0, match.start()) or (
            starts.search(folded_text, 0, match.start()) and ends.match(folded_text, match.end())
        ):
            continue  # "from 3 months to 12", "a year instead of three months": the old period
        if not compounds and folded_text[match.end(1)] == "-":
            continue
        if not amount[:1].isdigit() and amount not in words:
            amount = _well_formed(amount, language, articles)
            if amount is None:
                continue  # "o nouă oră": an article before a number word makes it "new"
        if _sum_before(language).search(folded_text, max(0, match.start() - 8), match.start()):
            continue  # "RON 540,00 al zilei de internare" is a sum, not 540 days
        if amount in articles and rate_before.search(folded_text, 0, match.start()):
            continue  # "£70 a month" is a rate, not a month
        if amount in _firsts(language) and units[unit] not in ("month", "year"):
            continue  # "the first day of the outage" is a date, not a day on offer
        value = words.get(amount) if amount in words else _count(amount, language)
        if amount in _firsts(language):
            # "los primeros dos meses": the first two months, not the first month
            counted = [
                words.get(w) if w in words else parse_number(w)
                for w in folded_text[match.end(1) : match.start(2)].split()
            ]
            value = next((n for n in counted if n is not None), value)
        if value is not None:
            found.append((value * _halved(folded_text, match, words), units[unit]))
            if _and_a_half(language).match(folded_text, match.end()):
                found[-1] = (found[-1][0] + Decimal("0.5"), found[-1][1])  # "un an și jumătate"
    coming = _coming(language)
    found += [(Decimal(1), units[m.group(1) or m.group(2)]) for m in coming.finditer(folded_text)]
    return tuple(found)


@on_change
@cache
def _coming(language: str) -> re.Pattern[str]:
    """ "For the whole of next year", "durante todo el próximo año", "pe tot parcursul anului
    viitor": one of the unit, named by what comes next after a word that makes it last (not
    "next month's invoice", a time)."""
    units, _, _ = _unit_table(language)
    lead, after = _longest_first(language, "coming_lead"), _longest_first(language, "coming_after")
    next_ = _longest_first(language, "coming_next")
    if not lead or not next_:
        return re.compile("$^")
    unit = "|".join(sorted(map(re.escape, units), key=len, reverse=True))
    then = rf"|({unit})\s+(?:{after})\b" if after else ""
    return re.compile(
        rf"\b(?:{lead})\s+(?:[a-z]+\s+){{0,3}}?(?:(?:{next_})\s+({unit})\b(?!\s*['’]s){then})"
    )


def _well_formed(amount: str, language: str, articles: frozenset[str]) -> str | None:
    """Several number words as one number only when they make one: "twenty-four", "trei sute",
    not "tres y cinco" (a range: its last word is the count). An article before a number word
    that is no multiplier ("o nouă oră", a new hour) makes no number at all."""
    numbers: list[str] = re.findall(r"[^\W\d_]+", amount)
    values = [spelled_value(w, language) for w in numbers]
    if numbers[0] in articles and len(numbers) > 1 and values[1] < 100:
        return None
    before = None
    for value in values:
        if not value:
            continue  # a join: "douăzeci și patru", "treinta y dos"
        if value >= 100:  # a multiplier starts the next group: "one hundred and five"
            before = None
        elif before is not None and not (before >= 20 and before % 10 == 0 and value < 10):
            return numbers[-1]  # only tens then units make one number: not "two one-hour"
        else:
            before = value
    return amount


def _count(amount: str, language: str) -> Decimal | None:
    """A figure ("24", "1,5") or several number words ("twenty-four")."""
    if amount[:1].isdigit():
        return parse_number(amount)
    return spelled_value(amount, language) or None


def _halved(text: str, match: re.Match[str], words: dict[str, Decimal]) -> Decimal:
    """ "Half a year", "o jumătate de an": a fraction before the article, or between it and
    the unit, takes its share of the period; "three quarters of an hour", three of them."""
    before = text[: match.start()].split()[-3:]
    if before[-1:] == ["of"]:  # "quarters of an hour": the fraction stands before "of"
        before = before[:-1]
    last = before[-1] if before else ""
    if words.get(last, Decimal(1)) < 1:
        count = words.get(before[-2], Decimal(0)) if len(before) > 1 else Decimal(0)
        return words[last] * (count if count >= 1 else Decimal(1))
    for word in text[match.end(1) : match.start(2)].split():
        if words.get(word, Decimal(1)) < 1:
            return words[word]
    return Decimal(1)


@on_change
@cache
def _and_a_half(language: str) -> re.Pattern[str]:
    """ "A year and a half", "año y medio", "un an și jumătate": half of the unit more."""
    data = facts_data(language)
    halves = [str(k) for k, v in data["numbers"].items() if Decimal(str(v)) < 1]
    joins = [fold(str(w)) for w in data.get("and") or []]
    if not halves or not joins:
        return re.compile(r"(?!)")
    articles = [fold(str(w)) for w in data.get("articles") or []]
    article = rf"(?:(?:{'|'.join(map(re.escape, articles))})\s+)?" if articles else ""
    join, half = "|".join(map(re.escape, joins)), "|".join(map(re.escape, halves))
    return re.compile(rf"\s+(?:{join})\s+{article}(?:{half})\b")


@on_change
@cache
def _rate(language: str) -> tuple[frozenset[str], re.Pattern[str]]:
    """The articles, and what before one makes it a rate: a sum ("£70 a month", "20 lei o lună")
    or how often ("once a month", "twice a week")."""
    data = facts_data(language)
    currency = "|".join(re.escape(fold(str(w))) for w in data.get("currency") or [])
    often = "|".join(re.escape(fold(str(w))) for w in data.get("frequency") or [])
    before = rf"\d|\b(?:{currency})|[€$£]" + (rf"|\b(?:{often})" if often else "")
    articles = frozenset(fold(str(w)) for w in data.get("articles") or [])
    return articles, re.compile(rf"(?:{before})\s*$")


_DAYS = {
    "minute": Decimal(1) / 1440,
    "hour": Decimal(1) / 24,
    "day": Decimal(1),
    "week": Decimal(7),
    "fortnight": Decimal(14),
    "half_month": Decimal(15),  # "una quincena": fifteen days
    "month": Decimal(30),
    "year": Decimal(365),
}


def in_days(duration: tuple[Decimal, str]) -> Decimal:
    """The period in days, to the minute: "half an hour" and "30 minutes" compare equal."""
    return (duration[0] * _DAYS[duration[1]]).quantize(Decimal("0.000001"))


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
                f"{day}.{mon}.",
                f"{day}.{mon}",
            )
        ),
        f"{d:02d} de {month}",
        *(
            form.format(day=d, month=month, short=short, year=y, roman=_ROMAN[m - 1], spelled=word)
            for form in data.get("date_forms") or []
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


def mentions_date(text: str, date: dt.date, language: str) -> bool:
    folded = fold(text)
    for variant in _date_variants(date, language):
        if variant not in folded:
            continue  # most variants: a substring test says so without a regex
        for match in re.finditer(re.escape(variant), folded):
            before = folded[match.start() - 1] if match.start() else " "
            after = folded[match.end()] if match.end() < len(folded) else " "
            # a whole word: not "14 December" for the 4th, nor "4 declarations" for "4 dec"
            if not before.isalnum() and not (
                after.isdigit() or (after.isalpha() and variant[-1].isalpha())
            ):
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
        if _CODE_BEFORE.search(without_emails, max(0, match.start() - 4), match.start()):
            continue
        if (
            len(digits) >= 7
            and not _DATE_LIKE.match(raw.strip("()"))
            and not re.fullmatch(r"\d{4}", raw)
        ):
            if re.fullmatch(r"\d{1,3}(?:[ .,]\d{3})+", raw):
                continue  # "1 234 567" style amounts are numbers, not phones
            found.add(digits)
    return found
