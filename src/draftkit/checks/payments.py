"""What a payment in a draft pays for: a payment is approved only for what a money remedy names,
beside an approved sum or one of its things, and a payment marked as an addition ("and we will
also meet the cost of…") is a thing of its own, not the way another offer is given."""

from __future__ import annotations

from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.facts import calendar_words
from draftkit.lexicon import lexicon
from draftkit.offers import RESTATED, Approved
from draftkit.text import stem_list, word_list

#: How many words before a payment an addition word may stand: "and also, of course, we pay…".
_ADDITION_REACH = 3


def adds(said: Reading, span: tuple[int, int]) -> bool:
    """Whether an addition word ("also", "además"; "și" right after the verb: "vă acoperim și
    pierderile") marks the payment at SPAN as a thing of its own."""
    words, language = said.words, said.language
    before = word_list(language, "addition")
    after = word_list(language, "addition_after")
    return any(w.fold in before for w in words[max(0, span[0] - _ADDITION_REACH) : span[1]]) or any(
        w.fold in after for w in words[span[0] + 1 : span[0] + 2]
    )


def pays_for_approved(
    said: Reading, terms: Approved, places: dict[tuple[int, int], frozenset[str]]
) -> bool:
    """Paying for something is approved only for what a money remedy names.

    "We will also cover the travel of your companions" when the remedy refunds the tickets
    pays for something else, even though money is approved; "we cover the EUR 40 taxi" (an
    approved sum beside it) or "we will pay for your taxi" (the remedy's taxi) restate it.
    """
    words = said.words
    hits = said.line.hits.get("offer_payment", ())
    # the approved sum beside the payment, not in another clause: "your EUR 185 has been
    # reimbursed, and we will also meet the cost of any flowers you bought elsewhere"
    approved_figures = terms.amounts | terms.percents
    if any(
        # an addition's sum follows it: "the EUR 870 fine refunded, and we also cover the losses"
        said.figures_at(reach := range(start, min(len(words), end + OFFER_REACH)))
        & approved_figures
        or said.spells_sum(terms, reach)
        if adds(said, (start, end))
        else said.names_sum(terms, (start, end))
        for start, end in places
    ):
        return True
    spent = {i for hit in hits for i in range(hit.start, hit.end)}
    # What is paid for follows the payment ("we will also cover your companions' travel", "vă
    # compensăm orele suplimentare"); only a payment that ends the sentence ("the taxi is on
    # us") has it before.
    # ("your payment of EUR 185 was refunded" before it is a fact, not what is paid)
    first = min((end for _, end in places), default=0)
    # ... up to a reason given for it: "the cost of your flights, because the trip was not
    # what you had paid for" pays for the flights, not for what was paid
    reasons = [h.start for h in said.line.hits.get("cause", ()) if h.start >= first]
    # ... or up to how it is paid: "vi-i virăm fără să ne cereți nimic"
    manner = word_list(said.language, "manner_openers")
    reasons += [i for i in range(first, len(words)) if words[i].fold in manner]
    last = min(reasons, default=len(words))
    after = range(first, last) if first < last else range(len(words))
    # a date names no thing paid for: "the trip on 6 November" shares no more with "the charge
    # paid on 2 November" than "the trip" does
    calendar = calendar_words(said.language)
    dated = {i for i, w in enumerate(words) if w.fold in calendar}
    spent |= dated
    # "pe cheltuiala noastră" may mean paid or free: then any remedy may be what it restates,
    # said before it as well ("coroanele vor fi refăcute pe cheltuiala noastră")
    either = any(len(place) > 1 for place in places.values())
    # "și achităm noi costul": the cost of what was named before it, not a thing of its own
    money = lexicon(said.language).word_class("money_word")
    paid = {
        w.stem
        for i, w in enumerate(words)
        if i not in spent and i in after and not money.accepts(w)
    } & said.stems
    pool = terms.offer_stems if either else terms.money_stems
    if paid and any(paid & stems for stems in pool):
        return True
    # "we will put this right at our expense": the failure made right, no thing of its own, is
    # paid as the remedies then say
    if paid and pool and paid <= stem_list(said.language, "making_right"):
        return True
    # What is paid said before the payment: "if a fine is charged, we pay it". Where the payment
    # may also mean free, a remedy restated in two of its words ("coroanele vor fi refăcute … pe
    # cheltuiala noastră"), not one ("este pedido, entero, corre por nuestra cuenta").
    whole = {w.stem for i, w in enumerate(words) if i not in spent} & said.stems
    least = RESTATED if either else 1
    return (not paid or either) and any(len(whole & stems) >= least for stems in pool)
