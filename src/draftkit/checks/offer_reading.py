"""One sentence as `approved_offers` reads it, and the verdicts it already gave on a sentence.

The guard's rules ask the same sentence for its words, sums, percentages, periods and content
words several times over; a `Reading` works each out once, when a rule first asks. A sentence's
verdict depends only on its text, its part and the incident's approved terms, and a letter is
scored and redrafted with most of its sentences unchanged: `remembered` keeps the verdicts per
set of terms, in bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from functools import cached_property, lru_cache

from draftkit.amounts import money_in, percents_in
from draftkit.checks.view import Line
from draftkit.facts import durations_in
from draftkit.languages import on_change
from draftkit.offers import Approved
from draftkit.text import Token, content_stems, tokens


class Reading:
    """The facts of one `Line` the offer rules share, each computed on first use."""

    def __init__(self, line: Line, language: str) -> None:
        self.line = line
        self.language = language

    @cached_property
    def words(self) -> tuple[Token, ...]:
        """The words the lexicon's hits index (the sentence with its parties read by role)."""
        return tokens(self.line.scanned, self.language)

    @cached_property
    def money(self) -> tuple[Decimal, ...]:
        return tuple(money_in(self.line.text, self.language))

    @cached_property
    def percents(self) -> tuple[Decimal, ...]:
        return tuple(percents_in(self.line.text, self.language))

    @cached_property
    def periods(self) -> tuple[tuple[Decimal, str], ...]:
        """The periods stated, deadlines aside ("within 3-5 business days" is no period)."""
        return tuple(durations_in(self.line.text, self.language, deadlines=False))

    @cached_property
    def stems(self) -> frozenset[str]:
        return content_stems(self.line.scanned, self.language)


#: Sentences remembered per set of approved terms: a letter's drafts, repairs and scores.
_SENTENCES = 1024
#: Sets of approved terms remembered: the incidents a batch works on at once.
_TERMS = 64

Verdict = tuple[str, ...]


@on_change
@lru_cache(maxsize=_TERMS)
def _verdicts(terms: Approved, language: str) -> dict[tuple[str, str, str], Verdict]:
    return {}


def remembered(
    line: Line, terms: Approved, language: str, judge: Callable[[Reading], Verdict]
) -> Verdict:
    """JUDGE's verdict on LINE, worked out once per sentence, part and set of terms.

    The lexicon's hits are a function of the scanned text, so the key need not hold them.
    """
    memo = _verdicts(terms, language)
    key = (line.part, line.text, line.scanned)
    found = memo.get(key)
    if found is None:
        found = judge(Reading(line, language))
        if len(memo) >= _SENTENCES:
            del memo[next(iter(memo))]  # the oldest first
        memo[key] = found
    return found
