"""A second opinion on blame, learned from labelled drafts rather than written as phrases.

The phrase readings in `conduct` catch the shapes of blame someone has seen; every new writer
blames in shapes of their own. This model has read every sentence that a planted draft of the
development corpora (`evals/tuning*`) added to the owning part to blame the customer or another
party, to make an excuse or to hide who failed, against every owning sentence of their faithful
drafts, and weighs a sentence by its stems and stem pairs, read as the guards read it (parties by
role, so "Norland Paper" is "supplier").

It is a logistic model whose weights are a data file (`data/blame_model.json`), written by
`scripts/train_blame_model.py`, never from the sealed corpora. Its threshold is set high: it
speaks only when it is nearly sure, since a faithful draft thrown away costs a paid attempt.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from importlib import resources
from itertools import pairwise
from typing import Any

from draftkit.languages import changed, on_change
from draftkit.text import tokens

#: The part whose sentences the model was trained on and judges.
PART = "responsibility"
#: What a number reads as, so "18 November" and "3 March" are one feature.
_NUMBER = "#"


def features(scanned: str, language: str) -> tuple[str, ...]:
    """The model's features for one sentence: its stems and each pair of neighbouring stems."""
    stems = [_NUMBER if t.stem[:1].isdigit() else t.stem for t in tokens(scanned, language)]
    found = {"bias", *(f"u:{s}" for s in stems)}
    found.update(f"b:{a}_{b}" for a, b in pairwise(stems))
    return tuple(sorted(found))


@cache
def _shipped() -> dict[str, Any]:
    path = resources.files("draftkit").joinpath("data").joinpath("blame_model.json")
    return dict(json.loads(path.read_text(encoding="utf-8")))


#: Models judging instead of the shipped one, innermost last (see `using`).
_instead: list[dict[str, Any] | None] = []


def _model() -> dict[str, Any] | None:
    return _instead[-1] if _instead else _shipped()


@contextmanager
def using(model: dict[str, Any] | None) -> Iterator[None]:
    """Judge with MODEL (a `model_file` mapping), or with none, inside the block: how
    `bench/blame_model.py` measures a model trained on fewer corpora than the shipped one."""
    _instead.append(model)
    changed()
    try:
        yield
    finally:
        _instead.pop()
        changed()


def sigmoid(score: float) -> float:
    """The logistic function, its argument clamped so `exp` cannot overflow."""
    return 1 / (1 + math.exp(-max(-30.0, min(30.0, score))))


def probability(weights: dict[str, float], scanned: str, language: str) -> float:
    return sigmoid(sum(weights.get(name, 0.0) for name in features(scanned, language)))


@on_change
@lru_cache(maxsize=8192)
def reads_as_blame(scanned: str, language: str) -> float | None:
    """The model's probability that SCANNED, an owning sentence, blames or excuses, when it is
    past the model's threshold; None when the model is not sure or does not know the language."""
    model = _model()
    if model is None or language not in model["languages"]:
        return None
    found = probability(model["weights"], scanned, language)
    return found if found >= model["threshold"] else None
