"""What a draft may call free: only what a remedy makes free.

"Free", "on the house", "fără cost" give all of a price. A remedy that refunds a thing in full
approves saying it is free; one that takes a share off ("20% off your moving fee", "15 € de
descuento") approves only itself, restated, never something else made free beside it. What is
free by nature (a replacement, a voucher) may be called free; a gift for later ("your next order
is on us") needs a remedy for later.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from decimal import Decimal

from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.lexicon import Hit
from draftkit.offers import MONEY, PRICE, RESTATED, WHOLE_SHARE, Approved, Offer, kinds_in
from draftkit.periods import durations_in, in_days, unit_named
from draftkit.text import stem_list, word_list


def beyond_remedies(said: Reading, terms: Approved) -> bool:
    """Whether a sentence giving something "free", "waived", "on the house" names only what a
    remedy discounts by a share: "and the next service, on the house" for a remedy taking 10%
    off the next service.

    Judged on the sentence's content words as a whole (a clause alone often names nothing:
    "…, at no charge"), so only for a sentence that gives nothing but this: with other offers
    beside it, its words may name theirs. A remedy's `covers` leave out its own offer words
    ("free", "charge"). A remedy that refunds a thing in full may be restated as making it free.
    """
    if said.line.part == "explanation":
        return False  # what happened: "the car was back and free for your collection"
    # the words that say it is free name nothing ("nu plătiți nimic pentru asta")
    words = said.words
    saying = {
        words[i].stem for h in said.line.hits.get("offer_free", ()) for i in range(h.start, h.end)
    }
    named = said.stems - saying
    covering = [
        offer
        for offer in terms.offers
        if offer.covers & named and offer.kinds & (MONEY | PRICE)  # a review frees nothing
    ]
    # Free only if a remedy covers it in full. Naming nothing a remedy covers is no proof: a
    # remedy is restated in other words ("a new unit" for "a replacement") more often than
    # something else is given free, and the kinds and sums a sentence gives are judged anyway.
    return bool(covering) and all(o.share for o in covering)


def beyond_a_share(said: Reading, terms: Approved, span: tuple[int, int]) -> bool:
    """ "Our crew will come back to assemble the rest, free of charge" where the only lower price
    approved is "20% off your moving fee": free is all of a price, and a share approves it only
    as the remedy itself, restated (two of its words in what is made free).

    What is made free follows the word ("te regalamos una funda"), or, when nothing does, stands
    before it ("…to assemble any furniture left in pieces, free of charge")."""
    if not terms.kinds & PRICE or said.line.part == "explanation":
        return False  # the explanation tells what happened: "the SUV stayed a day extra"
    words, (start, end) = said.words, span
    # up to a comma too: "repaired at our expense, return the installation charge" frees the repair
    stop = min([c for c in said.breaks if c >= end] + [end + OFFER_REACH, len(words)])
    # not "as well", "too": what follows only adds
    extra = word_list(said.language, "addition") | word_list(said.language, "addition_after")
    given = {words[i].stem for i in range(end, stop) if words[i].fold not in extra} & said.stems
    if len(given) < RESTATED:
        # "…, and your next semester order is free": in its own clause, before the word too
        # ("fiecare laptop primește un an în plus de garanție")
        # ... or, opening a clause after a colon, what the colon follows ("revisar la caldera:
        # corre de nuestra cuenta")
        before = start - 1 if start in said.clause_ends else start
        opens = max([max(0, before - 8), *(c for c in said.breaks if c <= before)])
        given |= {words[i].stem for i in range(opens, start)} & said.stems
    # "no charge for the room: we are refunding the hire fee": what a refund gives back whole
    # costs nothing
    if _restores_whole(terms, given):
        return False
    if "free" in terms.kinds:
        # another remedy is free: only the thing a share discounts, made free, is more
        return _restates(terms, given, lambda o: o.share) and not _restates(
            terms, given, lambda o: bool(o.kinds & ({"free"} | GIVEN_FREE))
        )
    # a share: a percentage under 100, a period of something, a sum off a price ("15 € de
    # descuento")
    if not all(o.periods or o.share or o.amounts for o in terms.offers if o.kinds & PRICE):
        return False
    return not terms.restated_by(given)


def _restates(terms: Approved, given: set[str], which: Callable[[Offer], bool]) -> bool:
    return any(which(o) and len(o.covers & given) >= RESTATED for o in terms.offers)


def _restores_whole(terms: Approved, given: set[str]) -> bool:
    """Whether all that is made free is what one refund gives back whole: "no charge for the
    room" for "A refund of the €120.00 room-hire fee", not "a free make-up session" beside "A
    refund of the session fee"."""
    # ... or a credit of all of it: "el servicio de ese día corre de nuestra cuenta" for "Abono
    # del 100 % del servicio del 26 de noviembre"
    return bool(given) and any(
        (
            ("refund" in o.kinds and not o.in_part)
            or ("credit" in o.kinds and o.percents == {WHOLE_SHARE})
        )
        and given <= o.covers
        for o in terms.offers
    )


