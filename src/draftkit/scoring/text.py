"""Splitting an apology into sentences and, where it is plain text, into the five parts.

A `Draft` knows its parts; a letter written by a person does not, so its paragraphs (or, for a
single paragraph, its sentences) are classified by the cue phrases of
`languages/<lang>/scoring.yaml`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, lru_cache

from draftkit.draft_types import PART_NAMES
from draftkit.phrases import PhraseList, fold, load

_SENTENCE = re.compile(r"(?<=[.!?])\s+|\n+")
_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence:
    text: str
    folded: str
    part: str | None  # one of PART_NAMES when known
    index: int


@dataclass
class Text:
    """An apology ready for scoring: its sentences, each folded once, and their parts."""

    language: str
    sentences: list[Sentence] = field(default_factory=list)
    parts_known: bool = False

    @property
    def folded(self) -> str:
        return " ".join(s.folded for s in self.sentences)

    def part_sentences(self, part: str) -> list[Sentence]:
        return [s for s in self.sentences if s.part == part]


_KEYS = (
    "ownership",
    "passive",
    "boilerplate",
    "regret",
    "formulaic",
    "thanks",
    "restored",
    "melodrama",
    "harm",
    "offer",
    "cause",
    "fix",
)
_GUARD_KEYS = ("blame_parties", "blame_customer", "excuses", "non_apology")


@cache
def _cues(language: str) -> PhraseList:
    """Every cue list of the scorers (and the guards' blame lists) merged, to scan once."""
    entries: list[str] = []
    tags: list[str] = []
    for topic, keys in (("scoring", _KEYS), ("guards", _GUARD_KEYS)):
        data = load(topic, language)
        for key in keys:
            for entry in data.get(key) or []:
                entries.append(str(entry))
                tags.append(key)
    return PhraseList(tuple(entries), tuple(tags))


@lru_cache(maxsize=8192)
def analyse(language: str, folded: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for tag, phrase in _cues(language).tagged(folded):
        found.setdefault(tag, []).append(phrase)
    return found


def hits(language: str, key: str, folded: str) -> list[str]:
    return analyse(language, folded).get(key, [])


def _split(block: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(block) if s.strip()]


def from_parts(parts: dict[str, str], language: str) -> Text:
    text = Text(language=language, parts_known=True)
    for part in PART_NAMES:
        for sentence in _split(parts.get(part, "")):
            text.sentences.append(Sentence(sentence, fold(sentence), part, len(text.sentences)))
    return text


_CLASSES = (
    ("restore_value", "offer"),
    ("responsibility", "ownership"),
    ("explanation", "cause"),
    ("fix", "fix"),
    ("regret", "regret"),
)


def classify(folded: str, language: str) -> str | None:
    """The part a block most looks like, by counting each part's cue phrases."""
    best, best_count = None, 0
    for part, key in reversed(_CLASSES):  # on a tie the later part wins: regret closes letters
        count = len(hits(language, key, folded))
        if count > best_count:
            best, best_count = part, count
    return best


def from_plain(raw: str, language: str) -> Text:
    text = Text(language=language)
    blocks = [b for b in _PARAGRAPH.split(raw.strip()) if b.strip()]
    if len(blocks) < 3:  # one long paragraph: classify sentence by sentence
        blocks = _split(raw)
    for block in blocks:
        folded_block = fold(block)
        part = classify(folded_block, language)
        for sentence in _split(block):
            text.sentences.append(Sentence(sentence, fold(sentence), part, len(text.sentences)))
    return text
