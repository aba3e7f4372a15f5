"""Phrase patterns over stemmed words: the one matcher behind every guard and scorer.

A language pack's `lexicon.yaml` names categories of phrases (`regret`, `blame_customer`, …);
`patterns` says how an entry is written and compiles it. Here a sentence's words meet the
compiled patterns, indexed so that each sentence tries only the few it can hold.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from draftkit.languages import on_change
from draftkit.patterns import NOTHING, Compiled, Item, LexiconError, compile_lexicon, load
from draftkit.text import Token, function_words, stem, tokens

__all__ = ["Hit", "Lexicon", "LexiconError", "categories", "holds", "lexicon", "quote", "scan"]


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    start: int  # index of the first token
    end: int  # index after the last token
    pattern: str


def _match(
    items: tuple[Item, ...],
    k: int,
    keys: list[frozenset[str]],
    i: int,
    skip: frozenset[str],
) -> int:
    """End index of a match of items[k:] at the words whose key sets are keys[i:], or -1."""
    if k == len(items):
        return i
    item = items[k]
    n = len(keys)
    if item.gap >= 0:
        for j in range(i, min(n, i + item.gap) + 1):
            end = _match(items, k + 1, keys, j, skip)
            if end >= 0:
                return end
        return -1
    if item.negative:
        if i < n and not item.keys.isdisjoint(keys[i]):
            return -1
        return _match(items, k + 1, keys, i, skip)
    j = i
    while True:
        if j < n and not item.keys.isdisjoint(keys[j]):
            end = _match(items, k + 1, keys, j + 1, skip)
            if end >= 0:
                return end
        if item.optional:
            end = _match(items, k + 1, keys, i, skip)
            if end >= 0:
                return end
        # intensifiers between two words of a phrase: "we are very, very sorry"
        if k and j < n and not skip.isdisjoint(keys[j]):
            j += 1
            continue
        return -1


#: Claims a negation denies: "the fault was not ours" owns nothing, and "nu v-am avertizat"
#: ("we did not warn you") blames nobody but us.
_DENIABLE = frozenset({"ownership", "blame_customer"})
#: (category, entry, items, what else it needs, anchored at the start): `Lexicon._records`.
_Record = tuple[str, str, tuple[Item, ...], tuple[frozenset[str], ...], bool]
_COMMON_CLASSES = ("we", "you", "be", "have", "do", "modal", "future", "skip")


class Lexicon:
    """Every category of one pack's lexicon, indexed by the rarest word of each pattern."""

    def __init__(self, language: str, data: dict[str, Any] | Compiled) -> None:
        self.language = language
        compiled = data if isinstance(data, Compiled) else compile_lexicon(language, data)
        self.compiled = compiled
        classes = compiled.classes
        self._skip = classes["skip"].keys if "skip" in classes else frozenset()
        # Words too common to index a pattern by: the pronouns, auxiliaries and intensifiers.
        self._common = frozenset().union(
            *(classes[name].keys for name in _COMMON_CLASSES if name in classes)
        )
        # ... and the pack's function words ("de", "que", "not"): nearly every sentence has some.
        self._frequent = frozenset(
            key
            for word in function_words(language)
            for key in (f"f{word}", f"s{stem(word, language)}")
        )
        self.categories: dict[str, int] = {}
        # Patterns by number, in the file's order: a sentence's hits come out in that order.
        self._records: list[_Record] = []
        self._by_key: dict[str, tuple[int, ...]] = {}
        by_key: dict[str, list[int]] = {}
        for category, entry, items in compiled.patterns:
            self.categories[category] = self.categories.get(category, 0) + 1
            self._index(category, entry, items, by_key)
        self._by_key = {key: tuple(ids) for key, ids in by_key.items()}
        self._prefixes, self._suffixes = compiled.prefixes, compiled.suffixes
        self._prefix_lengths = sorted({len(p) for p in compiled.prefixes})
        self._suffix_lengths = sorted({len(x) for x in compiled.suffixes})
        self._key_cache: dict[tuple[str, ...], frozenset[str]] = {}

    def word_class(self, name: str) -> Item:
        """The pack's class NAME as one item, to test single words against (`accepts`)."""
        return self.compiled.classes.get(name, NOTHING)

    def negated_before(self, words: Sequence[Token], at: int, reach: int) -> bool:
        """Whether a negation stands among the REACH words before index AT: "no le vamos a
        ofrecer un cupón", "nu vă prezentăm nicio ipoteză", "it was not the update"."""
        negation = self.word_class("negation")
        return any(negation.accepts(word) for word in words[max(0, at - reach) : at])

    def _index(
        self, category: str, entry: str, items: tuple[Item, ...], by_key: dict[str, list[int]]
    ) -> None:
        """File the pattern under the words of its rarest required item.

        A sentence then only meets the patterns one of whose distinctive words it holds ("sorry",
        "refund"), not every pattern that starts with "we"; and a pattern is tried only when
        every other word it cannot do without is in the sentence too.
        """
        required = [i for i in items if not (i.optional or i.negative or i.gap >= 0)]
        anchor = min(required, key=self._commonness)
        # The anchor is met by filing: only the other required items are left to test, the
        # rarest first, since most sentences lack one of them.
        others = sorted((item for item in required if item is not anchor), key=self._commonness)
        needs = tuple(item.keys for item in others)
        anchored = entry.split()[:1] == ["^"]
        number = len(self._records)
        self._records.append((category, entry, items, needs, anchored))
        for key in anchor.keys:
            by_key.setdefault(key, []).append(number)

    def _commonness(self, item: Item) -> tuple[bool, bool, int]:
        return (
            not item.keys.isdisjoint(self._common),
            not item.keys.isdisjoint(self._frequent),
            len(item.keys),
        )

    def keys(self, word: Token) -> frozenset[str]:
        """What an item can match this word by: its stem, its folded form, the prefixes and
        endings the lexicon uses that it has, and "#" for a number."""
        # an accented ending ("*ará") is told from the same letters unaccented ("pagara")
        accented = not word.text.isascii()
        key = (word.fold, word.stem, word.text) if accented else (word.fold, word.stem)
        cached = self._key_cache.get(key)
        if cached is not None:
            return cached
        fold = word.fold
        found = [f"s{word.stem}", f"f{fold}"]
        prefixes, suffixes = self._prefixes, self._suffixes
        found += [
            f"p{fold[:n]}" for n in self._prefix_lengths if fold[:n] in prefixes and n <= len(fold)
        ]
        found += [
            f"x{fold[-n:]}"
            for n in self._suffix_lengths
            if len(fold) >= n + 2 and fold[-n:] in suffixes
        ]
        if accented:
            written = unicodedata.normalize("NFC", word.text.casefold())
            found += [
                f"x{written[-n:]}"
                for n in self._suffix_lengths
                if len(fold) >= n + 2 and not written[-n:].isascii() and written[-n:] in suffixes
            ]
        if fold[:1].isdigit():
            found.append("#")
        keys = frozenset(found)
        if len(self._key_cache) < 65536:
            self._key_cache[key] = keys
        return keys

    def find(self, words: tuple[Token, ...], category: str | None = None) -> list[Hit]:
        """Every match, leftmost first, at most one per category and start word.

        With CATEGORY, only that category's: the same hits of it, for less work.
        """
        hits: list[Hit] = []
        ends: dict[str, int] = {}
        keys = [self.keys(word) for word in words]
        by_key, records, skip = self._by_key, self._records, self._skip
        present = frozenset().union(*keys)
        filed: set[int] = set()
        for key in present:
            numbers = by_key.get(key)
            if numbers:
                filed.update(numbers)
        # The patterns this sentence can hold at all: first word present, every needed word too.
        possible = []
        for number in sorted(filed):
            record = records[number]
            for need in record[3]:
                if need.isdisjoint(present):
                    break
            else:
                if category is None or record[0] == category:
                    possible.append(record)
        for i, word_keys in enumerate(keys):
            for kind, entry, items, _, anchored in possible:
                # a pattern led by "!item": the word before the match is not that item
                lead = 1 if items[0].negative else 0
                if items[lead].keys.isdisjoint(word_keys):
                    continue
                if lead and i and not items[0].keys.isdisjoint(keys[i - 1]):
                    continue  # "your partner": the customer's, not a firm
                if ends.get(kind, 0) > i or (i and anchored):
                    continue  # inside an earlier match of this category, or not at the start
                end = _match(items, lead + 1, keys, i + 1, skip)
                if end >= 0:
                    hits.append(Hit(kind, i, end, entry))
                    ends[kind] = end
        if any(hit.category in _DENIABLE for hit in hits):
            hits = [hit for hit in hits if not self._denied(hit, keys)]
        return hits

    def _denied(self, hit: Hit, keys: list[frozenset[str]]) -> bool:
        """Whether a first-person claim is denied: "the failure was not in our platform", "nu
        sistemele noastre au greșit" own nothing. A negation just before or inside the claim,
        ahead of its "we", denies it, unless a contrast turns it ("not them but us").
        """
        if hit.category not in _DENIABLE:
            return False
        classes = self.compiled.classes
        # "ours": pronouns and possessives; a verb ending ("nu am verificat") is the claim itself
        we, no, but = (classes.get(name, NOTHING).keys for name in ("ours", "denial", "contrast"))
        if hit.category != "ownership":
            # "nu v-am avertizat" ("we did not warn you"): only what we did can be denied;
            # "nu uitați să verificați" ("do not forget to check") is advice all the same
            first = classes.get("we", NOTHING).keys
            ours_did = any(not keys[i].isdisjoint(first) for i in range(hit.start, hit.end))
            return ours_did and hit.start > 0 and not keys[hit.start - 1].isdisjoint(no)
        first_we = next((i for i in range(hit.start, hit.end) if not keys[i].isdisjoint(we)), -1)
        if first_we < 0:
            return False
        denial = [i for i in range(max(0, hit.start - 2), first_we) if not keys[i].isdisjoint(no)]
        return bool(denial) and not any(
            not keys[i].isdisjoint(but) for i in range(denial[-1], first_we)
        )


