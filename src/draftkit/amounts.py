"""Sums, shares and counts in text: money, percentages and how many of a thing, in figures or words.

An offer is read by its amounts, and real drafts write them every way: "€64.90", "64,90 €",
"sesenta y cuatro euros con noventa céntimos", "3 mil pesos", "două sute de lei", "fifteen
percent". The words come from each language's `facts.yaml` (`numbers`, `spelled`, `currency`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from itertools import combinations, pairwise
from typing import Any

from draftkit.facts import NUMBER_FORM, facts_data, linking_pattern, parse_number
from draftkit.languages import on_change
from draftkit.spelled import alternation, spelled_pattern, spelled_value, spelled_words
from draftkit.text import content_stems, fold


@on_change
@cache
def _money_pattern(language: str) -> re.Pattern[str]:
    data = facts_data(language)
    currency = alternation(data["currency"])
    number = NUMBER_FORM
    link = linking_pattern(language)
    spelled, _, _ = spelled_words(language)
    extra = data.get("spelled") or {}
    cents = ""
    if extra.get("cents"):
        joins = alternation(extra.get("cents_joins") or [])
        # "con noventa céntimos", "and 20 pence", "con cincuenta," at a clause's end; "thirty-eight
        # dollars sixty"
        named = alternation(extra["cents"])
        ends = _cents_end(extra, r"[^\w\s]")
        cents = (
            rf"(?:,?\s+(?:{joins})\s+({spelled}|\d{{1,2}})(?:\s+{link}(?:{named})\b|(?={ends}))"
            rf"|\s+({spelled})(?:\s+{link}(?:{named}))?\b"
            rf"|,\s+({spelled}|\d{{1,2}})\s+{link}(?:{named})\b)?"
        )
    return re.compile(
        rf"(?:(?<![\w])(?:{currency})\s?({number}))|(?:({number})\s?{link}(?:{currency})(?![\w]))"
        rf"|(?:({spelled})\s+{link}(?:{currency})(?![\w])(?!\s?\d){cents})"
    )


def _cents_end(extra: dict[str, Any], marks: str) -> str:
    """Where cents left unnamed end ("con cincuenta," "con 50 que pagó"): one of MARKS, the
    text's end, or a word of the pack's `cents_before`."""
    before = alternation(extra.get("cents_before") or [])
    ends = rf"\s*{marks}|\s*$"
    return rf"{ends}|\s+(?:{before})\b" if before else ends


@on_change
@cache
def _percent_pattern(language: str) -> re.Pattern[str]:
    percent = facts_data(language).get("percent") or []
    words = sorted((re.escape(fold(str(w))) for w in percent), key=len)
    named = "|".join(rf"{w}\b" for w in reversed(words))
    shares = "|".join(["%", named]) if named else "%"
    spelled, _, _ = spelled_words(language)
    written = rf"|({spelled})\s+(?:{named})" if named else ""
    return re.compile(rf"(\d+(?:[.,]\d+)?)\s?(?:{shares}){written}")


def percents_in(text: str, language: str) -> list[Decimal]:
    """Percentages: "15%", "15 %", "15 percent", "15 por ciento", "15 la sută"."""
    return list(_percents_in(text, language))


def money_in(text: str, language: str) -> list[Decimal]:
    return list(_money_in(text, language))


# Several guards and scorers ask about the same sentence: read its figures once.
@on_change
@lru_cache(maxsize=4096)
def _percents_in(text: str, language: str) -> tuple[Decimal, ...]:
    folded = fold(text)
    pattern, shares = _named_shares(language)
    return tuple(
        Decimal(m.group(1).replace(",", ".")) if m.group(1) else spelled_value(m.group(2), language)
        for m in _percent_pattern(language).finditer(folded)
    ) + tuple(shares[m.group()] for m in pattern.finditer(folded))


@on_change
@cache
def _named_shares(language: str) -> tuple[re.Pattern[str], dict[str, Decimal]]:
    """ "A mitad de precio", "half price": shares named in words, as the percentage they are."""
    shares = {
        fold(str(phrase)): Decimal(str(share))
        for phrase, share in (facts_data(language).get("shares") or {}).items()
    }
    alternatives = alternation(shares) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), shares


def _alone(words: str, language: str) -> bool:
    """Whether WORDS are one multiplier that never stands alone ("de mii", "millones"): by
    itself, it counts no sum."""
    _, values, multipliers = spelled_words(language)
    numbers = [w for w in re.findall(r"[^\W\d_]+", words) if w in values or w in multipliers]
    return len(numbers) == 1 and numbers[0] in _counted(language)


@on_change
@cache
def _counted(language: str) -> frozenset[str]:
    extra = facts_data(language).get("spelled") or {}
    return frozenset(fold(str(w)) for w in extra.get("counted_multipliers") or [])


_THOUSANDS = re.compile(r"k(?!\w)")

# A figure just before a spelled multiplier: "3 mil euros", "2,5 millones de euros".
_LEAD = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s+$")


#: The cents of a sum written out on a cheque or a Mexican invoice: "treinta pesos 00/100 M.N."
_FRACTION_CENTS = re.compile(r"(?<![\d/.,])\d{2}/100(?![\d/])(?:\s*m\.\s?n\.)?")


@on_change
@lru_cache(maxsize=4096)
def _money_in(text: str, language: str) -> tuple[Decimal, ...]:
    articles = {fold(str(w)) for w in facts_data(language).get("articles") or []}
    values = []
    folded = _FRACTION_CENTS.sub(lambda m: " " * len(m.group()), fold(text))
    covered: list[tuple[int, int]] = []
    for match in _money_pattern(language).finditer(folded):
        covered.append(match.span())
        digits, words = match.group(1) or match.group(2), match.group(3)
        cents = next((group for group in match.groups()[3:] if group), None)
        if words in articles:
            continue  # "a EUR 300 credit": the article, no sum
        if words:  # "sesenta y cuatro euros con noventa céntimos", "3 mil pesos"
            lead = _LEAD.search(folded, 0, match.start(3))
            if not lead and _alone(words, language):
                continue  # "o factură de mii de lei": thousands of them, no sum
            first = re.match(r"[^\W\d_]+", words)
            multiplied = lead and first and first.group() in spelled_words(language)[2]
            value: Decimal | None = spelled_value(
                words, language, parse_number(lead.group(1)) if lead and multiplied else None
            )
            if cents:
                figure = cents.strip()
                # "con un céntimo", "și un ban": the article is the one cent
                share = (
                    Decimal(figure)
                    if figure.isdigit()
                    else spelled_value(cents, language) or Decimal(figure in articles)
                )
                value = (value or Decimal(0)) + share / 100
        else:
            value = parse_number(digits.strip(" .,"))
            if value is not None and match.group(1) and _THOUSANDS.match(folded, match.end()):
                value *= 1000  # "$1.5k", "€2K"
            after = _figure_cents(language).match(folded, match.end())
            # (not a sum written with its cents: "2.460,00 € y 38,60 €" are two sums)
            written = re.search(r"[.,]\d{2}\s*$", digits.strip(" "))
            if value is not None and after and value == value.to_integral() and not written:
                # "1.173 euros y 40 céntimos", "96 soles con 50 que pagó"
                value += Decimal(after.group(1) or after.group(2)) / 100
                covered.append(after.span())
        if value is not None:
            values.append(value)
    # cents alone are a sum too: "21 cent per kWh" is "€0.21 per kWh"
    for match in _cents_alone(language).finditer(folded):
        if not any(start <= match.start() < end for start, end in covered):
            values.append(Decimal(match.group(1)) / 100)
    return tuple(values)


@on_change
@cache
def _cents_alone(language: str) -> re.Pattern[str]:
    named = (facts_data(language).get("spelled") or {}).get("cents")
    if not named:
        return re.compile(r"(?!)")
    # a one-letter word only written close ("50p"; "5 p.m." is a time)
    words = alternation([w for w in named if len(str(w)) > 1])
    letters = alternation([w for w in named if len(str(w)) == 1] or ["(?!)"])
    return re.compile(rf"(?<![\w.,])(\d{{1,2}})(?:\s?(?:{words})|(?:{letters}))(?![\w]|\.\w)")


@on_change
@cache
def _figure_cents(language: str) -> re.Pattern[str]:
    """The cents after a sum in figures: "1.173 euros y 40 céntimos", "12 lei și 50 de bani",
    or two digits left unnamed where the sum's words end ("los 96 soles con 50 que pagó")."""
    extra = facts_data(language).get("spelled") or {}
    if not extra.get("cents") or not extra.get("cents_joins"):
        return re.compile(r"(?!)")
    joins, named = alternation(extra["cents_joins"]), alternation(extra["cents"])
    link = linking_pattern(language)
    # a clause's end, not a sign: "30 euros y 20 % de descuento" is two offers
    ends = _cents_end(extra, r"[.,;:!?)]")
    currency = alternation(facts_data(language)["currency"])
    return re.compile(
        rf",?\s+(?:{joins})\s+(?:(\d{{1,2}})\s*{link}(?:{named})\b"
        # not a sum of its own: "1.200 lei și 50 de euro"
        rf"|(\d{{2}})(?![.,]\d)(?!\s+{link}(?:{currency})(?![\w]))(?={ends}))"
    )


