"""A note's figures told another way than its digits: in round numbers ("more than thirteen
hundred returns" for 1,318), or as a count in words ("alte șapte locuințe din Arad" for the
notes' "încă 7 locuințe din Arad"). `leaks.no_internal_notes` reads the digits themselves."""

from __future__ import annotations

from decimal import Decimal

from draftkit.amounts import counts_in
from draftkit.facts import parse_number
from draftkit.provenance import figure_digits

#: A note's figure told in round numbers: from this size, and this close to it.
_ROUND_FROM = 100
_ROUND_SHARE = Decimal("0.05")


def rounded(
    figures: frozenset[str], shown: frozenset[str], text: str, public: str, language: str
) -> list[tuple[str, Decimal]]:
    """The note figures TEXT tells in round numbers, and the count that tells each, where no
    public figure is as close to that count."""
    told = {count for _, count in counts_in(text, language)}
    if not told:
        return []
    known = {count for _, count in counts_in(public, language)}
    known |= {value for value in (parse_number(f) for f in shown) if value is not None}
    found = []
    for figure in sorted(figures):
        value = parse_number(figure)
        if value is None or value < _ROUND_FROM or figure_digits(figure) in shown:
            continue
        for count in sorted(told):
            near = abs(count - value) <= value * _ROUND_SHARE
            if (
                near
                and count != value
                and not any(abs(count - k) <= k * _ROUND_SHARE for k in known)
            ):
                found.append((figure, count))
    return found


def counted(notes: str, text: str, public: str, language: str) -> list[tuple[str, Decimal]]:
    """The notes' counts of a thing that TEXT gives again, as (the thing's stem, the count):
    the same number of the same thing, in words or in figures, that no public field counts.
    A number alone ("seven") could be anything of the letter's; seven homes are the notes'."""
    told = set(counts_in(text, language, added=True))  # "alte șapte": seven more is seven
    if not told:
        return []
    shown = set(counts_in(public, language, added=True))
    return sorted(set(counts_in(notes, language, added=True)) & told - shown)
