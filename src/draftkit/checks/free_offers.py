"""What a draft may call free: only what a remedy makes free.

"Free", "on the house", "fără cost" give all of a price. A remedy that refunds a thing in full
approves saying it is free; one that takes a share off ("20% off your moving fee", "15 € de
descuento") approves only itself, restated, never something else made free beside it.
"""

from __future__ import annotations

import re

from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.offers import MONEY, PRICE, Approved
from draftkit.text import word_offsets


def beyond_remedies(said: Reading, terms: Approved) -> bool:
    """Whether a sentence giving something "free", "waived", "on the house" names only what a
    remedy discounts by a share: "and the next service, on the house" for a remedy taking 10%
    off the next service.

    Judged on the sentence's content words as a whole (a clause alone often names nothing:
    "…, at no charge"), so only for a sentence that gives nothing but this: with other offers
    beside it, its words may name theirs. A remedy's `covers` leave out its own offer words
    ("free", "charge"). A remedy that refunds a thing in full may be restated as making it free.
    """
    covering = [
        offer
        for offer in terms.offers
        if offer.covers & said.stems and offer.kinds & (MONEY | PRICE)  # a review frees nothing
    ]
    # Free only if a remedy covers it in full. Naming nothing a remedy covers is no proof: a
    # remedy is restated in other words ("a new unit" for "a replacement") more often than
    # something else is given free, and the kinds and sums a sentence gives are judged anyway.
    return bool(covering) and all(any(p < 100 for p in o.percents) for o in covering)


_COMMA = re.compile(",")


def beyond_a_share(said: Reading, terms: Approved, span: tuple[int, int]) -> bool:
    """ "Our crew will come back to assemble the rest, free of charge" where the only lower price
    approved is "20% off your moving fee": free is all of a price, and a share approves it only
    as the remedy itself, restated (two of its words in what is made free).

    What is made free follows the word ("te regalamos una funda"), or, when nothing does, stands
    before it ("…to assemble any furniture left in pieces, free of charge")."""
    if "free" in terms.kinds or not terms.kinds & PRICE or said.line.part == "explanation":
        return False  # the explanation tells what happened: "the SUV stayed a day extra"
    # a share: a percentage under 100, a period of something, a sum off a price ("15 € de
    # descuento")
    if not all(
        o.periods or any(p < 100 for p in o.percents) or o.amounts
        for o in terms.offers
        if o.kinds & PRICE
    ):
        return False
    words, (start, end) = said.words, span
    # up to a comma too: "repaired at our expense, return the installation charge" frees the repair
    ends = [*said.clause_ends, *word_offsets(said.line.scanned, _COMMA, said.language)]
    stop = min([c for c in ends if c >= end] + [end + OFFER_REACH, len(words)])
    given = {words[i].stem for i in range(end, stop)} & said.stems
    if not given:
        given = {words[i].stem for i in range(max(0, start - 8), start)} & said.stems
    return not terms.restated_by(given)
