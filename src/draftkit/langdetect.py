"""Which of en/es/ro a text is written in, from function words and diacritics.

Function words carry a language even in two sentences, and proper nouns or a quoted product name
barely move them; the word lists live in `languages/<lang>/langdetect.yaml`.
"""

from __future__ import annotations

import re
from functools import cache

from draftkit.languages import codes
from draftkit.phrases import fold, load

_WORD = re.compile(r"[a-z']+")


@cache
def _profile(language: str) -> tuple[frozenset[str], tuple[str, ...]]:
    data = load("langdetect", language)
    words = frozenset(fold(str(w)) for w in data.get("stopwords", []))
    return words, tuple(str(m) for m in data.get("markers", []))


def language_scores(text: str) -> dict[str, float]:
    """Share of words that are each language's function words, plus a bonus for diacritics."""
    lowered = text.casefold()
    words = _WORD.findall(fold(text))
    total = max(1, len(words))
    scores: dict[str, float] = {}
    for language in codes():
        stopwords, markers = _profile(language)
        hits = sum(1 for word in words if word in stopwords)
        marks = sum(lowered.count(marker) for marker in markers)
        scores[language] = hits / total + min(0.3, 0.5 * marks / total)
    return scores


def detect_language(text: str) -> str:
    scores = language_scores(text)
    return max(codes(), key=lambda language: scores[language])