@on_change
@cache
def _count_pattern(language: str) -> tuple[re.Pattern[str], frozenset[str]]:
    data = facts_data(language)
    # "twenty-four seats", "douăzeci și patru de locuri": the whole number, not its last word
    spelled = spelled_pattern(language)
    # "$24 walk fee" is a sum, not 24 walks: no currency sign before the number
    # ... with the word a language puts between ("34 de meniuri")
    link = linking_pattern(language)
    pattern = re.compile(rf"(?<![\w.,$€£¥-])(\d{{1,3}}|{spelled})(?![.,]?\d)\s+{link}([a-z]+)")
    measures = {fold(str(w)) for unit in data["units"].values() for w in unit}
    for key in ("currency", "linking", "articles", "percent", "months", "months_short"):
        measures |= {fold(str(w)) for item in data.get(key) or [] for w in str(item).split("|")}
    # "and fifty-two cent": the cents of a sum, not fifty-two things
    measures |= {fold(str(w)) for w in (data.get("spelled") or {}).get("cents") or []}
    return pattern, frozenset(measures)


@on_change
@cache
def _count_context(language: str) -> tuple[frozenset[str], frozenset[str], re.Pattern[str]]:
    """What makes a count no total ("y cuatro personas más") or a range's start ("from 20 pages
    to 30"): the added words, the words that open a range, and its end."""
    data = facts_data(language)
    added = frozenset(fold(str(w)) for w in data.get("added") or [])
    starts = frozenset(fold(str(w)) for w in data.get("range_from") or [])
    to = "|".join(re.escape(fold(str(w))) for w in data.get("range_to") or []) or "$^"
    return added, starts, re.compile(rf"(?:\s+[a-z]+){{0,2}}?\s+(?:{to})\s+\d")


