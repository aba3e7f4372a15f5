"""The independent corpora: their shape, and that the word lists were not written from them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from draftkit.evaluation.corpus import Corpus, evaluate, load_corpus
from draftkit.languages import codes, pack
from draftkit.text import fold

ROOT = Path(__file__).resolve().parents[2]
CORPORA = ("holdout", "tuning")


@pytest.fixture(scope="module", params=CORPORA)
def corpus(request: pytest.FixtureRequest) -> Corpus:
    return load_corpus(ROOT / "evals" / request.param)


def test_each_corpus_is_as_large_and_varied_as_the_contract_asks(corpus: Corpus) -> None:
    assert len(corpus.pairs) >= 150
    assert len(corpus.drafts) >= 60
    assert {p.language for p in corpus.pairs} == set(codes())
    assert {p.dimension for p in corpus.pairs} == {"responsibility", "specificity", "regret"}
    planted = [d for d in corpus.drafts if d.planted]
    assert len({d.planted for d in planted}) >= 15
    assert all(d.expected_check for d in planted)
    longer_worse = sum(len(p.worse) > len(p.better) for p in corpus.pairs)
    assert longer_worse / len(corpus.pairs) >= 0.4  # length alone cannot order the pairs
    assert all(d.incident in corpus.incidents for d in corpus.drafts)


def _plain_entries(language: str) -> list[str]:
    """Lexicon entries written as plain words (no classes, wildcards or gaps), 3 words or more."""
    entries = []
    for phrases in (pack(language).data("lexicon").get("phrases") or {}).values():
        for entry in phrases or []:
            words = str(entry).split()
            if len(words) >= 3 and all(re.fullmatch(r"[^\W\d_]+", w) for w in words):
                entries.append(fold(str(entry)))
    return entries


def _words(texts: list[str]) -> str:
    return " " + "\n".join(" ".join(re.findall(r"[^\W\d_]+", fold(t))) for t in texts) + " "


@pytest.mark.parametrize("sealed", ["holdout", "tuning4"])
@pytest.mark.parametrize("language", ["en", "es", "ro"])
def test_no_list_entry_was_copied_from_the_holdout(language: str, sealed: str) -> None:
    """The hold-outs measure the lists: an entry lifted from one would measure itself.

    A phrase the tuning corpus's author (another person, writing independently) or the
    contract both read also uses is ordinary language ("as soon as possible"); one that only
    a hold-out holds could only have come from reading it.
    """
    holdout = _words(load_corpus(ROOT / "evals" / sealed).texts())
    ordinary = _words([t for dev in _DEV for t in load_corpus(ROOT / "evals" / dev).texts()])
    ordinary += _words([(ROOT / name).read_text(encoding="utf-8") for name in _CONTRACT])
    copied = [
        entry
        for entry in _plain_entries(language)
        if f" {entry} " in holdout and f" {entry} " not in ordinary
    ]
    assert [entry for entry in copied if entry not in _OLDER.get(sealed, ())] == []


_CONTRACT = ("README.md", "prompts/system.j2", "evals/holdout/BRIEF.md")
#: Entries in the lists since before a sealed corpus was written (git log -S shows when), which
#: its author happened to write too: proof of ordinary language, not of copying.
_OLDER = {"tuning4": ("never forgive ourselves",)}  # in en/lexicon.yaml since c41cdf0
#: Written by other independent authors; the lists may be tuned on these.
_DEV = (
    "tuning",
    "tuning2",
    "tuning3",
    "tuning5",
    "tuning6",
    "tuning7",
    "tuning8",
    "tuning9",
    "tuning10",
    "tuning11",
    "tuning12",
    "tuning13",
    "tuning14",
    "tuning15",
    "tuning16",
    "tuning17",
    "tuning18",
    "tuning19",
    "tuning20",
    "tuning21",
    "tuning22",
    "tuning23",
    "tuning24",
    "tuning25",
    "tuning26",
    "tuning27",
    "tuning28",
    "tuning29",
    "tuning30",
    "tuning31",
    "tuning32",
    "tuning33",
    "tuning34",
    "tuning35",
    "tuning36",
    "tuning37",
    "tuning38",
    "tuning39",
    "tuning40",
    "tuning41",
    "tuning42",
    "tuning43",
    "tuning44",
    "tuning45",
    "tuning46",
    "tuning47",
    "tuning48",
    "tuning49",
    "tuning50",
    "tuning51",
    "tuning52",
    "tuning53",
    "tuning54",
    "tuning55",
    "tuning56",
    "tuning57",
    "tuning58",
    "tuning59",
    "tuning60",
    "tuning61",
    "tuning62",
    "tuning63",
    "tuning64",
    "tuning65",
    "tuning66",
    "tuning67",
    "tuning68",
    "tuning69",
    "tuning70",
    "tuning71",
    "tuning72",
    "tuning73",
    "tuning74",
    "tuning75",
    "tuning76",
    "tuning77",
    "tuning78",
    "tuning79",
    "tuning80",
    "tuning81",
    "tuning82",
    "tuning83",
    "tuning84",
    "tuning85",
    "tuning86",
    "tuning87",
    "tuning88",
    "tuning89",
    "tuning90",
    "tuning91",
    "tuning92",
    "tuning93",
    "tuning94",
    "tuning95",
    "tuning96",
    "tuning97",
    "tuning98",
    "tuning99",
    "tuning100",
)


def test_the_harness_scores_what_it_is_given(tmp_path: Path) -> None:
    """A two-draft, one-pair corpus: the report counts exactly what happened."""
    folder = tmp_path / "en"
    (folder / "incidents").mkdir(parents=True)
    (folder / "drafts").mkdir()
    (folder / "incidents" / "i.yaml").write_text(
        (ROOT / "examples" / "saas-outage-en.yaml").read_text(encoding="utf-8")
    )
    good = {
        "subject": "Your payroll outage on 17 November",
        "greeting": "Dear Priya,",
        "restore_value": "We are refunding one month of your subscription (EUR 1,450) and our "
        "support team will check every enrolment entered after the service came back.",
        "responsibility": "This was our mistake, and we take full responsibility for it.",
        "explanation": "On 17 November, from 08:40 to 13:10, the payroll app was unavailable "
        "because a power failure moved your workload to a backup site that was itself down "
        "for planned maintenance.",
        "fix": "Failover now checks that the backup site is healthy before maintenance may "
        "start, and maintenance is announced 7 days in advance. We will send you the result "
        "of the manual check by 24 November 2026.",
        "regret": "We are sorry that your HR team could not register benefit elections for 312 "
        "employees and had to extend the deadline by two days.",
        "closing": "Sincerely, Tom Becker, Ledgerly",
    }
    blaming = {**good, "responsibility": "Our data-centre supplier let us both down."}
    for name, kind, content in (("f", "faithful", good), ("p", "planted", blaming)):
        (folder / "drafts" / f"{name}.yaml").write_text(
            yaml.safe_dump(
                {
                    "id": name,
                    "incident": "INC-2291",
                    "kind": kind,
                    "problem": "blame_third_party" if kind == "planted" else None,
                    "expected_check": "no_blame" if kind == "planted" else None,
                    "content": content,
                }
            )
        )
    pair = {
        "id": "r1",
        "dimension": "responsibility",
        "incident": "INC-2291",
        "better": "This was our mistake, and we own it fully.",
        "worse": "Mistakes were made by our supplier, which was outside our control.",
    }
    (folder / "pairs.yaml").write_text(yaml.safe_dump([pair]))
    summary = evaluate(load_corpus(tmp_path)).summary()
    assert summary["faithful_rejected"]["en"] == [0, 1]
    assert summary["planted_missed"]["en"] == [0, 1]
    assert summary["planted_caught_by_expected"]["en"] == [1, 1]
    assert summary["pairs"]["responsibility"]["en"] == {"text": [1, 1], "incident": [1, 1]}
