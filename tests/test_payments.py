"""What a payment pays for (checks/payments.py): an addition is a thing of its own."""

from __future__ import annotations

from decimal import Decimal

import pytest

from draftkit.checks.offer_reading import Reading
from draftkit.checks.payments import adds
from draftkit.checks.view import Line
from draftkit.lexicon import scan


def _payment(text: str, language: str) -> tuple[Reading, tuple[int, int]]:
    hits = scan(text, language)
    hit = hits["offer_payment"][-1]
    return Reading(Line("restore_value", text, hits, text), language), (hit.start, hit.end)


@pytest.mark.parametrize(
    ("language", "text", "added"),
    [
        ("en", "The voucher is yours, and we will also pay for the taxi home.", True),
        ("es", "Le damos el vale y además le pagamos el taxi de vuelta.", True),
        ("ro", "Vă dăm voucherul și vă plătim și taxiul de întoarcere.", True),
        ("ro", "Vă dăm voucherul și vă plătim taxiul de întoarcere.", False),
        ("en", "We will pay for the taxi home.", False),
    ],
)
def test_an_addition_word_makes_a_payment_its_own(language: str, text: str, added: bool) -> None:
    said, span = _payment(text, language)
    assert adds(said, span) is added


@pytest.mark.parametrize(
    ("language", "text", "figure"),
    [
        ("ro", "Achităm noi vitrina nouă (RON 2 180,50), direct firmei.", "2180.50"),
        ("es", "Le pagamos los 45 000 pesos del taxi.", "45000"),
        ("en", "We will pay for the taxi home, all 1 450.00 dollars.", "1450.00"),
    ],
)
def test_a_sum_grouped_by_spaces_is_one_figure(language: str, text: str, figure: str) -> None:
    said, _ = _payment(text, language)
    assert Decimal(figure) in said.figures_at(range(len(said.words)))
