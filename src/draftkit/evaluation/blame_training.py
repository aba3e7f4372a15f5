"""How the blame model (`checks.blame_model`) is learned: examples cut from the development
corpora, and a logistic regression trained on them, in plain Python so that anyone can rebuild
the shipped weights (`scripts/train_blame_model.py`) and get the same file.

A planted draft is its writer's faithful draft with one problem put in, so the owning sentences a
blame plant adds to its faithful base are the blame, and every owning sentence of a faithful
draft is not. Plants that share too little with any faithful draft of their incident are left
out: their new sentences would not be the blame alone.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from draftkit.checks.blame_model import PART, features, sigmoid
from draftkit.draft_types import PART_NAMES
from draftkit.evaluation.corpus import Corpus, CorpusDraft, load_corpus
from draftkit.roles import reader
from draftkit.text import sentences

#: The planted problems the model learns to see: all of `no_blame`'s, blame in its broad sense
#: (on the customer, on another party, an excuse, evasion). With excuses and evasion it caught
#: 38 rather than 24 missed plants over `bench/blame_model.py`'s cuts, for the same one faithful
#: draft rejected.
BLAME = ("blame_customer", "blame_third_party", "excuse", "passive_evasion")
#: How many of the five parts a plant must share, word for word, with its faithful base.
_SHARED_PARTS = 3


@dataclass(frozen=True)
class Example:
    corpus: str
    draft: str
    language: str
    scanned: str  # the owning sentence as the guards read it (parties by role)
    blame: bool


def _words(text: str) -> list[str]:
    return text.split()


def _base(plant: CorpusDraft, faithful: Sequence[CorpusDraft]) -> CorpusDraft | None:
    """The faithful draft PLANT was written from: the one sharing most parts with it."""

    def shared(draft: CorpusDraft) -> int:
        return sum(
            _words(getattr(draft.content, p)) == _words(getattr(plant.content, p))
            for p in PART_NAMES
        )

    best = max(faithful, key=shared, default=None)
    return best if best is not None and shared(best) >= _SHARED_PARTS else None


def examples(name: str, corpus: Corpus) -> list[Example]:
    """The owning sentences of CORPUS's faithful drafts (not blame) and those its blame plants
    added to their faithful base (blame)."""
    found: list[Example] = []
    faithful = [d for d in corpus.drafts if d.planted is None]
    for draft in corpus.drafts:
        if draft.planted is not None and draft.planted not in BLAME:
            continue
        by_role = reader(corpus.incidents[draft.incident])
        owning = sentences(getattr(draft.content, PART))
        if draft.planted is not None:
            same = [f for f in faithful if f.incident == draft.incident]
            base = _base(draft, same)
            if base is None:
                continue
            before = {" ".join(_words(s)) for s in sentences(getattr(base.content, PART))}
            owning = [s for s in owning if " ".join(_words(s)) not in before]
        found += [
            Example(name, draft.id, draft.language, by_role(s), draft.planted is not None)
            for s in owning
        ]
    return found


#: Corpora no reading or weight may be learned from: their figures measure what generalises.
SEALED = ("holdout", "tuning4")


def development_roots(evals: Path) -> list[Path]:
    """The development corpora under EVALS, in a stable order: every `tuning*` but the sealed."""
    return sorted(p for p in evals.glob("tuning*") if p.is_dir() and p.name not in SEALED)


def development_examples(roots: Iterable[Path]) -> list[Example]:
    found = []
    for root in roots:
        if root.name in SEALED:
            raise ValueError(f"{root}: a sealed corpus is never learned from")
        found += examples(root.name, load_corpus(root))
    return found


@dataclass(frozen=True)
class Training:
    epochs: int = 6
    rate: float = 0.3
    l2: float = 1e-3
    seed: int = 0
    #: The most a blame example may weigh against a faithful one (there are ~10x fewer).
    most_weight: float = 10.0


def train(data: Sequence[Example], how: Training = Training()) -> dict[str, float]:
    """Logistic regression by AdaGrad over the examples' features, in a seeded order."""
    weights: dict[str, float] = {}
    squares: dict[str, float] = {}
    blame = sum(e.blame for e in data)
    weight = min(how.most_weight, (len(data) - blame) / max(blame, 1))
    order = list(data)
    shuffle = random.Random(how.seed).shuffle
    for _ in range(how.epochs):
        shuffle(order)
        for example in order:
            names = features(example.scanned, example.language)
            p = sigmoid(sum(weights.get(n, 0.0) for n in names))
            error = (p - example.blame) * (weight if example.blame else 1.0)
            for n in names:
                step = error + how.l2 * weights.get(n, 0.0)
                squares[n] = squares.get(n, 0.0) + step * step
                weights[n] = weights.get(n, 0.0) - how.rate * step / math.sqrt(squares[n] + 1e-8)
    return weights


#: How sure the model must be before it speaks (see `checks.blame_model`): at this threshold,
#: trained on the corpora before a cut and judging those after it, it wrongly flagged 1 of 2,244
#: faithful drafts the phrase readings passed (`bench/blame_model.py`); 0.99 flagged 2, 0.98 4.
THRESHOLD = 0.995
#: Weights are stored to this many decimals; smaller ones are dropped.
_DECIMALS = 4


def model_file(
    weights: dict[str, float], data: Sequence[Example], corpora: Sequence[str]
) -> dict[str, object]:
    """The shipped model: its weights, threshold and what it was trained on."""
    kept = {n: round(w, _DECIMALS) for n, w in sorted(weights.items())}
    return {
        "threshold": THRESHOLD,
        "languages": sorted({e.language for e in data}),
        "trained_on": list(corpora),
        "examples": {
            "blame": sum(e.blame for e in data),
            "not_blame": sum(not e.blame for e in data),
        },
        "weights": {n: w for n, w in kept.items() if w},
    }
