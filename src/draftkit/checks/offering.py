"""`approved_offers`: everything a draft gives must map to a remedy the incident approved.

A sentence offers when it names a kind of compensation (refund, credit, voucher, free period…,
in any inflection), a money amount, a percentage, or a period attached to a kind. Each must map
to an approved `Offer`; a restatement in other words or number formats passes. Two things are
not offers by themselves: a sentence restating a fix or the follow-up (which may audit vouchers),
and a fact the incident states ("your refund request was declined") not framed as given now.
"""

from __future__ import annotations

import re
from functools import cache

from draftkit.checks.free_offers import (
    GIFT_REACH,
    GIVEN_FREE,
    beside_a_free_remedy,
    beyond_a_share,
    beyond_remedies,
    gives_for_later,
    restates_a_free_remedy,
    restates_full_refund,
    restates_gift,
)
from draftkit.checks.offer_memo import Verdict, remembered
from draftkit.checks.offer_numbers import numbers_beyond
from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.checks.offer_references import done_again, money_back, paid_to_us, the_approved
from draftkit.checks.offer_requests import grants_unapproved, turned_down
from draftkit.checks.open_offers import left_unbounded
from draftkit.checks.payments import adds, pays_for_approved
from draftkit.checks.refund_objects import whole_refunds
from draftkit.checks.told_facts import kin_to_the_facts, modifies_the_facts, of_the_facts, swapped
from draftkit.checks.view import Line, View, quoted, verdict
from draftkit.draft_types import Check
from draftkit.languages import on_change, pack
from draftkit.lexicon import lexicon, scan
from draftkit.offers import MONEY, PRICE, RESTATED, Approved, approved, hit_stems, kinds_in
from draftkit.text import content_stems, function_words, tokens, word_list

NAME = "approved_offers"


#: How many words after an ownership an "entirely" still says the fault is whole, not that an
#: offer grows ("greșeala ne aparține în întregime").
_WHOLE_AFTER = 2


def _states_approved(said: Reading, terms: Approved) -> bool:
    """Whether the sentence carries an approved sum or percentage."""
    return any(a in terms.amounts for a in said.money) or any(
        p in terms.percents for p in said.percents
    )


def _restates_offer(said: Reading, terms: Approved) -> bool:
    """ "The full EUR 38.60", "the whole towing cost": an approved remedy, said in full. Not a
    remedy that gives a share of its thing: "le devolvemos el total de la mudanza" for
    "Reembolso del 30 % del costo de la mudanza" gives all of what 30% was approved."""
    if any(amount in terms.amounts for amount in said.money):
        return True
    if said.line.has("part_of") and any(offer.part for offer in terms.offers):
        return True  # "vă returnăm integral diferența": the part approved, in full
    stems = content_stems(said.line.text, said.language)  # the text as written, not by role
    # "le reembolsamos íntegro lo que pagó por ese envío" for "Devolución de la tarifa del
    # envío": one word of what a money remedy given whole is for (not its offer words: "a full
    # refund" shares "refund" with any refund) names what is refunded in full
    return terms.restated_by(stems, whole=True) or any(
        offer.kinds & MONEY and not offer.in_part and stems & offer.covers for offer in terms.offers
    )


