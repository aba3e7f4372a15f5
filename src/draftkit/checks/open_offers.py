"""What an offer leaves open: "any further costs you incur", "everything you paid", "any other
order you place". Open-ended is unapproved unless a remedy is, or the sentence bounds it after
all: by a share, by approved sums listed, or by what a money remedy pays for.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from draftkit.checks.offer_reading import Reading
from draftkit.lexicon import Hit, lexicon
from draftkit.offers import MONEY, RESTATED, Approved
from draftkit.periods import durations_in, in_days
from draftkit.text import word_list


def left_unbounded(
    said: Reading,
    terms: Approved,
    placed: Mapping[tuple[int, int], object],
    reported: range,
    gives: bool,
) -> bool:
    """Whether the sentence offers to cover costs with no limit. GIVES: whether it gives
    something (a kind of compensation is named in it)."""
    line = said.line
    # "not what you paid for" in a regret offers nothing: what was paid is an offer only in a
    # sentence that gives something
    paid = line.hits.get("everything_paid", ()) if gives or line.has("offer_frame") else ()
    # "any other order you place will be on us": what is given is left open
    opened = [
        h
        for h in line.hits.get("any_other", ())
        if _left_open(said, h, placed)
        and not _the_remedys_own(said, terms, h)
        and not _a_remedys_condition(said, terms, h)
    ]
    # "you won't be out of pocket" alone makes good whatever was lost; beside an offer ("we
    # refund the £38 so you are not out of pocket") it says what that offer is for
    whole = () if gives else line.hits.get("made_whole", ())
    # "without any extra cost": nothing to pay, not every cost paid
    costless = word_list(said.language, "costless")
    return any(
        h.start not in reported
        and not (h.start and said.words[h.start - 1].fold in costless)
        and not _bounded(said, terms, h)
        and not said.restates_fix(terms, None, h)
        for h in (*line.hits.get("unbounded", ()), *paid, *opened, *whole)
    )


#: How many words after the comma a sum may start and still name what "everything" came to.
_APPOSED_SUM = 2


def _a_remedys_condition(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "If your temporary crown gives you any more trouble before then, we will re-cement it,
    at no cost to you" for "Re-cementing … at no charge at any time": the opening condition a
    remedy restated in the sentence is given on, not a cost left open. Not a condition that is
    a cost ("if this cost you anything else, send us the receipts")."""
    if hit.start >= _opening_condition(said):
        return False
    words = said.words
    money = lexicon(said.language).word_class("money_word")
    around = words[max(0, hit.start - _THING_REACH) : hit.end + _THING_REACH]
    return not any(money.accepts(w) for w in around) and terms.restated_by(said.stems)


