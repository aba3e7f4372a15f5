"""A lexicon's phrase patterns, compiled: each entry's items stemmed, and kept on disk.

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
    !item       the next word is not this (consumes nothing); first in a pattern, the word
                before the match is not this ("!<you> partner": not "your partner")
    ...  ...N   up to 4 (or N) words of anything
    ^           (first) only at the start of the sentence: "^ had you" is "Had you called…"

Between two items, words of the `<skip>` class (intensifiers: "very", "muchísimo", "foarte")
are passed over, so "we are very, very sorry" matches `we be sorry`. Entries are stemmed with
the pack's own stemmer when the lexicon loads, so one entry covers every inflection.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from draftkit.text import Token, fold, stem

_GAP = 4
_WORD = re.compile(r"[^\W\d_]+|\d+|[€$£%]")


def marked(suffix: str) -> str:
    """An ending as an entry writes it: folded, unless it is written with its accent ("*ará",
    the Spanish future), which then tells it from the same letters unaccented ("pagara")."""
    lowered = unicodedata.normalize("NFC", suffix.casefold())
    return lowered if not lowered.isascii() else fold(suffix)


def ends(token: Token, suffix: str) -> bool:
    """Whether TOKEN ends in SUFFIX (as `marked`): folded, or as written for an accented one."""
    if suffix.isascii():
        return token.fold.endswith(suffix)
    return unicodedata.normalize("NFC", token.text.casefold()).endswith(suffix)


class LexiconError(ValueError):
    """A malformed pattern in a language pack: a packaging bug, reported with the entry."""


@dataclass(frozen=True, slots=True)
class Item:
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
            ends(token, s) and len(word) >= len(s) + 2 for s in self.suffixes
        )


NOTHING = Item(frozenset(), frozenset(), (), (), False)


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
                suffixes.append(marked(alt[1:]))
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

    def item(self, spec: str) -> Item:
        if spec.startswith("..."):
            rest = spec[3:]
            return Item(frozenset(), frozenset(), (), (), False, gap=int(rest) if rest else _GAP)
        optional = spec.startswith("?")
        negative = spec.startswith("!")
        if optional or negative:
            spec = spec[1:]
        stems, folds, prefixes, suffixes, number = self._alternatives(spec)
        self.prefixes.update(prefixes)
        self.suffixes.update(suffixes)
        return Item(
            frozenset(stems),
            frozenset(folds),
            tuple(prefixes),
            tuple(suffixes),
            number,
            optional=optional,
            negative=negative,
            keys=_keys_of(stems, folds, prefixes, suffixes, number),
        )

    def pattern(self, entry: str) -> tuple[Item, ...]:
        specs = entry.split()
        items = tuple(self.item(spec) for spec in (specs[1:] if specs[:1] == ["^"] else specs))
        # "!your =partner": a negative item first says what the word before may not be
        first = items[1:2] if items[:1] and items[0].negative else items[:1]
        if not first or first[0].optional or first[0].negative or first[0].gap >= 0:
            raise LexiconError(f"{entry!r}: a pattern must start with a plain item")
        return items


@dataclass(frozen=True)
class Compiled:
    """A lexicon read and stemmed: its patterns and classes as items, ready to index."""

    patterns: tuple[tuple[str, str, tuple[Item, ...]], ...]  # (category, entry, items)
    classes: dict[str, Item]
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
                for spelled_out in _spelled_out(str(entry), language):
                    patterns.append((category, str(entry), compiler.pattern(spelled_out)))
            except LexiconError as exc:
                raise LexiconError(f"{language} lexicon, {category}: {exc}") from None
    compiled_classes = {name: compiler.item(f"<{name}>") for name in classes}
    return Compiled(
        tuple(patterns),
        compiled_classes,
        frozenset(compiler.prefixes),
        frozenset(compiler.suffixes),
    )


def _spelled_out(entry: str, language: str) -> list[str]:
    """ENTRY as the tokeniser reads text: an exact alternative the tokeniser splits ("=mix-up",
    "=don't", "=s-a") becomes its own entry with those words in a row ("=mix =up"), since no
    single word of a text ever equals it. Words joined by "_" (a JSON key) are left alone."""
    from draftkit.text import tokens

    specs = entry.split()
    for place, spec in enumerate(specs):
        mark = spec[0] if spec[:1] in ("?", "!") else ""
        whole, split = [], []
        for alt in spec[len(mark) :].split("|"):
            words = tokens(alt[1:], language) if alt.startswith("=") and "_" not in alt else []
            if len(words) > 1:
                split.append(words)
            else:
                whole.append(alt)
        if not split:
            continue
        head, tail = specs[:place], " ".join(specs[place + 1 :])
        variants = [" ".join([*head, mark + "|".join(whole), tail]).strip()] if whole else []
        variants += [
            " ".join([*head, *(mark + "=" + w.fold for w in words), tail]).strip()
            for words in split
        ]
        return [out for variant in variants for out in _spelled_out(variant, language)]
    return [entry]


def load(language: str) -> Compiled:
    """The language's lexicon compiled, from disk when this version of its file was before.

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
        return cached
    compiled = compile_lexicon(language, known.data("lexicon"))
    _store_cached(key, compiled)
    return compiled


#: Bump when the compiled form changes shape.
_FORMAT = 5  # 5: accented endings ("*ará") kept as written


def _cache_key(language: str, *sources: bytes) -> str:
    import hashlib

    import snowballstemmer

    stemmer = getattr(snowballstemmer, "__version__", "")
    digest = hashlib.sha256(f"{_FORMAT}:{language}:{stemmer}".encode())
    for source in sources:
        digest.update(source)
    return f"lexicon-{language}-{digest.hexdigest()[:20]}.json"


def cache_dir() -> Path:
    """Where draftkit keeps what it compiles once: lexicons, prompt templates."""
    import os

    import platformdirs

    return Path(os.environ.get("DRAFTKIT_CACHE_DIR") or platformdirs.user_cache_path("draftkit"))


def _item_data(item: Item) -> list[Any]:
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


def _item(data: list[Any]) -> Item:
    stems, folds, prefixes, suffixes, number, optional, negative, gap, keys = data
    return Item(
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
        data = json.loads((cache_dir() / key).read_text(encoding="utf-8"))
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
    index: dict[Item, int] = {}

    def ref(item: Item) -> int:
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
        folder = cache_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".tmp")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out, ensure_ascii=False)
        os.replace(temporary, folder / key)
    except OSError:
        pass