def _offered(
    said: Reading, terms: Approved, reported: range
) -> dict[tuple[int, int], frozenset[str]]:
    """What the sentence gives, one entry per place in it: the kinds that place may mean.

    Not the fixes it restates, not the facts it recalls, not what it denies or reports the
    customer asked for. An expression listed under two kinds ("corre de nuestra cuenta": paid by
    us, or free) passes with either.
    """
    line, language = said.line, said.language
    framed = said.framed
    places: dict[tuple[int, int], set[str]] = {}
    for kind, hits in kinds_in(line.hits).items():
        for hit in hits:
            if hit.start in reported:
                continue  # "you asked for a full refund; I cannot offer that"
            if kind == "payment" and set(range(hit.start, hit.end)) <= _topic(said):
                continue  # "this is the compensation we can offer": the remedies, named
            if kind == "payment" and paid_to_us(said, hit):
                continue  # "the vaults we were paid to protect": paid to us, not by us
            if any(hit.start < end < hit.end for end in said.clause_ends):
                continue  # "I won't dress this up: we billed you": two sayings, not one offer
            if said.negated(hit) or said.owed(hit):
                continue  # "we will not offer you a coupon"; "a repair that was ours to pay for"
            if not framed and (said.told_after(hit, "customer_did") or said.regretted(hit)):
                continue  # "sorry you had to go back out to replace them": what they lived
            if not framed and said.told_after(hit, "unknown_cause", asked=True):
                continue  # "we are still finding out why the estimate replaced your reading"
            words = hit_stems(line.scanned, language, hit)
            content = words & said.stems or words  # "fără bani": "bani"
            if content <= terms.fact_stems and not framed:
                continue  # "your refund request was declined": a fact, not an offer
            if line.part == "explanation" and not framed and kin_to_the_facts(content, terms):
                continue  # "el de sustitución salió" for the facts' "el sustituto no salió"
            if line.part == "explanation" and of_the_facts(said, terms, hit):
                continue  # "lucrarea de înlocuire a plăcuțelor…": the job that failed, told
            if line.part == "explanation" and not framed and modifies_the_facts(said, terms, hit):
                continue  # "consiguieron un micro y un chofer de reemplazo": the events told
            if line.part == "explanation" and kind == "replacement" and swapped(said, hit):
                continue  # "and replaced them with an estimate": what was swapped, told
            if kind == "replacement" and done_again(said, terms, hit):
                continue  # "retrimiterea" for "Trimiterea gratuită a cărții": the remedy again
            if any(words <= fix for fix in terms.neutral):
                continue  # "the voucher audit" of a fix or the follow-up is not an offer
            # "le confirmaremos … la indemnización total antes del 18/12/2026": the follow-up
            # told again, its own word what we will report; a gift beside it is still one
            if (
                not framed
                and bool(words & terms.follow_up_words)
                and said.tells_follow_up(terms, RESTATED)
            ):
                continue
            if (
                not framed
                and kind in _THINGS
                and any(kind in kinds for kinds, _ in terms.neutral_kinds)
            ):
                continue  # "el error en el voucher" where the fixes reissue "el bono": that thing
            # in the fix, any fix restated: "trimite un înlocuitor" for "trimite un om de rezervă"
            if said.restates_fix(terms, None if line.part == "fix" else kind, hit):
                continue  # "cu retrimitere automată" for a fix that "îl retrimite automat"
            places.setdefault((hit.start, hit.end), set()).add(kind)
    # "cubriremos sin coste": a payment said free is either, like "corre de nuestra cuenta"
    offers = {
        span: frozenset(kinds) | (_FREE if _said_free(span, places) else frozenset())
        for span, kinds in places.items()
    }
    # "a voucher of EUR 20 sent": the payment word is how the offer beside it is given, unless
    # it adds a thing of its own ("refunded, and we will also meet the cost of any flowers")
    if any(kinds != _PAYMENT for kinds in offers.values()):
        offers = {
            span: kinds for span, kinds in offers.items() if kinds != _PAYMENT or adds(said, span)
        }
    # "le regalamos un cupón", "a free replacement": what is given is free by nature; and so is
    # money given back ("will be reimbursed at our expense")
    return {
        span: kinds
        for span, kinds in offers.items()
        if "free" not in kinds
        or not any(
            (kinds == _FREE and other & GIVEN_FREE and 0 <= start - span[1] <= GIFT_REACH)
            or ("refund" in other and 0 <= span[0] - end <= _REFUND_MANNER)
            for (start, end), other in offers.items()
        )
    }


#: The parts that come after the remedy: what they offer, they restate.
_AFTER_THE_REMEDY = ("regret", "closing")
_GESTURE_PARTS = ("restore_value", "responsibility", "fix")
_PAYMENT = frozenset({"payment"})
#: How far after a refund a gift word says how it is given ("reimbursed at our expense").
_REFUND_MANNER = 1
#: Kinds that are also things a fix may handle ("los bonos de hotel", "the credit note"): the
#: draft's other word for one, with no offer framing it, is that thing.
_THINGS = frozenset({"voucher", "credit", "replacement"})
_FREE = frozenset({"free"})
_UPGRADE = frozenset({"upgrade"})
_CREDIT = frozenset({"credit"})


def _pays_a_gift(said: Reading, terms: Approved, span: tuple[int, int]) -> bool:
    """ "Costul transportului îl suportăm noi" for "volumul al III-lea, fără cost de transport":
    the cost of a thing, paid by us, is that thing given free when the thing named right after
    the cost word is one of a free remedy's words and the sentence restates that remedy ("le
    pagamos todos los gastos del hotel" names another thing)."""
    money = lexicon(said.language).word_class("money_word")
    function = function_words(said.language)
    words = said.words
    things: set[str] = set()
    for i in range(max(0, span[0] - _COST_REACH), min(len(words), span[1] + _COST_REACH)):
        if money.accepts(words[i]):
            after = [w for w in words[i + 1 : i + 3] if w.fold not in function]
            things.update(w.stem for w in after[:1])
    return any(
        "free" in offer.kinds
        and len(offer.covers & said.stems) >= RESTATED
        and bool(offer.covers & things)
        for offer in terms.offers
    )


