"""Phrase patterns over stemmed words: the one matcher behind every guard and scorer.

A language pack's `lexicon.yaml` names categories of phrases (`regret`, `blame_customer`, …).
Each entry is a pattern of space-separated items, matched against `text.tokens`:

    word        a word with the same stem ("refund" matches refunds, refunded, refunding)
    =word       exactly this word, folded ("=we" does not match "wed")
    word*       a word starting so, folded ("rambur*")
    *ending     a word ending so, folded, at least two letters longer ("*amos")
    #           any number
    <class>     any item of the pack's class of that name (`classes:` in lexicon.yaml)
    a|b|c       any of these alternatives
    ?item       optional
    !item       the next word is not this (consumes nothing)
    ...  ...N   up to 4 (or N) words of anything
    ^           (first) only at the start of the sentence: "^ had you" is "Had you called…"

Between two items, words of the `<skip>` class (intensifiers: "very", "muchísimo", "foarte")
are passed over, so "we are very, very sorry" matches `we be sorry`. Entries are stemmed with
the pack's own stemmer when the lexicon loads, so one entry covers every inflection.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

from draftkit.text import Token, fold, stem, tokens

_GAP = 4
_WORD = re.compile(r"[^\W\d_]+|\d+|[€$£%]")


class LexiconError(ValueError):
    """A malformed pattern in a language pack: a packaging bug, reported with the entry."""


@dataclass(frozen=True, slots=True)
class _Item:
    stems: frozenset[str]
    folds: frozenset[str]
    prefixes: tuple[str, ...]
    suffixes: tuple[str, ...]
    number: bool
    optional: bool = False
    negative: bool = False
    gap: int = -1  # >= 0: a gap of up to this many words
    keys: frozenset[str] = frozenset()  # what a word must have one of: see `Lexicon.keys`

    def accepts(self, token: Token) -> bool:
        """For a word on its own; inside a sentence `Lexicon.find` compares key sets instead."""
        if token.stem in self.stems or token.fold in self.folds:
            return True
        if self.number and token.fold[:1].isdigit():
            return True
        word = token.fold
        return any(word.startswith(p) for p in self.prefixes) or any(
            word.endswith(s) and len(word) >= len(s) + 2 for s in self.suffixes
        )


_NOTHING = _Item(frozenset(), frozenset(), (), (), False)


def _keys_of(
    stems: set[str], folds: set[str], prefixes: list[str], suffixes: list[str], number: bool
) -> frozenset[str]:
    return frozenset(
        [
            *(f"s{x}" for x in stems),
            *(f"f{x}" for x in folds),
            *(f"p{x}" for x in prefixes),
            *(f"x{x}" for x in suffixes),
            *(["#"] if number else []),
        ]
    )


@dataclass(frozen=True, slots=True)
class Hit:
    category: str
    start: int  # index of the first token
    end: int  # index after the last token
    pattern: str


class _Compiler:
    def __init__(self, language: str, classes: dict[str, list[Any]]) -> None:
        self.language = language
        self.classes = classes
        self._class_cache: dict[str, tuple[set[str], set[str], list[str], list[str], bool]] = {}
        self.prefixes: set[str] = set()  # every prefix and ending any item uses
        self.suffixes: set[str] = set()

    def _alternatives(
        self, spec: str, seen: tuple[str, ...] = ()
    ) -> tuple[set[str], set[str], list[str], list[str], bool]:
        stems: set[str] = set()
        folds: set[str] = set()
        prefixes: list[str] = []
        suffixes: list[str] = []
        number = False
        for alt in spec.split("|"):
            if not alt:
                raise LexiconError(f"empty alternative in {spec!r}")
            if alt.startswith("<") and alt.endswith(">"):
                name = alt[1:-1]
                if name in seen:
                    raise LexiconError(f"class <{name}> refers to itself")
                s, f, p, x, n = self._class(name, (*seen, name))
                stems |= s
                folds |= f
                prefixes += p
                suffixes += x
                number = number or n
            elif alt == "#":
                number = True
            elif alt.startswith("="):
                folds.add(fold(alt[1:]))
            elif alt.endswith("*") and len(alt) > 1:
                prefixes.append(fold(alt[:-1]))
            elif alt.startswith("*") and len(alt) > 1:
                suffixes.append(fold(alt[1:]))
            else:
                if not _WORD.fullmatch(alt):
                    raise LexiconError(f"{alt!r} is not one word (use spaces between items)")
                stems.add(stem(alt, self.language))
        return stems, folds, prefixes, suffixes, number

    def _class(
        self, name: str, seen: tuple[str, ...]
    ) -> tuple[set[str], set[str], list[str], list[str], bool]:
        if name not in self._class_cache:
            if name not in self.classes:
                raise LexiconError(f"unknown class <{name}>")
            stems: set[str] = set()
            folds: set[str] = set()
            prefixes: list[str] = []
            suffixes: list[str] = []
            number = False
            for member in self.classes[name] or []:
                s, f, p, x, n = self._alternatives(str(member), seen)
                stems |= s
                folds |= f
                prefixes += p
                suffixes += x
                number = number or n
            self._class_cache[name] = (stems, folds, prefixes, suffixes, number)
        return self._class_cache[name]

    def item(self, spec: str) -> _Item:
        if spec.startswith("..."):
            rest = spec[3:]
            return _Item(frozenset(), frozenset(), (), (), False, gap=int(rest) if rest else _GAP)
        optional = spec.startswith("?")
        negative = spec.startswith("!")
        if optional or negative:
            spec = spec[1:]
        stems, folds, prefixes, suffixes, number = self._alternatives(spec)
        self.prefixes.update(prefixes)
        self.suffixes.update(suffixes)
        return _Item(
            frozenset(stems),
            frozenset(folds),
            tuple(prefixes),
            tuple(suffixes),
            number,
            optional=optional,
            negative=negative,
            keys=_keys_of(stems, folds, prefixes, suffixes, number),
        )

    def pattern(self, entry: str) -> tuple[_Item, ...]:
        specs = entry.split()
        items = tuple(self.item(spec) for spec in (specs[1:] if specs[:1] == ["^"] else specs))
        if not items or items[0].optional or items[0].negative or items[0].gap >= 0:
            raise LexiconError(f"{entry!r}: a pattern must start with a plain item")
        return items


def _match(
    items: tuple[_Item, ...],
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


_Record = tuple[int, str, str, tuple[_Item, ...], tuple[frozenset[str], ...]]
_COMMON_CLASSES = ("we", "you", "be", "have", "do", "modal", "future", "skip")


@dataclass(frozen=True)
class Compiled:
    """A lexicon read and stemmed: its patterns and classes as items, ready to index."""

    patterns: tuple[tuple[str, str, tuple[_Item, ...]], ...]  # (category, entry, items)
    classes: dict[str, _Item]
    prefixes: frozenset[str]
    suffixes: frozenset[str]


def compile_lexicon(language: str, data: dict[str, Any]) -> Compiled:
    """Stem every entry of a pack's lexicon (the slow part: done once, then cached on disk)."""
    classes = dict(data.get("classes") or {})
    compiler = _Compiler(language, classes)
    patterns = []
    for category, entries in (data.get("phrases") or {}).items():
        for entry in entries or []:
            try:
                patterns.append((category, str(entry), compiler.pattern(str(entry))))
            except LexiconError as exc:
                raise LexiconError(f"{language} lexicon, {category}: {exc}") from None
    compiled_classes = {name: compiler.item(f"<{name}>") for name in classes}
    return Compiled(
        tuple(patterns),
        compiled_classes,
        frozenset(compiler.prefixes),
        frozenset(compiler.suffixes),
    )


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
        self.categories: dict[str, int] = {}
        self._by_key: dict[str, list[_Record]] = {}
        self._anchored: set[str] = set()  # entries that match only at a sentence's start
        self._count = 0
        for category, entry, items in compiled.patterns:
            self.categories[category] = self.categories.get(category, 0) + 1
            self._index(category, entry, items)
            self._count += 1
            if entry.split()[:1] == ["^"]:
                self._anchored.add(entry)
        self._prefixes, self._suffixes = compiled.prefixes, compiled.suffixes
        self._prefix_lengths = sorted({len(p) for p in compiled.prefixes})
        self._suffix_lengths = sorted({len(x) for x in compiled.suffixes})
        self._key_cache: dict[tuple[str, str], frozenset[str]] = {}

    def word_class(self, name: str) -> _Item:
        """The pack's class NAME as one item, to test single words against (`accepts`)."""
        return self.compiled.classes.get(name, _NOTHING)

    def _index(self, category: str, entry: str, items: tuple[_Item, ...]) -> None:
        """File the pattern under the words of its rarest required item.

        A sentence then only meets the patterns one of whose distinctive words it holds ("sorry",
        "refund"), not every pattern that starts with "we"; and a pattern is tried only when
        every word it cannot do without is in the sentence.
        """
        required = [i for i in items if not (i.optional or i.negative or i.gap >= 0)]
        needs = tuple(item.keys for item in required)
        anchor = min(required, key=lambda item: (len(item.keys & self._common) > 0, len(item.keys)))
        record = (self._count, category, entry, items, needs)
        for key in anchor.keys:
            self._by_key.setdefault(key, []).append(record)

    def keys(self, word: Token) -> frozenset[str]:
        """What an item can match this word by: its stem, its folded form, the prefixes and
        endings the lexicon uses that it has, and "#" for a number."""
        cached = self._key_cache.get((word.fold, word.stem))
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
        if fold[:1].isdigit():
            found.append("#")
        keys = frozenset(found)
        if len(self._key_cache) < 65536:
            self._key_cache[(fold, word.stem)] = keys
        return keys

    def find(self, words: tuple[Token, ...]) -> list[Hit]:
        """Every match, leftmost first, at most one per category and start word."""
        hits: list[Hit] = []
        ends: dict[str, int] = {}
        keys = [self.keys(word) for word in words]
        by_key, skip, anchored = self._by_key, self._skip, self._anchored
        present = frozenset().union(*keys)
        # The patterns this sentence can hold at all: first word present, every needed word too.
        possible = sorted(
            {
                record
                for key in present
                for record in by_key.get(key, ())
                if all(not need.isdisjoint(present) for need in record[4])
            },
            key=lambda record: record[0],
        )
        for i, word_keys in enumerate(keys):
            candidates = [r for r in possible if not r[3][0].keys.isdisjoint(word_keys)]
            for _, category, entry, items, _ in candidates:
                if ends.get(category, 0) > i or (i and entry in anchored):
                    continue  # inside an earlier match of this category, or not at the start
                end = _match(items, 1, keys, i + 1, skip)
                if end >= 0:
                    hits.append(Hit(category, i, end, entry))
                    ends[category] = end
        return hits


