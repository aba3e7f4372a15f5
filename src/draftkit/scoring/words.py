"""Content words, stemmed crudely but language-aware, for overlap between text and incident."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from draftkit.phrases import fold, load

_WORD = re.compile(r"[a-z]{4,}")


@cache
def _stopwords(language: str) -> frozenset[str]:
    return frozenset(fold(str(w)) for w in load("langdetect", language).get("stopwords", []))


@lru_cache(maxsize=2048)
def content_stems(text: str, language: str) -> frozenset[str]:
    """Words of four letters or more, minus function words, cut to five letters."""
    stop = _stopwords(language)
    return frozenset(w[:5] for w in _WORD.findall(fold(text)) if w not in stop)
