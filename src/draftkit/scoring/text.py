"""An apology ready for scoring: its sentences, each scanned once by the lexicon, and their parts.

A `Draft` knows its parts; a letter written by a person does not, so its paragraphs (or, for a
single paragraph, its sentences) are assigned to the part whose cues they carry most.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from draftkit.draft_types import PART_NAMES
from draftkit.languages import on_change
from draftkit.lexicon import Hit, Scanned, scan
from draftkit.text import sentences

_PARAGRAPH = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class Sentence(Scanned):
    text: str
    scanned: str  # the text the hits index (parties read by role when the incident is known)
    hits: dict[str, tuple[Hit, ...]]
    part: str | None  # one of PART_NAMES when known
    index: int


@dataclass
class Text:
    language: str
    sentences: list[Sentence] = field(default_factory=list)
    parts_known: bool = False

    @property
    def empty(self) -> bool:
        return not any(s.text.strip() for s in self.sentences)

    def part_sentences(self, part: str) -> list[Sentence]:
        return [s for s in self.sentences if s.part == part]


Reader = Callable[[str], str]


def _same(text: str) -> str:
    return text


def _sentence(text: str, language: str, part: str | None, index: int, read: Reader) -> Sentence:
    scanned = read(text)
    return Sentence(text, scanned, scan(scanned, language), part, index)


def from_parts(parts: dict[str, str], language: str, read: Reader = _same) -> Text:
    text = Text(language=language, parts_known=True)
    for part in PART_NAMES:
        for sentence in sentences(parts.get(part, "")):
            text.sentences.append(_sentence(sentence, language, part, len(text.sentences), read))
    return text


#: The cues of each part, in the order of the five parts.
CUES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "restore_value",
        (
            "offer_frame",
            "offer_refund",
            "offer_payment",
            "offer_credit",
            "offer_discount",
            "offer_voucher",
            "offer_free",
            "offer_upgrade",
            "offer_replacement",
        ),
    ),
    ("responsibility", ("ownership", "shift", "excuse", "inevitable", "blame_customer")),
    ("explanation", ("cause", "passive", "unknown_cause")),
    ("fix", ("fix_cue",)),
    ("regret", ("regret", "formulaic", "conditional", "thanks", "melodrama")),
)


def _cue_places() -> dict[str, tuple[int, ...]]:
    places: dict[str, tuple[int, ...]] = {}
    for place, (_, categories) in enumerate(CUES):
        for category in categories:
            places[category] = (*places.get(category, ()), place)
    return places


#: Which parts each category is a cue of, by the parts' place in CUES.
_CUE_OF = _cue_places()


def classify(hits: dict[str, tuple[Hit, ...]]) -> str | None:
    """The part a block most looks like, by counting each part's cues."""
    counts = [0] * len(CUES)
    for category, found in hits.items():
        for place in _CUE_OF.get(category, ()):
            counts[place] += len(found)
    best, best_count = None, 0
    for place in reversed(range(len(CUES))):  # on a tie the later part wins: regret closes letters
        if counts[place] > best_count:
            best, best_count = CUES[place][0], counts[place]
    return best


_Read = tuple[str | None, tuple[tuple[str, str, dict[str, tuple[Hit, ...]]], ...]]


@on_change
@lru_cache(maxsize=4096)
def _read_block(block: str, language: str, read: Reader) -> _Read:
    """A block's part and its sentences with their hits: letters share most of their blocks."""
    found = []
    merged: dict[str, tuple[Hit, ...]] = {}
    for sentence in sentences(block):
        scanned = read(sentence)
        hits = scan(scanned, language)
        found.append((sentence, scanned, hits))
        for category, hit in hits.items():
            merged[category] = merged.get(category, ()) + hit
    return classify(merged), tuple(found)


def from_plain(raw: str, language: str, read: Reader = _same) -> Text:
    text = Text(language=language)
    blocks = [b for b in _PARAGRAPH.split(raw.strip()) if b.strip()]
    if len(blocks) < 3:  # one long paragraph: classify sentence by sentence
        blocks = sentences(raw)
    for block in blocks:
        part, found = _read_block(block, language, read)
        start = len(text.sentences)
        text.sentences += [
            Sentence(sentence, scanned, hits, part, start + i)
            for i, (sentence, scanned, hits) in enumerate(found)
        ]
    return text