@cache
def lexicon(language: str) -> Lexicon:
    """The language's lexicon, compiled once per version of its file and kept on disk.

    Stemming a thousand patterns takes 20-45 ms, a third of an offline draft's start-up; the
    compiled form, keyed by a hash of the file, the manifest and the stemmer, loads in a few.
    """
    from draftkit.languages import pack

    known = pack(language)
    source = known.root.joinpath("lexicon.yaml")
    key = _cache_key(
        language, source.read_bytes(), known.root.joinpath("manifest.yaml").read_bytes()
    )
    cached = _load_cached(key)
    if cached is not None:
        return Lexicon(language, cached)
    compiled = compile_lexicon(language, known.data("lexicon"))
    _store_cached(key, compiled)
    return Lexicon(language, compiled)


#: Bump when the compiled form changes shape.
_FORMAT = 3


def _cache_key(language: str, *sources: bytes) -> str:
    import hashlib

    import snowballstemmer

    stemmer = getattr(snowballstemmer, "__version__", "")
    digest = hashlib.sha256(f"{_FORMAT}:{language}:{stemmer}".encode())
    for source in sources:
        digest.update(source)
    return f"lexicon-{language}-{digest.hexdigest()[:20]}.json"


def _cache_dir() -> Path:
    import os

    import platformdirs

    return Path(os.environ.get("DRAFTKIT_CACHE_DIR") or platformdirs.user_cache_path("draftkit"))


