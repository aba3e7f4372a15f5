"""The insult development set: what was learnt from it stays learnt, and nothing polite is hit."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.checks import run_checks
from draftkit.evaluation.corpus import load_corpus

ROOT = Path(__file__).resolve().parents[2]
PARTS = ("greeting", "responsibility", "explanation", "fix", "regret", "closing")


#: The development sets, each written by three new authors from a short brief alone, and the share
#: of rude sentences each must keep catching: the level reached after its round, not a wish.
FLOORS = {
    "insults": 0.8,
    "insults2": 0.8,
    "insults3": 0.6,
    "insults4": 0.6,
    "insults5": 0.85,
    "insults6": 0.9,
}
SETS = tuple(FLOORS)


def _insulting(language: str, kind: str, folder: str = "insults") -> list[bool]:
    """Whether `no_insults` fires on each sentence of KIND, added to a faithful draft's part."""
    corpus = load_corpus(ROOT / "evals" / "tuning13")
    base = next(d for d in corpus.drafts if d.id == f"{language}-j-f02")
    incident = corpus.incidents[base.incident]
    items: list[dict[str, Any]] = yaml.safe_load(
        (ROOT / "evals" / folder / f"{language}.yaml").read_text(encoding="utf-8")
    )[kind]
    found = []
    for item in items:
        part = item["part"] if item["part"] in PARTS else "regret"
        text = f"{getattr(base.content, part)} {item['text']}"
        checks = run_checks(base.content.model_copy(update={part: text}), incident)
        found.append(not {c.name: c for c in checks}["no_insults"].passed)
    return found


@pytest.mark.parametrize("folder", SETS)
@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_rude_sentences_are_caught(language: str, folder: str) -> None:
    caught = _insulting(language, "rude", folder)
    assert sum(caught) / len(caught) >= FLOORS[folder]


@pytest.mark.parametrize("folder", SETS)
@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_polite_sentences_are_not_insults(language: str, folder: str) -> None:
    assert not any(_insulting(language, "polite", folder))