@on_change
@cache
def _partitive(language: str) -> re.Pattern[str]:
    """ "2 de las 7 noches": the part's count, just before "of the" and the whole's count."""
    words = [fold(str(w)) for w in facts_data(language).get("partitive") or []]
    if not words:
        return re.compile("(?!)")
    of = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"(?<![\w.,])(\d{{1,3}}|{spelled_pattern(language)})\s+(?:{of})\s+")


@on_change
@cache
def _sums_and_shares(language: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """What makes a number no count: a share's words after it ("cincisprezece la sută
    reducere"), a currency before it ("EUR 85 credit")."""
    data = facts_data(language)
    percent = tuple(fold(str(w)) for w in data.get("percent") or [])
    currency = frozenset(
        fold(w) for item in data.get("currency") or [] for w in str(item).split("|")
    )
    return percent, currency


def counts_in(text: str, language: str, *, added: bool = False) -> list[tuple[str, Decimal]]:
    """How many of a thing: "cinco clases prácticas" -> [("clas", 5)], "2 nights" ->
    [("night", 2)]: the number and the stem of the word after it, when that word is a thing
    (not a unit, a currency, a month or a linking word).

    A count added to others ("four more sessions") is no total to check a draft's by; ADDED
    keeps it, for what a remedy gives: "Patru ședințe suplimentare" approves four sessions."""
    return list(_counts_in(text, language, added))


@on_change
@lru_cache(maxsize=4096)
def _counts_in(text: str, language: str, keep_added: bool) -> tuple[tuple[str, Decimal], ...]:
    pattern, measures = _count_pattern(language)
    added, starts, ends = _count_context(language)
    percent, currency = _sums_and_shares(language)
    folded = fold(text)
    found = []
    for match in pattern.finditer(folded):
        amount, thing = match.groups()
        if thing in measures or folded[: match.end(1)].endswith(percent):
            continue  # "cincisprezece la sută reducere": a share, not a hundred of a thing
        before = folded[: match.start()].split()[-1:]
        if before and before[0] in currency:
            continue
        after = [w.strip(".,;:") for w in folded[match.end() :].split()[:2]]
        if not keep_added and (
            {w.strip(".,;:") for w in (*before, *after[:1])} & added or " ".join(after) in added
        ):
            continue  # "ustedes y cuatro personas más": added to others, no total
        if before and before[0] in starts and ends.match(folded, match.end()):
            continue  # "from 20 pages to 30": where a range starts, not what is given
        value = parse_number(amount) if amount[:1].isdigit() else spelled_value(amount, language)
        stems = content_stems(thing, language)
        if value is not None and value >= 1 and value == value.to_integral() and stems:
            found.append((next(iter(stems)), value))
    return tuple(found)


def parts_in(text: str, language: str) -> list[tuple[str, Decimal]]:
    """ "Reembolso de 2 de las 7 noches" -> [("noch", 2)]: a remedy that gives a part of a whole
    gives that many of the thing (a draft's "every one of the 44 connectors" is all of them,
    so only remedies read this)."""
    folded = fold(text)
    found = []
    for match in _partitive(language).finditer(folded):
        whole = counts_in(folded[match.end() :], language, added=True)[:1]
        amount = match.group(1)
        value = parse_number(amount) if amount[:1].isdigit() else spelled_value(amount, language)
        found += [(thing, value) for thing, _ in whole if value is not None and value >= 1]
    return found


def fraction_shares(text: str, language: str, amounts: frozenset[Decimal]) -> frozenset[Decimal]:
    """ "A refund of LKR 60,000, half of the LKR 120,000 charter fee": a remedy naming a fraction
    between two of its sums approves that share as a percentage ("50% of the fee")."""
    data = facts_data(language)
    fractions = {fold(str(w)) for w in data.get("fractions") or []}
    words = re.findall(r"[^\W\d_]+", fold(text))
    if fractions.isdisjoint(words):
        return frozenset()
    # "Reembolso de 173,40 €, la mitad de lo que pagó": the fraction itself, as a share
    named = {fold(str(k)): Decimal(str(v)) for k, v in (data.get("fraction_shares") or {}).items()}
    of = {fold(str(w)) for w in data.get("fraction_of") or []}
    shares = {named[w] for w, after in pairwise(words) if w in named and after in of}
    return frozenset(shares) | frozenset(
        (small * 100 / large).quantize(Decimal("0.01"))
        for small, large in combinations(sorted(amounts), 2)
        if large and (small * 100 / large) == (small * 100 / large).to_integral()
    )