#: How far from a payment a cost word says what it pays for ("costul transportului îl suportăm").
_COST_REACH = 3


def _said_free(span: tuple[int, int], places: dict[tuple[int, int], set[str]]) -> bool:
    """Whether a gift's words stand inside a payment's: "cubriremos sin coste"."""
    return "payment" in places[span] and any(
        "free" in kinds and span[0] <= start and end <= span[1]
        for (start, end), kinds in places.items()
        if (start, end) != span
    )


def _topic(said: Reading) -> set[int]:
    """The words that name compensation as a topic ("the compensation we approved",
    "compensația"), when the sentence states no sum: a sum makes it a payment again."""
    if said.money:
        return set()
    return {i for h in said.line.hits.get("compensation_topic", ()) for i in range(h.start, h.end)}


def check(view: View) -> Check:
    terms = approved(view.incident)
    problems: list[str] = []
    parts: list[str] = []
    for line in view.lines:
        found = remembered(line, terms, view.language, lambda said: _judge(said, terms))
        # "…, and on top of that we cover your hotel": an addition judged on its own too, so
        # the approved remedies beside it do not hide it
        for piece in () if found else _added(line, view.language):
            found = found or remembered(piece, terms, view.language, lambda s: _judge(s, terms))
        if found:
            problems += found
            parts.append(line.part)
    return verdict(NAME, problems, parts)


@on_change
@cache
def _addition_mark(language: str) -> re.Pattern[str]:
    """An addition mark after a comma, with the "and" that may open it: ", y, además,"."""
    words = pack(language).data("words")
    marks = "|".join(re.escape(str(m)) for m in words.get("addition_marks") or [])
    joins = "|".join(re.escape(str(m)) for m in words.get("addition_joins") or [])
    if not marks:
        return re.compile("$^")
    joined = rf"(?:(?:{joins})\s*,?\s*)?" if joins else ""
    return re.compile(rf",\s*{joined}(?:{marks})\b,?\s*", re.IGNORECASE)


#: How many words an addition needs to be an offer of its own.
_ADDED_WORDS = 4


def _added(line: Line, language: str) -> tuple[Line, ...]:
    """A sentence that adds one offer to another after an addition mark standing after a comma
    ("…, y además le pasamos al plan Premium", "…, along with the £48.50"), as a sentence per
    piece; none if it adds nothing so. What comes before the mark is judged alone too: "vă
    returnăm integral prețul și, separat, taxa de 200 de lei" hides the whole price behind the
    approved fee."""
    marks = list(_addition_mark(language).finditer(line.scanned))
    if not marks:
        return ()
    cuts = [0, *(i for m in marks for i in (m.start(), m.end())), len(line.scanned)]
    pieces = [line.scanned[start:end] for start, end in zip(cuts[::2], cuts[1::2], strict=True)]
    back = word_list(language, "refers_back")
    if any(w.fold in back for piece in pieces[1:] for w in tokens(piece, language)[:1]):
        return ()  # "…, también lo haremos sin cargo": the same offer, referred to
    # clauses of their own, not a word tacked on ("…, y además gratuitas")
    return tuple(
        Line(line.part, text, scan(text, language), text)
        for text in pieces
        if len(tokens(text, language)) >= _ADDED_WORDS
    )


