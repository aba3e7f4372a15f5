"""Who a customer-blame phrase blames, read in its sentence."""

from __future__ import annotations

import pytest

from draftkit.checks.customer_blame import the_customer_blamed
from draftkit.checks.view import Line
from draftkit.lexicon import scan


def _blames(text: str, language: str) -> list[bool]:
    line = Line("responsibility", text, scan(text, language), text)
    return [the_customer_blamed(line, language, h) for h in line.hits.get("blame_customer", ())]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("You should have called us before driving over.", "en"),
        ("Usted tendría que habernos avisado antes.", "es"),
    ],
)
def test_advice_on_what_the_customer_should_have_done_blames_them(text: str, language: str) -> None:
    assert _blames(text, language) and all(_blames(text, language))


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a "not" before it denies the fault
        ("It's not that you did anything wrong.", "en"),
        # what was owed, not what they should have done
        ("You should have paid £412.35, not £824.70.", "en"),
    ],
)
def test_a_denied_fault_or_a_sum_owed_blames_nobody(text: str, language: str) -> None:
    assert not any(_blames(text, language))
