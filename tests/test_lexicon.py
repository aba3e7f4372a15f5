"""The phrase-pattern matcher: each item of the syntax, stems, skipping, gaps and anchors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from draftkit.lexicon import Lexicon, LexiconError, holds, lexicon, quote, scan
from draftkit.text import tokens


def found(data: dict[str, Any], sentence: str, language: str = "en") -> dict[str, list[str]]:
    hits = Lexicon(language, data).find(tokens(sentence, language))
    out: dict[str, list[str]] = {}
    for hit in hits:
        words = tokens(sentence, language)[hit.start : hit.end]
        out.setdefault(hit.category, []).append(" ".join(w.text for w in words))
    return out


def phrases(*entries: str, **classes: list[str]) -> dict[str, Any]:
    return {"classes": classes, "phrases": {"x": list(entries)}}


def test_a_plain_word_matches_every_inflection() -> None:
    data = phrases("refund")
    for sentence in ("We refunded it.", "Two refunds.", "We are refunding you."):
        assert "x" in found(data, sentence), sentence
    assert found(data, "A refusal.") == {}


def test_exact_prefix_and_ending_items() -> None:
    assert found(phrases("=we sent"), "We sent it") == {"x": ["We sent"]}
    assert found(phrases("=we sent"), "Wed sent it") == {}
    assert found(phrases("reimburs*"), "Reimbursement of fees") == {"x": ["Reimbursement"]}
    assert found(phrases("*amos"), "Lo sentimos y lo lamentamos", "es") == {"x": ["lamentamos"]}
    # an ending needs two more letters than itself: "amos" alone is not a verb form
    assert found(phrases("*amos"), "amos", "es") == {}


def test_numbers_alternatives_and_classes() -> None:
    data = phrases("# eur|euro|€", "<we> lost", we=["=we", "=our"])
    assert found(data, "We will send 300 EUR and we lost 20 €.") == {
        "x": ["300 EUR", "we lost", "20 €"]
    }


def test_an_exact_word_the_tokeniser_splits_is_read_as_its_words() -> None:
    """ "=mix-up", "=don't", "=s-a": no single word of a text is ever "mix-up", so the entry
    is read as those words in a row, beside the other alternatives of its place."""
    data = phrases("=fourth|=second =mix-up|=error", "=it =doesn't|=cannot =help")
    # (the words as the tokeniser gives them back)
    assert found(data, "Our fourth mix-up this year.") == {"x": ["fourth mix up"]}
    assert found(data, "A second error.") == {"x": ["second error"]}
    assert found(data, "It doesn't help; it cannot help.") == {
        "x": ["It does not help", "it can not help"]
    }
    assert found(phrases("=s-a =mai =întâmplat"), "S-a mai întâmplat.", "ro") == {
        "x": ["S a mai întâmplat"]
    }


def test_skip_words_stand_between_the_words_of_a_phrase() -> None:
    data = phrases("<we> <be> sorry", we=["=we"], be=["=are"], skip=["=very", "=truly"])
    assert found(data, "We are very, very sorry.") == {"x": ["We are very very sorry"]}
    assert found(data, "We are truly sorry.") == {"x": ["We are truly sorry"]}
    assert found(data, "We are not sorry.") == {}


def test_gaps_optional_and_negative_items() -> None:
    assert found(phrases("we ... sorry"), "we are so terribly sorry")
    assert not found(phrases("we ...1 sorry"), "we are so terribly sorry")
    assert found(phrases("sorry ?indeed"), "Sorry.") == {"x": ["Sorry"]}
    assert found(phrases("sorry ?indeed"), "Sorry indeed.") == {"x": ["Sorry indeed"]}
    data = phrases("you should have !received")
    assert found(data, "You should have called us.") == {"x": ["You should have"]}
    assert found(data, "You should have received it.") == {}


def test_an_anchored_pattern_matches_only_at_the_start() -> None:
    data = phrases("^ had you")
    assert found(data, "Had you called, we would know.")
    assert not found(data, "We had you waiting.")


def test_malformed_patterns_are_refused_with_the_entry() -> None:
    with pytest.raises(LexiconError, match="must start with a plain item"):
        Lexicon("en", phrases("... sorry"))
    with pytest.raises(LexiconError, match="unknown class <nope>"):
        Lexicon("en", phrases("<nope> sorry"))
    with pytest.raises(LexiconError, match="not one word"):
        Lexicon("en", phrases("top-up"))


@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_every_shipped_lexicon_compiles_and_has_the_categories_the_code_reads(
    language: str,
) -> None:
    categories = lexicon(language).categories
    for name in ("ownership", "blame_customer", "excuse", "conditional", "formulaic", "regret"):
        assert categories.get(name, 0) > 0, name


def test_scan_and_quote_report_the_words_as_written() -> None:
    sentence = "We're truly sorry that we shipped the wrong box."
    hits = scan(sentence, "en")
    assert quote(sentence, "en", hits["regret"][0]).lower().startswith("we are truly sorry")


def test_a_compiled_lexicon_is_kept_on_disk_and_read_back_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from draftkit import lexicon as module

    monkeypatch.setenv("DRAFTKIT_CACHE_DIR", str(tmp_path))
    module.lexicon.cache_clear()
    try:
        fresh = module.lexicon("es")
        files = list(tmp_path.glob("lexicon-es-*.json"))
        assert len(files) == 1
        module.lexicon.cache_clear()
        cached = module.lexicon("es")  # read back from the file
        sentence = "Lo sentimos muchísimo: fue culpa nuestra y le devolvemos los 89 €."
        words = tokens(sentence, "es")
        assert [h.pattern for h in cached.find(words)] == [h.pattern for h in fresh.find(words)]
        assert cached.categories == fresh.categories
        files[0].write_text("not json", encoding="utf-8")  # a damaged cache is compiled afresh
        module.lexicon.cache_clear()
        assert module.lexicon("es").categories == fresh.categories
    finally:
        module.lexicon.cache_clear()


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("As an AI language model, I cannot promise that.", "en"),
        ("Como modelo de lenguaje, aquí tiene el borrador solicitado.", "es"),
        ("We are very sorry that we charged you twice.", "en"),
        ("Ne pare rău, noi am greșit.", "ro"),
    ],
)
def test_holds_agrees_with_scan_for_every_category(sentence: str, language: str) -> None:
    """`holds` tries one category's patterns only; what it says must be what `scan` finds."""
    hits = scan(sentence, language)
    for category in lexicon(language).categories:
        assert holds(sentence, language, category) == (category in hits), category


def test_a_negation_within_reach_before_a_word_denies_it() -> None:
    from draftkit.lexicon import lexicon
    from draftkit.text import tokens

    words = tokens("no le vamos a ofrecer un cupón", "es")
    at = [w.text for w in words].index("ofrecer")
    assert lexicon("es").negated_before(words, at, 6)
    assert not lexicon("es").negated_before(words, at, 3)  # "no" stands four words back
    assert not lexicon("en").negated_before(tokens("we will offer a coupon", "en"), 2, 6)