def _item_data(item: _Item) -> list[Any]:
    return [
        sorted(item.stems),
        sorted(item.folds),
        list(item.prefixes),
        list(item.suffixes),
        item.number,
        item.optional,
        item.negative,
        item.gap,
        sorted(item.keys),
    ]


def _item(data: list[Any]) -> _Item:
    stems, folds, prefixes, suffixes, number, optional, negative, gap, keys = data
    return _Item(
        frozenset(stems),
        frozenset(folds),
        tuple(prefixes),
        tuple(suffixes),
        number,
        optional,
        negative,
        gap,
        keys=frozenset(keys),
    )


def _load_cached(key: str) -> Compiled | None:
    import json

    try:
        data = json.loads((_cache_dir() / key).read_text(encoding="utf-8"))
        table = [_item(i) for i in data["items"]]
        return Compiled(
            tuple((c, e, tuple(table[i] for i in items)) for c, e, items in data["patterns"]),
            {name: table[index] for name, index in data["classes"].items()},
            frozenset(data["prefixes"]),
            frozenset(data["suffixes"]),
        )
    except (OSError, ValueError, KeyError, TypeError):
        return None  # absent, unreadable or from another version: compile afresh


def _store_cached(key: str, compiled: Compiled) -> None:
    """Write the compiled lexicon where the next run finds it; a read-only disk only costs time."""
    import json
    import os
    import tempfile

    # Most items recur across patterns (a class, a common word): store each once, by index.
    index: dict[_Item, int] = {}

    def ref(item: _Item) -> int:
        return index.setdefault(item, len(index))

    patterns = [[c, e, [ref(i) for i in items]] for c, e, items in compiled.patterns]
    classes = {name: ref(item) for name, item in compiled.classes.items()}
    data = {
        "items": [_item_data(item) for item in index],
        "patterns": patterns,
        "classes": classes,
        "prefixes": sorted(compiled.prefixes),
        "suffixes": sorted(compiled.suffixes),
    }
    try:
        folder = _cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, folder / key)
    except OSError:
        pass


@lru_cache(maxsize=16384)
def scan(sentence: str, language: str) -> dict[str, tuple[Hit, ...]]:
    """The lexicon's hits in one sentence, by category."""
    found: dict[str, list[Hit]] = {}
    for hit in lexicon(language).find(tokens(sentence, language)):
        found.setdefault(hit.category, []).append(hit)
    return {category: tuple(hits) for category, hits in found.items()}


def quote(sentence: str, language: str, hit: Hit) -> str:
    """The words a hit covers, as written."""
    words = tokens(sentence, language)[hit.start : hit.end]
    return " ".join(word.text for word in words)


def categories(hits: dict[str, tuple[Hit, ...]], names: Iterable[str]) -> list[Hit]:
    return [hit for name in names for hit in hits.get(name, ())]
