"""Calendar months named in a text: by name, never from a date's day."""

from __future__ import annotations

import pytest

from draftkit.months import month_set, months_named, since, spanned


def test_a_month_after_de_is_a_month_unless_a_day_comes_first() -> None:
    assert month_set("las cuotas de diciembre y enero", "es") == {12, 1}
    assert month_set("cobrado el 24 de diciembre", "es") == frozenset()
    assert month_set("cobrado el 24 de diciembre", "es", dates=True) == {12}


@pytest.mark.parametrize(
    ("text", "language", "count"),
    [
        ("your fee waived for December", "en", 1),
        ("durante el próximo mes", "es", 1),
        ("pentru decembrie 2026 și ianuarie 2027", "ro", 2),
        ("charged on 24 November", "en", 0),
    ],
)
def test_months_named_counts_the_months_a_remedy_gives(
    text: str, language: str, count: int
) -> None:
    assert months_named(text, language) == count


def test_a_span_of_months_runs_across_the_new_year() -> None:
    assert spanned(frozenset({12, 2})) == {12, 1, 2}
    assert spanned(frozenset({3})) == {3}


def test_a_remedy_since_a_month_reaches_the_incidents_month() -> None:
    assert since("Devolución de lo cobrado desde septiembre", "es", 11) == {9, 10, 11}
    assert since("Reembolso de septiembre", "es", 11) == frozenset()
