"""Text as draftkit reads it: sentences, and words folded and stemmed — one tokeniser for all.

Guards and scorers compare what a model wrote with phrase lists and with the incident. Models
inflect, reorder and drop diacritics, so words are compared by their Snowball stem (the pack
names the algorithm): "rambursăm", "rambursare" and "rambursarea" all read `ramburs`, and
"reimbursed" reads like "reimbursement". Stems are taken with the diacritics on, then folded, so
a Romanian draft typed without them ("greseala") still meets "greșeala".
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

from draftkit.languages import on_change

_COMBINING = re.compile("[\u0300-\u036f]")
_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")
#: A number (with its separators: "1.173,40"), a run of letters, or a money/percent sign.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|[€$£%]")
_BREAK = re.compile(r"\n\s*|(?<=[.!?…])[\"”»)]?\s+")


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """Lower case without diacritics, so 'Greșeala' matches 'greseala' and 'ș' matches 'ş'."""
    lowered = text.casefold().replace("’", "'")
    if lowered.isascii():
        return lowered
    return _COMBINING.sub("", unicodedata.normalize("NFKD", lowered))


@dataclass(frozen=True, slots=True)
class Token:
    text: str  # as written (a contraction's words as expanded: "did", "not")
    fold: str  # `fold(text)`
    stem: str  # the folded Snowball stem; for numbers and signs, the token itself


@on_change
@cache
def _stemmer(language: str) -> Any:
    import snowballstemmer

    from draftkit.languages import pack

    return snowballstemmer.stemmer(pack(language).stemmer)


@on_change
@lru_cache(maxsize=65536)
def stem(word: str, language: str) -> str:
    """The folded stem of one word (any case, with or without diacritics)."""
    lowered = word.casefold().translate(_CEDILLA)
    if not lowered.isalpha():
        return lowered
    lowered = _clipped(language).get(lowered, lowered)
    for ending, instead in _restem(language):
        if lowered.endswith(ending) and len(lowered) >= len(ending) + 3:
            lowered = lowered[: -len(ending)] + instead
            break
    return fold(_stemmer(language).stemWord(lowered))


@on_change
@cache
def _clipped(language: str) -> dict[str, str]:
    """The pack's `clipped` words ("bici" for "bicicleta"), read as the word they clip."""
    from draftkit.languages import pack

    table = pack(language).manifest.get("clipped") or {}
    return {str(k).casefold(): str(v).casefold() for k, v in table.items()}


@on_change
@cache
def _restem(language: str) -> tuple[tuple[str, str], ...]:
    """The pack's `restem` endings: forms the stemmer would leave apart from their word."""
    from draftkit.languages import pack

    table = pack(language).manifest.get("restem") or {}
    return tuple((str(k).casefold(), str(v).casefold()) for k, v in table.items())


