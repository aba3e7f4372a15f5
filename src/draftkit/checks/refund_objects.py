"""What a refund gives back must be what a refund remedy covers.

"I've refunded the rental itself as well", "te reembolsamos el pedido", "vă rambursăm comanda":
where the remedies give back a charge or the shipping, a refund of the whole purchase (the
order, the booking, the stay) is the full refund the customer may have asked for, which no
remedy approves, whatever number the sentence leaves out.
"""

from __future__ import annotations

from draftkit.checks.offer_reading import Reading
from draftkit.lexicon import lexicon
from draftkit.offers import WHOLE_SHARE, Approved
from draftkit.text import THING_STEM, kin

#: The lexicon category of a refund whose object is a whole purchase (words of class `purchase`).
CATEGORY = "refund_whole"


def whole_refunds(said: Reading, terms: Approved, reported: range) -> list[str]:
    """The purchases the sentence refunds in whole that no refund remedy covers, as written."""
    hits = said.line.hits.get(CATEGORY, ())
    if not hits or said.line.has("declines") or said.line.part in _NAMING:
        return []
    refunds = [offer for offer in terms.offers if "refund" in offer.kinds]
    # a refund itself unapproved is the offer checks' to say; a full one gives back everything
    # ("Rambursarea integrală a celor 389 de lei" for "vă rambursăm integral comanda")
    if not refunds or any(o.enlarged and not o.percents - {WHOLE_SHARE} for o in refunds):
        return []
    covered = frozenset().union(*(offer.covers for offer in refunds))
    purchase = lexicon(said.language).word_class("purchase")
    words = said.words
    found = []
    for hit in hits:
        if hit.start in reported or said.negated(hit):
            continue
        thing = next((w for w in words[hit.start : hit.end] if purchase.accepts(w)), None)
        if thing is not None and not kin(thing.stem, covered, least=THING_STEM):
            found.append(thing.text)
    return found


#: A title names the remedies, it gives nothing ("Rambursarea sejurului și scuzele noastre").
_NAMING = ("subject", "greeting")
