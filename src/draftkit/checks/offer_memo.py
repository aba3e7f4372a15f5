"""The verdicts `approved_offers` already gave, per sentence.

A sentence's verdict depends only on its text, its part and the incident's approved terms, and a
letter is scored and redrafted with most of its sentences unchanged: `remembered` keeps the
verdicts per set of terms, in bounded memory.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from draftkit.checks.offer_reading import Reading
from draftkit.checks.view import Line
from draftkit.languages import on_change
from draftkit.offers import Approved

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
