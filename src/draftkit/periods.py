"""Periods a text states ("one month", "o lună de zile", "30 días", "twenty-four months"): read
once per text, with what makes a period no offer (a deadline, time lived through, a rate, a time
to meet, the old period a remedy replaces), and in days, to compare one with another."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from draftkit.facts import facts_data, linking_pattern, parse_number
from draftkit.languages import on_change
from draftkit.spelled import spelled_pattern, spelled_value
from draftkit.text import fold, word_list


def _coming_next(data: dict[str, Any]) -> list[str]:
    return [fold(str(w)) for w in data.get("coming_next") or []]


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
    # the word between is no unit itself ("o lună de zile" is a month, not a day), no month
    # ("31 martie anul viitor" is a date), no little word ("Fibra 1000 pentru luna
    # decembrie" names a product) and no "next" ("Term 1 next year" is a term, not a year)
    months = [
        fold(m)
        for key in ("months", "months_short")
        for item in data.get(key) or []
        for m in str(item).split("|")
    ]
    little = sorted(
        map(re.escape, (*months, *word_list(language, "prepositions"), *_coming_next(data))),
        key=len,
        reverse=True,
    )
    no_unit = rf"(?!(?:{unit}|{'|'.join(little)})\s)"
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


#: A pattern that never matches: what a reader is when its pack lists no words for it.
_NEVER = re.compile("(?!)")


@on_change
@cache
def _around(language: str, key: str, before: str, after: str) -> re.Pattern[str]:
    """The pack's word list KEY, longest first, between BEFORE and AFTER: one regex per list."""
    words = _longest_first(language, key)
    return re.compile(rf"{before}(?:{words}){after}") if words else _NEVER


def _lived(language: str) -> re.Pattern[str]:
    """Words after a duration that make it time the customer lived through: "the two weeks your
    students waited"."""
    return _around(language, "lived", r"(?:\s+[^\W\d_]+){0,2}?\s+", r"\b")


