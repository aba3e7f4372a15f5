"""Numbers written out in words ("twenty-four", "sesenta y cuatro", "două sute cincizeci"): one
reader for the sums, counts and periods a draft spells, with the words each pack's facts list."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from typing import Any

from draftkit.languages import on_change, pack
from draftkit.text import fold


def alternation(words: Any) -> str:
    return "|".join(sorted((re.escape(fold(str(w))) for w in words), key=len, reverse=True))


@on_change
@cache
def spelled_words(language: str) -> tuple[str, dict[str, Decimal], dict[str, Decimal]]:
    """A number written out ("sesenta y cuatro", "o sută", "forty-five") as a regex, with the
    value of each word and the multipliers ("hundred", "mil", "sute")."""
    data = pack(language).data("facts")
    extra = data.get("spelled") or {}
    values = {
        fold(str(k)): Decimal(str(v))
        for k, v in {**data["numbers"], **(extra.get("numbers") or {})}.items()
        if Decimal(str(v)) == Decimal(str(v)).to_integral()  # "half" is no part of a sum
    }
    multipliers = {
        fold(str(k)): Decimal(str(v)) for k, v in (extra.get("multipliers") or {}).items()
    }
    # what may stand beside a multiplier: "one thousand, two hundred", "trei sute de mii",
    # "patruzeci și cinci de mii"
    joined = alternation(extra.get("multiplier_joins") or [])
    before, after = (rf"(?:(?:{joined})\s+)?", rf"(?:\s*(?:{joined}))?") if joined else ("", "")
    word = (
        rf"\b(?:{alternation(values)})\b|{before}\b(?:{alternation(multipliers)})\b{after}"
        if multipliers
        else rf"\b(?:{alternation(values)})\b"
    )
    word = f"(?:{word})"
    joins = alternation(extra.get("joins") or [])
    between = rf"(?:\s+(?:{joins})\s+|-|\s+)" if joins else r"(?:-|\s+)"
    return rf"{word}(?:{between}{word})*", values, multipliers


def spelled_pattern(language: str) -> str:
    """A number written out in LANGUAGE, one word or several ("twenty-four", "veinte y dos"), as
    a regex; `spelled_value` reads what it matched."""
    return spelled_words(language)[0]


def spelled_value(text: str, language: str, lead: Decimal | None = None) -> Decimal:
    """ "sesenta y cuatro" -> 64, "două sute cincizeci" -> 250, "a hundred" -> 100; with the
    figure written before it ("3 mil", "2,5 millones"), that figure times the first multiplier."""
    _, values, multipliers = spelled_words(language)
    articles = {fold(str(w)) for w in pack(language).data("facts").get("articles") or []}
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