def _judge(said: Reading, terms: Approved) -> Verdict:
    """The problems of one sentence: what it gives that the approved terms do not cover."""
    line = said.line
    reported = turned_down(said)
    placed = _offered(said, terms, reported)
    offers = list(placed.values())
    kinds = sorted({kind for place in offers for kind in place})
    offering = bool(offers)
    where = f"{line.part}: {quoted(line.text)}"
    # "Le acreditamos $ 24.450" for an approved "bonificación de $ 24.450": the sum names the
    # approved offer, whatever the verb calls it -- the sum beside the offer, not one given
    # elsewhere in the sentence ("15% off your next course, and we will refund the part of the
    # fee for the missed lessons").
    restates = _states_approved(said, terms)
    # a title names, it gives nothing; a closing gives only in so many words ("y para
    # compensarte, la próxima función corre por nuestra cuenta")
    framing = line.part in ("subject", "greeting") or (
        line.part == "closing" and not line.has("offer_frame")
    )
    # "what we are compensating you with" as a title names the remedies, whatever they are
    titled = framing and bool(terms.offers) and not said.money
    # "costul transportului îl suportăm noi": payments that restate a free remedy
    gifts = {
        span
        for span, place in placed.items()
        if "payment" in place and _pays_a_gift(said, terms, span)
    }
    problems = list(
        dict.fromkeys(
            f"{where} offers a {' or '.join(sorted(place))} the incident does not approve"
            for span, place in placed.items()
            if not any(terms.allows(kind) for kind in place)
            and not (restates and said.names_sum(terms, span))
            and not (titled and place == _PAYMENT)
            and not (place == _FREE and restates_gift(said, terms))
            and not (place == _PAYMENT and span in gifts)
            and not (place == _FREE and restates_full_refund(said, terms, span))
            and not said.names_plain_remedy(terms, span)
            and not (place == _UPGRADE and said.names_the_plan(terms, span))
            # "one month of LearnLoop Plus credited to your account" for "One month of LearnLoop
            # Plus free of charge": a free remedy restated, no sum credited
            and not (place == _CREDIT and not said.money and terms.restated_by(said.stems, PRICE))
        )
    )
    # "su cuota de enero corre de nuestra cuenta" for "un mes de cuota gratis": said as both a
    # payment and a gift, where a gift is approved, it is the gift; the free checks judge it
    paying = {
        span: place
        for span, place in placed.items()
        if "payment" in place
        and not ("free" in place and restates_a_free_remedy(said, terms))
        and span not in gifts
        and not said.names_paid_remedy(terms, span)
    }
    if paying and not framing and not pays_for_approved(said, terms, paying):
        problems.append(f"{where} offers to pay for something no remedy covers")
    problems += numbers_beyond(said, terms, where, kinds, restates, reported)
    problems += [
        f"{where} refunds the {thing}, which no remedy refunds"
        for thing in whole_refunds(said, terms, reported)
    ]
    if grants_unapproved(said, terms, reported):
        problems.append(f"{where} grants what the customer asked for, which no remedy approves")
    only_free = bool(offers) and all("free" in place for place in offers)
    if not restates and only_free and beyond_remedies(said, terms):
        problems.append(f"{where} gives free something no remedy gives free")
    elif any(
        "free" in place and not said.names_sum(terms, span) and beyond_a_share(said, terms, span)
        for span, place in placed.items()
    ):
        problems.append(f"{where} gives free what the remedies only discount")
    elif any(
        "free" in place and not said.names_sum(terms, span) for span, place in placed.items()
    ) and beside_a_free_remedy(said, terms, placed):
        problems.append(f"{where} gives free what no remedy names")
    # "as a small gesture on top of that, we'll service the whole system free": the regret or
    # the closing gives something, framed as an offer, that restates no remedy
    # ... and so does a gift "as a gesture of our own" in the remedy part itself
    if (
        (
            (line.part in _AFTER_THE_REMEDY and offering and line.has("offer_frame"))
            or (line.part in _GESTURE_PARTS and line.has("gesture") and offering)
            or (line.part in _AFTER_THE_REMEDY and line.has("gesture"))
        )
        and not said.money
        and not terms.restated_by(said.stems)
        and not money_back(said, terms, kinds)
        and not the_approved(said, terms, placed)
    ):
        after = "after the remedy" if line.part in _AFTER_THE_REMEDY else "as a gesture"
        problems.append(f"{where} offers something {after} that no remedy names")
    if (
        not framing
        and line.part != "explanation"
        and gives_for_later(said, terms, placed, reported)
    ):
        problems.append(f"{where} gives something for later, which no remedy does")
    # "înainte de a tipări întreaga comandă, vă trimitem o fotografie": a fix restated, read
    # from its subject on ("el sistema le ofrece elegir entre la reubicación y el reembolso total")
    # ... and not the fault said whole: "greșeala este în întregime a noastră"
    # ... or right after it: "greșeala ne aparține în întregime", "we own this fully"
    owned = [range(o.start, o.end + _WHOLE_AFTER) for o in line.hits.get("ownership", ())]
    enlarges = any(
        h.start not in reported
        and not any(h.start in o for o in owned)
        and not said.restates_fix(terms, None, h, 2 * OFFER_REACH)
        # "You won't pay twice": how often the customer is not charged, not more given
        and not any(f.end == h.start for f in line.hits.get("offer_free", ()))
        for h in line.hits.get("enlarge", ())
    ) and (kinds or line.has("offer_frame"))
    # "and the rest of your stay, in full" enlarges; "the full EUR 38.60" restates
    if enlarges and not terms.enlarged and not _restates_offer(said, terms):
        problems.append(f"{where} enlarges the offer beyond the approved remedies")
    # "and no invoice for the rest of this term": given to the end of something that lasts,
    # whatever else the sentence restates, unless a remedy lasts so
    to_the_end = any(h.start not in reported for h in line.hits.get("lasting", ()))
    if to_the_end and kinds and not terms.enlarged and not enlarges:
        problems.append(f"{where} gives it for as long as something lasts, which no remedy does")
    if not terms.unbounded and left_unbounded(said, terms, placed, reported, bool(kinds)):
        problems.append(f"{where} offers to cover costs without limit")
    return tuple(problems)