@on_change
@cache
def _contractions(language: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The pack's contractions ("won't" -> "will not", "n't" -> "not") as one regex."""
    from draftkit.languages import pack

    table = {
        str(k): f" {v} " for k, v in (pack(language).manifest.get("contractions") or {}).items()
    }
    if not table:
        return None
    keys = sorted(table, key=len, reverse=True)  # "won't" before "n't"
    return re.compile("|".join(rf"{re.escape(k)}\b" for k in keys), re.I), table


@on_change
@lru_cache(maxsize=8192)
def tokens(text: str, language: str) -> tuple[Token, ...]:
    """The words of TEXT, each folded and stemmed with LANGUAGE's stemmer."""
    spelled = "'" in text or "’" in text or "annot" in text  # "can't", "cannot"
    contractions = _contractions(language) if spelled else None
    if contractions is not None:
        pattern, table = contractions
        text = pattern.sub(lambda m: table[m.group().lower()], text.replace("’", "'"))
    known = _words.setdefault(language, {})
    found = []
    for word in _TOKEN.findall(text):
        token = known.get(word)
        if token is None:
            token = Token(word, fold(word), stem(word, language))
            if len(known) < 200_000:
                known[word] = token
        found.append(token)
    return tuple(found)


#: Each word read once per language: a support team's letters reuse a few thousand words.
_words: dict[str, dict[str, Token]] = {}
on_change(_words.clear)


@on_change
@cache
def _abbreviations() -> frozenset[str]:
    """Every pack's abbreviations that end in a full stop mid-sentence ("Sr. García", "nr. 12")."""
    from draftkit.languages import packs

    return frozenset(
        str(word).casefold()
        for known in packs().values()
        for word in known.manifest.get("abbreviations") or []
    )


#: Where a clause ends inside a sentence: a semicolon, a colon or a dash; not the colon of a
#: time ("at 19:15").
CLAUSE_END = re.compile(r"[;—–]|(?<!\d):|:(?!\d)|\s-\s")
#: ... or a comma: where a stretch of a sentence set off from the rest starts (not the comma of
#: a number, "1,200").
BREAK = re.compile(r"[;—–]|(?<!\d)[,:]|[,:](?!\d)|\s-\s")


def word_offsets(text: str, marks: re.Pattern[str], language: str) -> list[int]:
    """The word index (as `tokens` counts) at which each match of MARKS stands, in order:
    where the clauses a semicolon or a dash separates begin."""
    return sorted({len(tokens(text[: m.start()], language)) for m in marks.finditer(text)})


def sentences(text: str) -> list[str]:
    """The sentences of TEXT: split at line breaks and after . ! ? … followed by a space.

    The one splitter of draftkit: guards place findings by it and scorers count by it.
    """
    return list(_sentences(text))


#: Guards, scorers and the part classifier each split the same text: split it once.
@on_change
@lru_cache(maxsize=8192)
def _sentences(text: str) -> tuple[str, ...]:
    found: list[str] = []
    glue = False
    # every split ends a line, so lines split alone split the same; a letter new to us is
    # mostly lines (paragraphs) read before, in this letter's other parts or in other letters
    for line in text.split("\n"):
        for part, glues in _line_pieces(line):
            if glue and found:
                found[-1] = f"{found[-1]} {part}"
            else:
                found.append(part)
            glue = glues
    return tuple(found)


@on_change
@lru_cache(maxsize=8192)
def _line_pieces(line: str) -> tuple[tuple[str, bool], ...]:
    """The pieces of one line between sentence breaks, each with whether it ends in an
    abbreviation ("Sr.", "nr.") and so is glued to the next piece, on this line or the next."""
    abbreviations = _abbreviations()
    found = []
    for part in _BREAK.split(line):
        part = part.strip() if part else ""
        if part:
            last = part.rsplit(None, 1)[-1]
            found.append((part, last.endswith(".") and last[:-1].casefold() in abbreviations))
    return tuple(found)


@on_change
@lru_cache(maxsize=8192)
def content_stems(text: str, language: str) -> frozenset[str]:
    """Stems of the words that carry content: letters only, four or more, not function words."""
    stop = function_words(language)
    return frozenset(
        t.stem
        for t in tokens(text, language)
        if len(t.fold) >= 4 and t.fold.isalpha() and t.fold not in stop
    )


#: The shortest stem that names a word family by its start.
_FAMILY = 5


#: The shortest stem that still names a thing counted: Snowball stems Romanian "factură" to
#: "fact" and "facturi" to "factur" (a noun to its verb needs `_FAMILY`).
THING_STEM = 4


def kin(stem: str, stems: frozenset[str], least: int = _FAMILY) -> bool:
    """Whether STEM is one of STEMS or of its word family, a noun to its verb: "solicitud" and
    "solicitar" stem to "solicitud" and "solicit", one the start of the other ("anesteziei"
    and "anesteziat" to "anest" and "anestez"), the shorter at least LEAST letters long."""
    return stem in stems or any(
        min(len(stem), len(other)) >= least and (stem.startswith(other) or other.startswith(stem))
        for other in stems
    )


@on_change
@lru_cache(maxsize=32)
def word_list(language: str, name: str) -> frozenset[str]:
    """A word list of the pack's words.yaml, folded (`function_words`, `apposition_links`)."""
    from draftkit.languages import pack

    return frozenset(fold(str(w)) for w in pack(language).data("words").get(name) or [])


def written_list(language: str, name: str) -> frozenset[str]:
    """A word list of the pack's words.yaml as written, only lower-cased: where an accent tells
    two words apart ("qué" asks, "que" relates)."""
    from draftkit.languages import pack

    return frozenset(str(w).casefold() for w in pack(language).data("words").get(name) or [])


@on_change
@lru_cache(maxsize=32)
def stem_list(language: str, name: str) -> frozenset[str]:
    """A word list of the pack's words.yaml as stems, to meet any form of its words."""
    return frozenset(stem(w, language) for w in word_list(language, name))


def function_words(language: str) -> frozenset[str]:
    """The pack's function words, folded: in most sentences, so they carry no content."""
    return word_list(language, "function_words")