def _replaced(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """What makes a period the one replaced: "instead of" just before it, or a range's start
    ("from 3 months to 12"): the words before, then "to" and a number after."""
    number = rf"\s+(?:\d|(?:{spelled_pattern(language)})\b)"
    return (
        _around(language, "instead_of", r"\b", r"\s+$"),
        _around(language, "range_from", r"\b", r"\s+$"),
        _around(language, "range_to", r"\s+", number),
    )


@on_change
@cache
def _bare_start(language: str) -> re.Pattern[str]:
    """A range's start with no unit of its own, just before a period: the "from 10 to" of
    "from 10 to 15 years", whose 10 counts in the period's unit."""
    start, to = _longest_first(language, "range_from"), _longest_first(language, "range_to")
    if not (start and to):
        return _NEVER
    number = rf"(\d+|{spelled_pattern(language)})"
    return re.compile(rf"\b(?:{start})\s+{number}\s+(?:{to})\s+$")


def _recalled(language: str) -> re.Pattern[str]:
    """Words before a period that make it a time recalled: "de esos dos días"."""
    return _around(language, "recalled_before", r"\b", r"\s+$")


def _clock(language: str) -> re.Pattern[str]:
    """Words before a number of hours that make it a time of day: "a las 19 h", "la ora 19"."""
    return _around(language, "clock_before", r"\b", r"\s+$")


def _slot(language: str) -> re.Pattern[str]:
    """Words after a unit that make it a time to meet: "an hour that suits you"."""
    return _around(language, "slot_after", r"\s+", r"\b")


@on_change
@cache
def _offset(language: str) -> re.Pattern[str]:
    """Words after a unit, closing its clause, that make it how long before something:
    "confirmed by phone a day before", "con 48 horas de antelación" measure ahead, they give no
    time ("two free months before billing resumes" does); so do they before each of something
    ("cu o zi înainte de fiecare ședință", "a day before each lesson")."""
    each = _longest_first(language, "offset_each")
    ahead_of_each = rf"|\s+(?:\w+\s+)?(?:{each})\b" if each else ""
    return _around(language, "offset_after", r"\s+", rf"(?=\s*(?:[.,;:!?)]|$){ahead_of_each})")


@on_change
@cache
def _after_a_date(language: str) -> re.Pattern[str]:
    """A date and the comma of an apposition, just before a unit: "by 25 November, four days
    before the market" measures the date against another, it gives no four days."""
    months, weekdays = _longest_first(language, "months"), _longest_first(language, "weekdays")
    if not months:
        return _NEVER
    day = r"\d{1,2}(?:st|nd|rd|th)?"
    date = rf"(?:{day}\s+(?:\w{{1,2}}\s+)?(?:{months})|(?:{months})\s+{day}|(?:{weekdays}))"
    return re.compile(rf"\b{date}(?:\s+\d{{4}})?\s*,\s*(?:\w{{1,3}}\s+)?(?:\w+\s+)?$")


def _timeline(language: str) -> re.Pattern[str]:
    """Words before a duration that make it no period on offer: a deadline ("within 5 days") or
    time already spent ("we took ten days")."""
    # ... glued to it by a hyphen too: "într-o zi" (one day, some day), not a day given
    return _around(language, "timeline", r"\b", r"(?:\s+|-)(?:\d+\s*[-–]\s*|\d+\s+\w+\s+)?$")


def durations_in(
    text: str,
    language: str,
    *,
    deadlines: bool = True,
    compounds: bool = False,
    replaced: bool = False,
) -> list[tuple[Decimal, str]]:
    """('one month' | 'o lună' | '30 días') -> [(1, 'month')], [(30, 'day')].

    With `deadlines=False`, a deadline is no period: "within 3-5 business days". With
    `compounds`, a compound adjective is one too ("the two-year fixed period"): the remedies
    read so, to approve the period a draft states; a draft's "24-month contract" may name
    what is not on offer. With `replaced`, only the periods a change replaces: the 10 years
    of "extended from 10 to 15 years", by which "five more years" restates it.
    """
    return list(_durations_in(text, language, deadlines, compounds, replaced))


@on_change
@lru_cache(maxsize=4096)
def _durations_in(
    text: str, language: str, deadlines: bool, compounds: bool, replaced_only: bool
) -> tuple[tuple[Decimal, str], ...]:
    units, words, pattern = _unit_table(language)
    articles, rate_before = _rate(language)
    timeline = _timeline(language)
    found = []
    folded_text = fold(text)
    lived, slot, offset = _lived(language), _slot(language), _offset(language)
    ahead, dated = _around(language, "offset_after", r"\s+", r"\b"), _after_a_date(language)
    replaced, starts, ends = _replaced(language)
    recalled, clock = _recalled(language), _clock(language)
    for match in pattern.finditer(folded_text):
        if not deadlines and (
            timeline.search(folded_text[max(0, match.start() - 30) : match.start()])
            or lived.match(folded_text, match.end())
        ):
            continue
        amount, unit = match.groups()
        bare = (
            _bare_start(language).search(folded_text, 0, match.start()) if replaced_only else None
        )
        if bare is not None:
            start = words.get(bare.group(1)) or _count(bare.group(1), language)
            found += [(start, units[unit])] if start is not None else []
            continue
        if slot.match(folded_text, match.end()) or offset.match(folded_text, match.end()):
            continue  # "an hour that suits you", "a day before": a time to meet, or ahead
        if ahead.match(folded_text, match.end()) and dated.search(folded_text, 0, match.start()):
            continue  # "by 25 November, four days before the market": a date's lead
        if recalled.search(folded_text, 0, match.start()):
            continue  # "el aparcamiento de esos dos días": a time recalled, not given
        if clock.search(folded_text, 0, match.start()):
            continue  # "el 16 de diciembre a las 19 h": a time of day, not 19 hours
        # "from 3 months to 12", "a year instead of three months": the old period
        old = bool(replaced.search(folded_text, 0, match.start())) or bool(
            starts.search(folded_text, 0, match.start()) and ends.match(folded_text, match.end())
        )
        if old != replaced_only:
            continue
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
    if replaced_only:
        return tuple(found)
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


def unit_named(word: str, language: str) -> str | None:
    """The unit a word names ("year", "años", "luni"), folded as `text.fold` folds it."""
    return _unit_table(language)[0].get(fold(word))


def in_days(duration: tuple[Decimal, str]) -> Decimal:
    """The period in days, to the minute: "half an hour" and "30 minutes" compare equal."""
    return (duration[0] * _DAYS[duration[1]]).quantize(Decimal("0.000001"))


def _longest_first(language: str, key: str) -> str:
    """The pack's word list KEY as a regex alternation, folded, longest first ("" if none)."""
    listed = facts_data(language).get(key) or []
    words = sorted((fold(str(w)) for w in listed), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@on_change
@cache
def number_words(language: str) -> dict[str, Decimal]:
    """Number words that name a figure ("two", "dos", "doi"), without the articles "a", "un"."""
    _, words, _ = _unit_table(language)
    data = facts_data(language)
    # "a", "un"; and "full", "whole", which are one only in a compound ("a full-day rental")
    skip = {fold(str(w)) for w in (*(data.get("articles") or []), *(data.get("whole") or []))}
    return {word: value for word, value in words.items() if word not in skip}


def shared_unit(
    text: str, language: str, found: list[tuple[Decimal, str]]
) -> list[tuple[Decimal, str]]:
    """ "La 2 și la 6 săptămâni după externare", "at 2 and 6 weeks": a bare number joined to a
    period by "and" shares its unit, so the remedy gives both."""
    joins = "|".join(re.escape(j) for j in word_list(language, "addition_joins"))
    if not found or not joins:
        return []
    shared = []
    for value, unit in found:
        figure = f"{value.normalize():f}"
        bare = rf"(?<![\d.,])(\d+)\s+(?:\w+\s+)?(?:{joins})\s+(?:\w+\s+){{0,2}}?{figure}(?![\d.,])"
        shared += [(Decimal(m.group(1)), unit) for m in re.finditer(bare, fold(text))]
    return shared
