"""Language data (phrase lists for en/es/ro) lives in language packs, `draftkit/languages/<code>/`.

`load("guards", "es")` reads `languages/es/guards.yaml` once and caches it. Entries are
plain phrases, matched as whole words, case- and accent-insensitively, or regular expressions
(`re:` prefix).
Plain phrases are matched through a word index rather than one huge regex alternation: scoring
and checking run these lists over every sentence, and the index is many times faster.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from typing import Any

_COMBINING = re.compile("[\u0300-\u036f]")
_TOKEN = re.compile(r"[\w'’-]+")


def load(topic: str, language: str) -> dict[str, Any]:
    """`<topic>.yaml` of the language's pack (see `draftkit.languages`)."""
    from draftkit.languages import pack

    return pack(language).data(topic)


@lru_cache(maxsize=1024)
def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Greșeala' matches 'greseala' and 'ș' matches 'ş'."""
    lowered = text.casefold().replace("’", "'")
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))


@lru_cache(maxsize=1024)
def tokens(folded: str) -> tuple[tuple[str, ...], frozenset[str]]:
    """The words of a folded text, in order and as a set (for a fast "any candidate?" test)."""
    words = tuple(_TOKEN.findall(folded))
    return words, frozenset(words)


class PhraseList:
    """Phrase lists compiled for matching against folded text; each entry may carry a tag.

    Several lists can be merged into one tagged list, so a sentence is scanned once for all of
    them instead of once per list.
    """

    def __init__(self, entries: tuple[str, ...], tags: tuple[str, ...] | None = None) -> None:
        self.entries = entries
        tags = tags or ("",) * len(entries)
        self._index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        self._regexes: dict[str, list[str]] = {}
        for entry, tag in zip(entries, tags, strict=True):
            if entry.startswith("re:"):
                self._regexes.setdefault(tag, []).append(fold(entry[3:].strip()))
                continue
            words = tuple(_TOKEN.findall(fold(entry)))
            if words:
                self._index.setdefault(words[0], []).append((words, tag))
        for phrases in self._index.values():
            phrases.sort(key=lambda item: len(item[0]), reverse=True)
        self._keys = frozenset(self._index)
        self._compiled = [
            (tag, re.compile("|".join(f"(?:{source})" for source in sources)))
            for tag, sources in self._regexes.items()
        ]
        # One pass over all the regexes first: most sentences match none of them.
        every = [source for sources in self._regexes.values() for source in sources]
        self._any_regex = re.compile("|".join(f"(?:{x})" for x in every)) if every else None

    def tagged(self, folded: str) -> list[tuple[str, str]]:
        """(tag, matched phrase) for every match in `folded` (already passed through `fold`)."""
        found: list[tuple[str, str]] = []
        words, present = tokens(folded)
        if not self._keys.isdisjoint(present):
            index = self._index
            covered: dict[str, int] = {}  # per tag, where its last match ends: no overlaps
            for i, word in enumerate(words):
                for phrase, tag in index.get(word, ()):  # longest first
                    if covered.get(tag, 0) <= i and words[i : i + len(phrase)] == phrase:
                        found.append((tag, " ".join(phrase)))
                        covered[tag] = i + len(phrase)
        if self._any_regex is not None and self._any_regex.search(folded):
            for tag, pattern in self._compiled:
                found += [(tag, m.group(0)) for m in pattern.finditer(folded)]
        return found

    def findall(self, folded: str) -> list[str]:
        return [phrase for _, phrase in self.tagged(folded)]

    def search(self, folded: str) -> bool:
        return bool(self.tagged(folded))


@cache
def compile_list(entries: tuple[str, ...]) -> PhraseList | None:
    return PhraseList(entries) if entries else None


def phrase_list(topic: str, language: str, key: str) -> PhraseList | None:
    """The compiled phrase list `key` of `languages/<language>/<topic>.yaml` (None when empty)."""
    entries = load(topic, language).get(key) or []
    return compile_list(tuple(str(e) for e in entries))