def _the_remedys_own(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "You will not pay any further excess" for "…, with no further excess to pay": the open
    words and the thing after them as a remedy writes them ("further excess"), that remedy."""
    words = said.words
    if hit.end >= len(words):
        return False
    pair = f"{words[hit.end - 1].fold} {words[hit.end].stem}"
    return pair in terms.remedy_pairs


def periods_at(said: Reading, positions: range) -> frozenset[Decimal]:
    """The periods (in days) the reported words state, in words too ("un año gratis")."""
    if not positions:
        return frozenset()
    text = " ".join(said.words[i].text for i in positions)
    return frozenset(in_days(d) for d in durations_in(text, said.language, deadlines=False))


#: How many words after "everything you paid" name what was paid for.
_OBJECT_REACH = 10
#: How many words after "any other" name the thing: "any other extra driving lessons".
_THING_REACH = 3


def _bounded(said: Reading, terms: Approved, hit: Hit) -> bool:
    """Whether an open-ended offer is bounded after all, so restates the remedies.

    By a share before it ("40% of what you paid"), or by approved sums listed after a colon
    ("tot ce ați plătit: 3.480 de lei și 1.173,40 lei"); "everything you paid" also by what it
    was paid for, when a money remedy pays for that ("everything you paid for the extra data"
    for "Refund of the 162,25 lei paid for extra data"; a remedy that pays only a share must
    have its share stated). "Any further costs you incur" stays open.
    """
    words = said.words
    share = said.figures_at(range(max(0, hit.start - 3), hit.start))
    if share & terms.percents & set(said.percents):
        return True
    ends = [c for c in said.clause_ends if c >= hit.end]
    listed = range(ends[0], ends[1] if len(ends) > 1 else len(words)) if ends else range(0)
    if said.figures_at(listed) & terms.amounts:
        return True
    # ... or set off right after it by a comma: "todo lo que pagó por el análisis, 68,50 €" (not
    # "…, oricâte vor fi nevoie, și vă returnăm cei 150 de lei", another offer)
    cuts = [b for b in said.breaks if b >= hit.end]
    apposed = range(cuts[0], min(cuts[0] + _APPOSED_SUM, len(words))) if cuts else range(0)
    if said.figures_at(apposed) & terms.amounts:
        return True
    # ... or by the money remedies named there: "tot ce ați plătit …: avansul rezervării și
    # costul taxiului" for the refunds of the deposit and of the taxi
    named = {words[i].stem for i in listed} & said.stems
    if any(
        offer.kinds & MONEY and len(named & stems) >= RESTATED
        for offer, stems in zip(terms.offers, terms.offer_stems, strict=True)
    ):
        return True
    if _restates_paid_remedy(said, terms, hit):
        return True
    # "orice alte ore suplimentare" for "15% la orice alte ore suplimentare": the remedy itself
    # gives to any other of its thing, named right after
    after = {words[i].stem for i in range(hit.end, min(len(words), hit.end + _THING_REACH))}
    if any(
        offer.opened and after & said.stems & stems
        for offer, stems in zip(terms.offers, terms.offer_stems, strict=True)
    ):
        return True
    if hit.category != "everything_paid":
        return False
    stop = min([*ends, hit.end + _OBJECT_REACH, len(words)])
    if any(not terms.allows_period(days) for days in periods_at(said, range(hit.end, stop))):
        return False  # "everything you paid over three years" for this year's fee
    paid_for = {words[i].stem for i in range(hit.end, stop)} & said.stems
    for offer, stems in zip(terms.offers, terms.offer_stems, strict=True):
        if not offer.kinds & MONEY or not paid_for & stems:
            continue
        # a share of it, or a period of it; not a deadline ("sent within 48 hours")
        lasting = durations_in(offer.text, said.language, deadlines=False, compounds=True)
        partial = bool(offer.periods and lasting) or offer.share
        if not partial or set(said.money) & offer.amounts or set(said.percents) & offer.percents:
            return True
    return False


def _restates_paid_remedy(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "Un carpintero reparará el ropero, con todos los gastos a nuestro cargo" for "Reparación
    del ropero, a nuestro cargo" (or "a cargo de Mudanzas Ribera", us by name): costs named
    with no object of their own are those of the remedy the sentence restates (two of its
    words), when we pay for it in full. Costs with an object ("what you spent getting to the
    station") must be what that remedy covers. Never "any other cost you have": other costs
    are not the remedy's own, unless their object says whose they are ("toate celelalte
    operațiuni facturate la revizie")."""
    words = said.words
    offered = {
        i
        for category, hits in said.line.hits.items()
        if category.startswith("offer_")
        for h in hits
        for i in range(h.start, h.end)
    }
    stop = min([c for c in said.clause_ends if c >= hit.end] + [hit.end + _OBJECT_REACH])
    after = range(hit.end, min(stop, len(words)))
    target = {words[i].stem for i in after if i not in offered} & said.stems
    if not target:
        if any(hit.start <= o.start < hit.end for o in said.line.hits.get("any_other", ())):
            return False
        own = range(hit.start, hit.end)
        target = {w.stem for i, w in enumerate(words) if i not in own} & said.stems
        needed = 2
    else:
        # two words of what is paid for, or all of it when it is shorter: "toate cheltuielile
        # medicale documentate ale colegului" for "cheltuielile medicale documentate ale
        # invitatului afectat"
        needed = min(len(target), 2)
    return any(
        (offer.kinds & _PAID_IN_FULL or offer.paid) and len(target & stems) >= needed
        for offer, stems in zip(terms.offers, terms.offer_stems, strict=True)
    )


_PAID_IN_FULL = frozenset({"payment", "free"})


def _left_open(said: Reading, hit: Hit, placed: Mapping[tuple[int, int], object]) -> bool:
    """ "Cualquier otro encargo que necesite correrá de nuestra cuenta", "we will cover any other
    damage": "any other" opens what an offer gives when it is the offer's object (shortly after
    it) or its subject (before it, in the same stretch between commas, or opening the
    sentence); "and live video viewings before any other trip" after a discount opens nothing.
    A condition that opens the sentence names what is paid too: "if this cost you anything
    else, send us the receipts and we'll pay you back"."""
    condition = _opening_condition(said)
    return any(
        end <= hit.start < end + _OPEN_REACH
        or (hit.start < start and not any(hit.start < b <= start for b in said.breaks))
        # "Orice altceva vă mai trebuie…, acoperim noi": the sentence opens with what is given
        or hit.start == 0 < start
        or hit.start < min(condition, start)
        for start, end in placed
    )


def _opening_condition(said: Reading) -> int:
    """Where a condition that opens the sentence ends ("If this cost you anything else, …"):
    its first break; 0 when the sentence opens with no "if"."""
    words = said.words
    if not words or words[0].fold not in word_list(said.language, "supposing"):
        return 0
    return min(said.breaks, default=len(words))


#: How far after an offer's words "any other" may stand and still be what it gives.
_OPEN_REACH = 3