@on_change
@cache
def lexicon(language: str) -> Lexicon:
    """The language's lexicon, compiled once per version of its file (see `patterns.load`)."""
    return Lexicon(language, load(language))


@on_change
@lru_cache(maxsize=16384)
def scan(sentence: str, language: str) -> dict[str, tuple[Hit, ...]]:
    """The lexicon's hits in one sentence, by category."""
    found: dict[str, list[Hit]] = {}
    for hit in lexicon(language).find(tokens(sentence, language)):
        found.setdefault(hit.category, []).append(hit)
    return {category: tuple(hits) for category, hits in found.items()}


@on_change
@lru_cache(maxsize=16384)
def holds(sentence: str, language: str, category: str) -> bool:
    """`category in scan(sentence, language)`, trying only that category's patterns."""
    return bool(lexicon(language).find(tokens(sentence, language), category))


def quote(sentence: str, language: str, hit: Hit) -> str:
    """The words a hit covers, as written."""
    words = tokens(sentence, language)[hit.start : hit.end]
    return " ".join(word.text for word in words)


class Scanned:
    """A sentence read by the lexicon: a guard's `Line` and a scorer's `Sentence` both ask it
    which categories it holds and what words matched."""

    hits: dict[str, tuple[Hit, ...]]
    scanned: str  # the text the hits index

    def has(self, *categories: str) -> bool:
        if len(categories) == 1:
            return categories[0] in self.hits
        return not self.hits.keys().isdisjoint(categories)

    def quoted(self, category: str, language: str) -> list[str]:
        hits = self.hits.get(category)
        if not hits:
            return []  # most sentences, for most categories
        return [quote(self.scanned, language, hit) for hit in hits]


def categories(hits: dict[str, tuple[Hit, ...]], names: Iterable[str]) -> list[Hit]:
    return [hit for name in names for hit in hits.get(name, ())]
