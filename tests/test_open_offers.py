"""What an offer leaves open (checks/open_offers.py): unbounded costs, all paid, any other."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from test_checks import checks_for


def test_a_period_restated_in_other_units_is_the_same_period(make_incident: Any) -> None:
    from draftkit.offers import approved

    terms = approved(make_incident(remedies=["One month of your subscription free"]))
    assert terms.allows_period(Decimal(30))  # "30 days"
    assert terms.allows_period(Decimal(31))  # a day's slack
    assert not terms.allows_period(Decimal(60))  # "two months"


@pytest.mark.parametrize(
    ("text", "open_ended"),
    [
        ("We will also cover any further costs you incur because of the delay.", True),
        ("And any other order you place this term ships free.", True),
        ("We will refund everything you paid.", True),
        ("We will call you before any other delivery.", False),
        ("If anything else goes wrong, let us know.", False),
    ],
)
def test_what_an_offer_leaves_open(make_incident: Any, text: str, open_ended: bool) -> None:
    from draftkit.checks.offer_reading import Reading
    from draftkit.checks.open_offers import left_unbounded
    from draftkit.checks.view import Line
    from draftkit.lexicon import scan
    from draftkit.offers import approved

    terms = approved(make_incident())
    line = Line("restore_value", text, scan(text, "en"), text)
    said = Reading(line, "en")
    placed = {
        (h.start, h.end): None
        for category, hits in line.hits.items()
        if category.startswith("offer_")
        for h in hits
    }
    assert left_unbounded(said, terms, placed, range(0), bool(placed)) is open_ended


def test_an_open_offer_fails_the_check_unless_a_remedy_is_open(make_incident: Any) -> None:
    text = "We will also cover any further costs you incur because of the delay."
    assert not checks_for(make_incident, "en", restore_value=text)["approved_offers"].passed
