"""Sums and shares in text: money and percentages, in figures or in words.

An offer is read by its amounts, and real drafts write them every way: "€64.90", "64,90 €",
"sesenta y cuatro euros con noventa céntimos", "3 mil pesos", "două sute de lei", "fifteen
percent". The words come from each language's `facts.yaml` (`numbers`, `spelled`, `currency`).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache, lru_cache
from typing import Any

from draftkit.facts import facts_data, linking_pattern, parse_number
from draftkit.languages import on_change
from draftkit.text import fold


def _alternation(words: Any) -> str:
    return "|".join(sorted((re.escape(fold(str(w))) for w in words), key=len, reverse=True))


@on_change
@cache
def _spelled(language: str) -> tuple[str, dict[str, Decimal], dict[str, Decimal]]:
    """A number written out ("sesenta y cuatro", "o sută", "forty-five") as a regex, with the
    value of each word and the multipliers ("hundred", "mil", "sute")."""
    data = facts_data(language)
    extra = data.get("spelled") or {}
    values = {
        fold(str(k)): Decimal(str(v))
        for k, v in {**data["numbers"], **(extra.get("numbers") or {})}.items()
        if Decimal(str(v)) == Decimal(str(v)).to_integral()  # "half" is no part of a sum
    }
    multipliers = {
        fold(str(k)): Decimal(str(v)) for k, v in (extra.get("multipliers") or {}).items()
    }
    word = rf"\b(?:{_alternation([*values, *multipliers])})\b"
    joins = _alternation(extra.get("joins") or [])
    between = rf"(?:\s+(?:{joins})\s+|-|\s+)" if joins else r"(?:-|\s+)"
    return rf"{word}(?:{between}{word})*", values, multipliers


def _spelled_value(text: str, language: str, lead: Decimal | None = None) -> Decimal:
    """ "sesenta y cuatro" -> 64, "două sute cincizeci" -> 250, "a hundred" -> 100; with the
    figure written before it ("3 mil", "2,5 millones"), that figure times the first multiplier."""
    _, values, multipliers = _spelled(language)
    articles = {fold(str(w)) for w in facts_data(language).get("articles") or []}
    words = re.findall(r"[^\W\d_]+", text)
    total, current = Decimal(0), lead or Decimal(0)
    for i, word in enumerate(words):
        if i == 0 and word in articles and (len(words) == 1 or words[1] not in multipliers):
            continue  # "un veinte por ciento", "a twenty percent": an article; "a hundred": one
        if word in multipliers:
            current = (current or Decimal(1)) * multipliers[word]
            if multipliers[word] >= 1000:
                total, current = total + current, Decimal(0)
        elif word in values:
            current += values[word]
    return total + current


@on_change
@cache
def _money_pattern(language: str) -> re.Pattern[str]:
    data = facts_data(language)
    currency = _alternation(data["currency"])
    number = r"\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"
    link = linking_pattern(language)
    spelled, _, _ = _spelled(language)
    extra = data.get("spelled") or {}
    cents = ""
    if extra.get("cents"):
        joins = _alternation(extra.get("cents_joins") or [])
        # "con noventa céntimos", "and 20 pence", "con cincuenta," at a clause's end; "thirty-eight
        # dollars sixty"
        named = _alternation(extra["cents"])
        before = _alternation(extra.get("cents_before") or [])
        ends = rf"\s*[^\w\s]|\s*$|\s+(?:{before})\b" if before else r"\s*[^\w\s]|\s*$"
        cents = (
            rf"(?:,?\s+(?:{joins})\s+({spelled}|\d{{1,2}})(?:\s+{link}(?:{named})\b|(?={ends}))"
            rf"|\s+({spelled})(?:\s+{link}(?:{named}))?\b)?"
        )
    return re.compile(
        rf"(?:(?<![\w])(?:{currency})\s?({number}))|(?:({number})\s?{link}(?:{currency})(?![\w]))"
        rf"|(?:({spelled})\s+{link}(?:{currency})(?![\w])(?!\s?\d){cents})"
    )


@on_change
@cache
def _percent_pattern(language: str) -> re.Pattern[str]:
    percent = facts_data(language).get("percent") or []
    words = sorted((re.escape(fold(str(w))) for w in percent), key=len)
    named = "|".join(rf"{w}\b" for w in reversed(words))
    shares = "|".join(["%", named]) if named else "%"
    spelled, _, _ = _spelled(language)
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
        Decimal(m.group(1).replace(",", "."))
        if m.group(1)
        else _spelled_value(m.group(2), language)
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
    alternatives = _alternation(shares) or "(?!)"
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)"), shares


# A figure just before a spelled multiplier: "3 mil euros", "2,5 millones de euros".
_LEAD = re.compile(r"(?<![\d.,])(\d{1,3}(?:[.,]\d+)?)\s+$")


@on_change
@lru_cache(maxsize=4096)
def _money_in(text: str, language: str) -> tuple[Decimal, ...]:
    articles = {fold(str(w)) for w in facts_data(language).get("articles") or []}
    values = []
    folded = fold(text)
    for match in _money_pattern(language).finditer(folded):
        digits, words = match.group(1) or match.group(2), match.group(3)
        cents = next((group for group in match.groups()[3:] if group), None)
        if words in articles:
            continue  # "a EUR 300 credit": the article, no sum
        if words:  # "sesenta y cuatro euros con noventa céntimos", "3 mil pesos"
            lead = _LEAD.search(folded, 0, match.start(3))
            first = re.match(r"[^\W\d_]+", words)
            multiplied = lead and first and first.group() in _spelled(language)[2]
            value: Decimal | None = _spelled_value(
                words, language, parse_number(lead.group(1)) if lead and multiplied else None
            )
            if cents:
                spelled = _spelled_value(cents, language)
                value = (value or Decimal(0)) + (spelled or Decimal(cents.strip() or 0)) / 100
        else:
            value = parse_number(digits.strip(" .,"))
            after = _figure_cents(language).match(folded, match.end())
            if value is not None and after and value == value.to_integral():
                value += Decimal(after.group(1)) / 100  # "1.173 euros y 40 céntimos"
        if value is not None:
            values.append(value)
    return tuple(values)


@on_change
@cache
def _figure_cents(language: str) -> re.Pattern[str]:
    """The cents named after a sum in figures: "1.173 euros y 40 céntimos", "12 lei și 50 de
    bani"."""
    extra = facts_data(language).get("spelled") or {}
    if not extra.get("cents") or not extra.get("cents_joins"):
        return re.compile(r"(?!)")
    joins, named = _alternation(extra["cents_joins"]), _alternation(extra["cents"])
    link = linking_pattern(language)
    return re.compile(rf",?\s+(?:{joins})\s+(\d{{1,2}})\s+{link}(?:{named})\b")
