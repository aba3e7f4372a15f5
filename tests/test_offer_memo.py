"""The verdicts approved_offers remembers (checks/offer_memo.py): one judging per sentence,
part and set of terms, in bounded memory."""

from __future__ import annotations

from typing import Any

from draftkit.checks import offer_memo
from draftkit.checks.offer_memo import remembered
from draftkit.checks.offer_reading import Reading
from draftkit.checks.view import Line
from draftkit.lexicon import scan
from draftkit.offers import approved
from test_checks import textbook_incident


def _line(part: str, text: str) -> Line:
    return Line(part, text, scan(text, "en"), text)


def test_a_sentence_is_judged_once_per_part_and_terms(make_incident: Any) -> None:
    terms = approved(textbook_incident(make_incident, "en", remedies=["A refund of EUR 41.17"]))
    judged: list[str] = []

    def judge(said: Reading) -> tuple[str, ...]:
        judged.append(said.line.part)
        return (said.line.text,)

    text = "We refund the EUR 41.17 memo sentence today."
    first = remembered(_line("restore_value", text), terms, "en", judge)
    again = remembered(_line("restore_value", text), terms, "en", judge)
    other = remembered(_line("closing", text), terms, "en", judge)
    assert first == again == other == (text,)
    assert judged == ["restore_value", "closing"]


def test_the_oldest_verdict_goes_first(make_incident: Any, monkeypatch: Any) -> None:
    monkeypatch.setattr(offer_memo, "_SENTENCES", 2)
    terms = approved(textbook_incident(make_incident, "en", remedies=["A refund of EUR 73.09"]))
    judged: list[str] = []

    def judge(said: Reading) -> tuple[str, ...]:
        judged.append(said.line.text)
        return ()

    for text in ("One memo.", "Two memo.", "Three memo.", "Two memo.", "One memo."):
        remembered(_line("fix", text), terms, "en", judge)
    assert judged == ["One memo.", "Two memo.", "Three memo.", "One memo."]
