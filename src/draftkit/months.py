"""Calendar months a text names: a remedy "for December" gives one month, and a draft that names
November and December for it gives two. Read by name, never from a date's day ("charged on
24 November" names a day, not a month)."""

from __future__ import annotations

import re
from functools import lru_cache

from draftkit.facts import facts_data
from draftkit.languages import on_change
from draftkit.text import fold, function_words, word_list

#: What sets words apart: spaces, and the dashes and slashes of a range of months.
_APART = re.compile(r"[\s/\u2013\u2014-]+")
#: Words between a day and its month: "24 de noviembre", "the 24th of November".
_DAY_LINKS = frozenset({"de", "of"})


def months_named(text: str, language: str) -> int:
    """How many calendar months TEXT names ("for December", "la factura de diciembre", "durante
    el próximo mes", "pentru decembrie 2026 și ianuarie 2027")."""
    folded = fold(text)
    if any(fold(str(p)) in folded for p in facts_data(language).get("next_month") or []):
        return 1
    return len(month_set(text, language))


def _words(text: str) -> list[str]:
    """TEXT's words, folded, without the marks around them ("November's" names November), and
    a range's months apart ("del bimestre noviembre-diciembre")."""
    return [word.strip(".,;:()").removesuffix("'s") for word in _APART.split(fold(text)) if word]


@on_change
@lru_cache(maxsize=8192)
def month_set(text: str, language: str, *, dates: bool = False) -> frozenset[int]:
    """The calendar months (1-12) TEXT names by name; with DATES, also as a date's month."""
    # not "may", "mai": a month's name that is also a common word says nothing alone
    function = function_words(language)
    numbers = {
        fold(str(m)): n
        for n, m in enumerate(facts_data(language).get("months") or [], start=1)
        if fold(str(m)) not in function
    }
    words = _words(text)

    def day_before(i: int) -> bool:
        """ "24 November", "24 de noviembre", "the 24th of November": a day names the month;
        "las cuotas de diciembre" names the month itself."""
        day = i >= 1 and _DAY.match(words[i - 1]) is not None
        linked = i >= 2 and words[i - 1] in _DAY_LINKS and _DAY.match(words[i - 2]) is not None
        return day or linked

    # not a date: "refund of what was charged on 24 November" names a day, not a month
    return frozenset(
        numbers[word]
        for i, word in enumerate(words)
        if word in numbers and (dates or not day_before(i))
    )


#: A day of the month before its name ("24", "1st"), not a year ("…November 2026, December").
_DAY = re.compile(r"\d{1,2}(?!\d)")


def spanned(months: frozenset[int]) -> frozenset[int]:
    """ "Din decembrie până în februarie": the months between the first and the last a remedy
    names, across the new year."""
    if len(months) < 2:
        return months
    ordered = sorted(months)
    gaps = [(b - a, a, b) for a, b in zip(ordered, [*ordered[1:], ordered[0] + 12], strict=True)]
    _, start, end = max(gaps)  # the widest gap is the stretch NOT named
    first, last = end % 12 or 12, start
    span = {((first - 1 + k) % 12) + 1 for k in range((last - first) % 12 + 1)}
    return frozenset(span)


def since(text: str, language: str, until: int) -> frozenset[int]:
    """ "Devolución de los 267 € cobrados desde septiembre" for an incident of November: the
    months from the one named to the incident's own, which a draft may name one by one."""
    opening = word_list(language, "since")
    words = _words(text)
    named = month_set(text, language)
    if len(named) != 1:
        return frozenset()  # "din decembrie până în februarie" spans itself (`spanned`)
    for i, word in enumerate(words[:-1]):
        if word in opening:
            months = month_set(" ".join(words[i + 1 : i + 3]), language)
            if months and months <= named:
                first = min(months)
                return frozenset(
                    ((first - 1 + k) % 12) + 1 for k in range((until - first) % 12 + 1)
                )
    return frozenset()