#: Kinds a customer never pays for, and how many words may stand between "free" and them.
GIVEN_FREE = frozenset({"voucher", "replacement", "upgrade"})
GIFT_REACH = 3


def restates_gift(said: Reading, terms: Approved) -> bool:
    """ "A new handset by express courier, at no cost" for "A replacement phone, sent by express
    courier": a replacement, voucher or upgrade is never charged, so saying it is free restates
    it, when the sentence restates that remedy (two of its words)."""
    return terms.restated_by(said.stems, GIVEN_FREE)


def restates_a_free_remedy(said: Reading, terms: Approved) -> bool:
    """Whether the sentence restates a free remedy by two of its words ("su cuota de enero"
    for "un mes de cuota gratis (enero de 2027)")."""
    return any(
        "free" in offer.kinds and len(offer.covers & said.stems) >= RESTATED
        for offer in terms.offers
    )


def restates_full_refund(said: Reading, terms: Approved, span: tuple[int, int]) -> bool:
    """ "You will not pay anything for this rental" for "A full refund of your rental": what is
    refunded whole costs nothing, when the words right after the offer name what it is for;
    a refund of a named thing with no share ("Rambursarea biletului de tren, 120 de lei") when
    the thing is named beside it ("biletul de tren nu vă costă nimic")."""
    # ... within its clause: "No les cobraremos nada por el mes de noviembre: les devolveremos…"
    ends = [c for c in said.clause_ends if c >= span[1]]
    stop = max(span[1] + GIFT_REACH + 1, min([span[1] + _REFUNDED_REACH, *ends[:1]]))
    after = {w.stem for w in said.words[span[1] : stop]}
    before = {w.stem for w in said.words[max(0, span[0] - GIFT_REACH) : span[0]]}
    return any(
        not o.in_part
        and "refund" in o.kinds
        and (
            o.covers & after
            if o.enlarged
            # "No le cobraremos noviembre" for "Reembolso de la cuota de noviembre": the thing
            # on either side, in a sentence that names it
            else o.covers & (before | after) & said.stems
        )
        for o in terms.offers
    )


#: How many words after not charging what is refunded whole may stand ("nada por el mes de
#: noviembre").
_REFUNDED_REACH = 6


#: How far from what is given a "next" or "from now on" may stand and say it is for later
#: ("iar următoarea comandă pe care o faceți la noi este din partea casei").
_LATER_REACH = 12


def _approved_period(said: Reading, terms: Approved, hit: Hit) -> bool:
    """ "…que podrá hacer cuando quiera durante el próximo año" for "válido durante un año": the
    "next" opens the approved period itself, not a gift for a later order."""
    words = said.words[max(0, hit.start - 2) : hit.end + 2]
    text = " ".join(w.text for w in words)
    found = list(durations_in(text, said.language, deadlines=False))
    # "on any dates within the next year" for "within the next 12 months": one of the unit
    after = said.words[hit.end : hit.end + 1]
    unit = unit_named(after[0].text, said.language) if after else None
    found += [(Decimal(1), unit)] if unit else []
    return any(terms.allows_period(in_days(d)) for d in found)


