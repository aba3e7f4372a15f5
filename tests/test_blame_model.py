"""The learned second opinion on blame: its features, its guard, and the shipped weights' origin
(the development corpora alone, rebuilt to the same file)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from draftkit import score
from draftkit.checks import CHECK_NAMES, blame_model
from draftkit.draft_types import DraftContent
from draftkit.evaluation.blame_training import (
    SEALED,
    Example,
    development_examples,
    development_roots,
    examples,
    model_file,
    train,
)
from draftkit.evaluation.corpus import load_corpus
from draftkit.text import stem
from test_checks import failed_checks, textbook_incident

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = ROOT / "src" / "draftkit" / "data" / "blame_model.json"


def _sure_of(word: str, language: str = "en") -> dict[str, Any]:
    """A model that is sure of blame wherever WORD's stem stands, and of nothing else."""
    return {
        "threshold": 0.995,
        "languages": [language],
        "weights": {"bias": -20.0, f"u:{stem(word, language)}": 40.0},
    }


def test_features_are_stems_and_their_neighbours_with_numbers_as_one() -> None:
    found = blame_model.features("The couriers delivered it on 18 November.", "en")
    assert {"bias", "u:courier", "u:#", "b:courier_deliv", "b:on_#"} <= set(found)
    # inflections meet: the stem, not the word, is the feature
    assert "u:courier" in blame_model.features("A courier delivered it.", "en")


def test_the_guard_reports_what_the_model_is_sure_of_in_the_owning_part(
    make_incident: Any,
) -> None:
    incident = textbook_incident(make_incident, "en")
    said = "We take full responsibility. The zorblat is where this went wrong."
    with blame_model.using(_sure_of("zorblat")):
        failed = failed_checks(incident, "en", responsibility=said)
        # ... only where the failure is owned: elsewhere it never learned what blame looks like
        elsewhere = failed_checks(incident, "en", explanation=said)
    assert "blame_second_opinion" in failed
    assert "no_blame" not in failed  # a shape the phrase readings do not know
    assert "blame_second_opinion" not in elsewhere
    # and the shipped model is back after the block
    assert "blame_second_opinion" not in failed_checks(incident, "en", responsibility=said)


def test_the_guard_is_silent_where_no_blame_already_spoke(make_incident: Any) -> None:
    incident = textbook_incident(make_incident, "en")
    said = "It was the courier's fault, not ours."
    with blame_model.using(_sure_of("courier")):
        failed = failed_checks(incident, "en", responsibility=said)
    assert "no_blame" in failed
    assert "blame_second_opinion" not in failed


def test_without_a_model_or_for_a_language_it_never_read_it_says_nothing(
    make_incident: Any,
) -> None:
    incident = textbook_incident(make_incident, "en")
    said = "The zorblat is where this went wrong."
    with blame_model.using(None):
        assert "blame_second_opinion" not in failed_checks(incident, "en", responsibility=said)
    with blame_model.using(_sure_of("zorblat", "es")):
        assert blame_model.reads_as_blame(said, "en") is None
    with blame_model.using(_sure_of("zorblat", "en")):
        assert blame_model.reads_as_blame(said, "en") is not None


def test_it_is_a_guard_after_no_blame_and_plain_text_is_not_read_by_it(
    make_incident: Any,
) -> None:
    assert CHECK_NAMES.index("blame_second_opinion") == CHECK_NAMES.index("no_blame") + 1
    incident = textbook_incident(make_incident, "en")
    text = "We are sorry. The zorblat is where this went wrong. We have fixed it."
    content = DraftContent(
        subject="Your order",
        greeting="Dear Ana,",
        restore_value="We refund the fee.",
        responsibility="The zorblat is where this went wrong.",
        explanation="The update failed.",
        fix="We changed the check.",
        regret="We are sorry.",
        closing="Best, Sam",
    )
    with blame_model.using(_sure_of("zorblat")):
        names = [c.name for c in score(text, incident=incident).checks]
        drafted = score(content, incident=incident).checks
    assert "no_blame" in names
    assert "blame_second_opinion" not in names
    assert any(c.name == "blame_second_opinion" and not c.passed for c in drafted)


def test_the_shipped_model_judges_a_plant_the_phrase_readings_let_through() -> None:
    """In the corpus it learned from: proof that the shipped file is read, not of generality
    (that is `bench/blame_model.py`'s, on corpora a model did not learn from)."""
    from draftkit.checks import failed, run_checks

    corpus = load_corpus(ROOT / "evals" / "tuning72")
    draft = next(d for d in corpus.drafts if d.id == "en-by-p10")
    names = [c.name for c in failed(run_checks(draft.content, corpus.incidents[draft.incident]))]
    assert names == ["blame_second_opinion"]


def test_training_learns_which_words_blame() -> None:
    data = [Example("c", f"d{i}", "en", "The courier failed you.", True) for i in range(6)]
    data += [Example("c", f"f{i}", "en", "We failed you.", False) for i in range(30)]
    weights = train(data)
    blamed = blame_model.probability(weights, "The courier failed you.", "en")
    owned = blame_model.probability(weights, "We failed you.", "en")
    assert blamed > 0.5 > owned


def test_a_plant_gives_only_the_sentences_it_added_to_its_faithful_base() -> None:
    corpus = load_corpus(ROOT / "evals" / "tuning72")
    found = examples("tuning72", corpus)
    plant = [e for e in found if e.draft == "en-by-p08"]
    assert plant
    assert all(e.blame for e in plant)
    # parties read by role, as the guards read them: the supplier's name is "supplier"
    assert any("supplier" in e.scanned and "Norland" not in e.scanned for e in plant)
    base = [e for e in found if e.draft == "en-by-f01"]
    assert base
    assert not any(e.blame for e in base)
    assert not {e.scanned for e in plant} & {e.scanned for e in base}
    # plants of other problems are no examples at all
    assert not any(e.draft == "en-by-p01" for e in found)


def test_sealed_corpora_are_never_learned_from(tmp_path: Path) -> None:
    names = [p.name for p in development_roots(ROOT / "evals")]
    assert not set(names) & set(SEALED)
    assert "tuning72" in names
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert shipped["trained_on"] == names
    (tmp_path / "tuning4").mkdir()
    with pytest.raises(ValueError, match="sealed"):
        development_examples([tmp_path / "tuning4"])


def test_the_shipped_weights_are_what_the_training_script_makes() -> None:
    """Anyone can rebuild the file (`scripts/train_blame_model.py`): a corpus added without
    retraining, or a tokeniser change that moves the features, fails here."""
    roots = development_roots(ROOT / "evals")
    data = development_examples(roots)
    rebuilt = model_file(train(data), data, [p.name for p in roots])
    shipped = json.loads(SHIPPED.read_text(encoding="utf-8"))
    assert rebuilt["examples"] == shipped["examples"]
    assert rebuilt == shipped
