"""Structure: the five parts present, in the order of the seed article."""

from __future__ import annotations

from draftkit.draft_types import PART_NAMES
from draftkit.scoring.model import Structure
from draftkit.scoring.text import Text


def score_structure(text: Text) -> Structure:
    first: dict[str, int] = {}
    for sentence in text.sentences:
        if sentence.part and sentence.part not in first:
            first[sentence.part] = sentence.index
    found = [part for part in PART_NAMES if part in first]
    order = [part for part in sorted(found, key=lambda p: first[p])]
    pairs = [(a, b) for i, a in enumerate(found) for b in found[i + 1 :]]
    ordered = sum(1 for a, b in pairs if first[a] < first[b])
    in_order = ordered == len(pairs)
    order_share = ordered / len(pairs) if pairs else (1.0 if found else 0.0)
    value = 0.6 * len(found) / len(PART_NAMES) + 0.4 * order_share * len(found) / len(PART_NAMES)
    return Structure(score=round(value, 4), parts_found=order, in_order=in_order)