def gives_for_later(
    said: Reading,
    terms: Approved,
    placed: Mapping[tuple[int, int], frozenset[str]],
    reported: range,
) -> bool:
    """ "Your next repeat order ships free", "a partir de ahora, los envíos corren de nuestra
    cuenta": a gift for a later order, visit or year needs a remedy that gives something for
    later, whatever is free today; an approved sum beside it names that remedy."""
    if terms.later:
        return False
    words = said.words
    billing = word_list(said.language, "billing_nouns")
    return any(
        h.start not in reported
        # "you'll see the credit on your next bill": where money given back or taken off shows
        # up (not "send us your next bill and we'll settle the difference", a payment to come)
        and not (
            _ON_A_BILL & set(kinds)
            and any(w.fold in billing for w in words[h.end : h.end + _BILL_REACH])
        )
        and h.end not in said.clause_ends  # "vă propunem următoarele: …" names what follows
        and span[0] - _LATER_REACH <= h.start < span[1] + _LATER_REACH
        and not said.names_sum(terms, span)
        # "and from now on one named tutor will stay with him": a remedy, said for later, its
        # words anywhere after the "next" ("next year, whenever suits you, we will, at no cost
        # to you, prepare … a tasting dinner for eight")
        and not terms.restated_by({w.stem for w in words[h.end :]} & said.stems)
        and not _approved_period(said, terms, h)
        for span, kinds in placed.items()
        for h in said.line.hits.get("future_use", ())
    )


#: Money given back or taken off, which shows up on a bill ("you will see the lower amount on
#: your next bill" of a discount).
_ON_A_BILL = frozenset({"refund", "credit", "discount"})
#: How far after "next" the bill it names may stand ("next monthly bill").
_BILL_REACH = 2


#: The most words a phrase saying "free" has without naming what it frees ("sin ningún coste").
_MARKER = 3


def beside_a_free_remedy(
    said: Reading, terms: Approved, placed: Mapping[tuple[int, int], frozenset[str]]
) -> bool:
    """ "As a small gesture, we will waive the cost of your room service" where the free remedy
    is a night's stay: a sentence that makes something free and shares no word with any remedy
    or fix, outside the words that say it is free ("gratuit" of both), gives what no remedy
    names. Only then: a remedy restated in other words almost always keeps one of its words
    ("the lesson" of "a make-up lesson")."""
    if "free" not in terms.kinds or said.line.part == "explanation":
        return False
    if any(terms.allows_period(in_days(d)) for d in said.periods):
        return False  # "you will not pay anything for a month": a free month, restated
    words = said.words
    # the words that say it is free; in the remedy part, those of another offer beside it too
    # ("pe lângă rambursare, vă lăsăm acces gratuit…" names the refund, it frees nothing; a
    # closing's "sort out your refund and free day" recalls both)
    spans = [span for span, kinds in placed.items() if "free" in kinds]
    if said.line.part == "restore_value":
        spans += [(h.start, h.end) for hits in kinds_in(said.line.hits).values() for h in hits]
    free_words = {
        words[i].stem
        for start, end in spans
        if end - start <= _MARKER  # not "add two years to your warranty"
        for i in range(start, end)
    }
    # "so you no longer pay for a parked scooter", in the fix: a fix's effect, told
    named = terms.remedy_stems.union(*terms.neutral)
    # ... and the failure made right free ("we will put this right at our expense") names none
    rest = said.stems - free_words - stem_list(said.language, "making_right")
    # "Nu plătiți nimic pentru asta": free, said of what the sentence before gave
    return bool(rest) and not rest & named
