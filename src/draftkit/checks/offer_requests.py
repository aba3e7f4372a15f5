"""What the customer asked for, as `approved_offers` reads a sentence that mentions it.

A request is reported ("you asked for a full refund"), turned down ("…; we are not able to offer
that") or granted ("as you asked, we have refunded your delivery fee"). What is reported or turned
down is the customer's, not an offer; what is granted is an offer like any other, and one the
remedies must cover: a model that gives in to the customer's demand is the commonest way an
unapproved remedy reaches a draft.
"""

from __future__ import annotations

from draftkit.checks.offer_reading import OFFER_REACH, Reading
from draftkit.lexicon import Hit, lexicon
from draftkit.offers import Approved, kinds_in
from draftkit.text import kin, word_list


def turned_down(said: Reading) -> range:
    """The words that report what the customer asked for, or turn it down, up to a "but" or the
    end of the clause.

    "You asked for £1,000 and a year free; I am not able to offer those, but the £200 is on its
    way": the £1,000 and the free year are the customer's, not an offer; the £200 is. A request
    whose own clause offers ("we will give you the refund you asked for") is granted, not
    reported; an offer in a later clause ("…; this is what we can offer") does not undo it.
    """
    line = said.line
    declined = line.hits.get("declines")
    cue = declined or _reported(said)
    if not cue:
        return range(0)
    breaks = sorted(hit.start for hit in line.hits.get("concession", ()))
    after = [b for b in [*breaks, *said.clause_ends] if b >= cue[0].end]
    end = min(after, default=len(said.words))
    # ... not a frame that names what can be given: "vreau să vă spun ce vă putem oferi"
    asks = lexicon(said.language).word_class("asks")
    frames = [
        h.start
        for h in line.hits.get("offer_frame", ())
        if h.start < end
        and not any(asks.accepts(w) for w in said.words[max(0, h.start - 2) : h.start])
    ]
    # "we will give you the refund you asked for" grants it; "you asked us to refund it all"
    # reports what was asked
    granted = bool(frames) and (
        min(frames) < cue[0].start or not _asks_for_what_follows(said, cue[0])
    )
    # "tal como nos pide, le vamos a regresar el total": "as you asked" grants what follows it,
    # framed or not
    granted = granted or (
        _as_asked(said, cue[0])
        and any(cue[0].end <= h.start < end for hits in kinds_in(line.hits).values() for h in hits)
    )
    # "you asked for the whole rental to be refunded, and I've done that": granted by reference
    # (in the request's own clause: not "…; what we can refund is the $89.99, and we will do that")
    granted = granted or any(
        cue[0].end <= h.start < end for h in line.hits.get("grants_request", ())
    )
    if not declined and granted:
        return range(0)
    return range(0, min(end, _our_clause(said, cue[0])))


def _our_clause(said: Reading, cue: Hit) -> int:
    """Where a clause of ours that follows from what was reported opens: "you told us you
    needed it by Friday, so we are refunding the £30" (not "whether, given the delay, we
    could refund it all", the question itself); the end of the sentence if none does."""
    links = word_list(said.language, "result_links") | word_list(said.language, "addition_joins")
    offered = [h.start for h in said.line.hits.get("offer_frame", ())]
    # ... or that gives in its own stretch: "…, so as well as refunding the £42.00, …" (not one
    # that reports another request: "…, and you asked for three months free")
    given = [h.start for hits in kinds_in(said.line.hits).values() for h in hits]
    asked = [h.start for h in said.line.hits.get("request", ())]
    breaks = said.breaks

    def gives_alone(b: int) -> bool:
        stretch = range(b, min((c for c in breaks if c > b), default=len(said.words)))
        return any(f in stretch for f in given) and not any(r in stretch for r in asked)

    return min(
        (
            b
            for b in breaks
            if cue.end < b < len(said.words)
            and said.words[b].fold in links
            and (any(b < f <= b + _FRAME_AFTER_LINK for f in offered) or gives_alone(b))
        ),
        default=len(said.words),
    )


#: How far after "so", "así que", "așa că" our offer may open its own clause.
_FRAME_AFTER_LINK = 3


def _reported(said: Reading) -> tuple[Hit, ...]:
    """The requests the sentence reports: not "any service you ask us for", a request to come."""
    hits = said.line.hits.get("request", ())
    if not hits:
        return ()  # most sentences
    words = [w.fold for w in said.words]
    open_ = word_list(said.language, "request_open")
    # ... nor one said not to be needed: "fără să mai fie nevoie să ne cereți nimic", "without
    # you having to ask"
    manner = word_list(said.language, "manner_openers")
    breaks = said.breaks
    return tuple(
        h
        for h in hits
        if not _opens(open_, words[max(0, h.start - 4) : h.start])
        and not any(
            words[i] in manner and not any(i < b <= h.start for b in breaks)
            for i in range(max(0, h.start - _UNASKED_REACH), h.start)
        )
    )


#: How far before a request "without" says it need not be made ("fără să mai fie nevoie să").
_UNASKED_REACH = 6


def _opens(open_: frozenset[str], before: list[str]) -> bool:
    """Whether the words before a request make it one to come: a word or a phrase of `open_`
    ("any", "de când", "en cuanto")."""
    joined = f" {' '.join(before)} "
    return any(f" {phrase} " in joined for phrase in open_)


def _as_asked(said: Reading, cue: Hit) -> bool:
    """ "As you asked", "tal como nos pide", "așa cum ați cerut": a grant word just before."""
    grants = word_list(said.language, "request_grants")
    return not grants.isdisjoint(w.fold for w in said.words[max(0, cue.start - 2) : cue.start])


def _asks_for_what_follows(said: Reading, cue: Hit) -> bool:
    """ "Ați cerut să vă dăm înapoi toți banii", "you asked us to refund the whole stay": what
    follows is what was asked, not what is given; "as you asked, we refunded…" grants it."""
    words = [w.fold for w in said.words]
    links = word_list(said.language, "request_links")
    return not _as_asked(said, cue) and bool(links & set(words[cue.end - 1 : cue.end + 2]))


#: How far (in words) from "as you asked" the offer it grants may stand, and how many words
#: after that offer's own name what is given.
_GRANT_REACH = 10
_GRANTED_WORDS = 5


def grants_unapproved(said: Reading, terms: Approved, reported: range) -> bool:
    """Whether the sentence grants a demand no remedy covers.

    "As you asked, I've refunded your delivery fee as well", "prețul vi-l returnăm integral, așa
    cum ați cerut": granted, so approved only as a remedy restated, with an approved sum or share
    beside it or two of a remedy's content words in what it gives. Any offer word counts, even
    one a fix also uses ("items are refunded automatically"): granting a demand with it offers.
    """
    line = said.line
    if line.has("declines") or reported:
        return False
    if (
        line.has("ownership")
        and not kinds_in(line.hits)
        and not any(_as_asked(said, cue) for cue in _reported(said))
    ):
        return False  # "El error fue nuestro: usted pidió una M y le mandamos una XL": the failure
    kinded = [h for hits in kinds_in(line.hits).values() for h in hits]
    found = [*kinded]
    # a frame, unless it is the customer's right acknowledged: "aveți tot dreptul să ne cereți
    # socoteală" ("you have every right to hold us to account") grants nothing
    rights = {i for h in line.hits.get("validates", ()) for i in range(h.start, h.end)}
    found += [h for h in line.hits.get("offer_frame", ()) if h.start not in rights]
    # "vă trimitem confirmarea scrisă": the follow-up the customer asked for, restated
    gives = {
        (h.start, h.end)
        for h in found
        if not said.negated(h) and not said.restates_fix(terms, None, h) and not _owed(said, h)
    }
    words = said.words
    for cue in _reported(said):
        for start, end in gives:
            if start - cue.end > _GRANT_REACH or cue.start - end > _GRANT_REACH:
                continue
            if said.ends_between(min(end, cue.end), max(start, cue.start)):
                continue  # "you asked for X; we refund Y": a new clause, judged on its own
            # what is given stands around its offer word: "the missing items are refunded to you"
            given = range(max(0, start - _GRANTED_WORDS), min(len(words), end + _GRANTED_WORDS))
            if said.figures_at(given) & (terms.amounts | terms.percents):
                continue
            # "…vă dăm banii înapoi pentru tractare: opt sute cincizeci de lei": written out
            if said.spells_sum(terms, range(start, min(len(words), end + 2 * OFFER_REACH))):
                continue
            if _the_follow_ups_errand(said, terms, cue):
                continue
            # "nos pide una explicación y se la daremos": no compensation named in its clause
            # (what a later clause gives is judged there), none granted
            if _information_asked(said, cue) and all(
                said.ends_between(min(h.start, cue.end), max(h.start, cue.end)) for h in kinded
            ):
                continue
            own = set(range(cue.start, cue.end)) | set(range(start, end))
            stems = {words[i].stem for i in given if i not in own} & said.stems
            if not terms.restated_by(stems):
                return True
    return False


def _information_asked(said: Reading, cue: Hit) -> bool:
    """ "Nos pide una explicación y se la daremos completa": an explanation, an answer or news
    asked (and given, with no compensation named in the sentence) grants no remedy."""
    asked = word_list(said.language, "asked_information")
    return any(w.fold in asked for w in said.words[cue.end : cue.end + _INFORMATION_REACH])


#: How far after "you asked" the information asked for is named ("nos pide una explicación").
_INFORMATION_REACH = 3


def _the_follow_ups_errand(said: Reading, terms: Approved, cue: Hit) -> bool:
    """ "Le mandaremos el informe … y el certificado … para su solicitud de bonificación del
    IBI" where the follow-up sends them "para que pueda solicitar la bonificación": a request
    named in a fix's or the follow-up's own word, in a sentence that restates that fix, is an
    errand of ours told again, not a demand granted ("as you asked": "ask" is no fix's word)."""
    asked = {w.stem for w in said.words[cue.start : cue.end]} & said.stems
    return _the_follow_up_dated(said, terms) or (
        bool(asked)
        and any(
            all(kin(stem, stems) for stem in asked) and len(said.stems & stems) >= _ERRAND_OVERLAP
            for _, stems in terms.neutral_kinds
        )
    )


def _the_follow_up_dated(said: Reading, terms: Approved) -> bool:
    """ "You will have our findings, in writing as you asked, no later than 4 December": a
    sentence that gives no compensation and tells the follow-up again (its date and a word of
    its action) grants nothing; what the customer asked for there is our errand."""
    gift = kinds_in(said.line.hits) or said.line.has("gesture") or said.line.has("boilerplate")
    return not gift and said.tells_follow_up(terms, 1)  # "…, as you asked, a goodwill gesture"


#: Content words a sentence must share with a fix or the follow-up to restate it whole.
_ERRAND_OVERLAP = 4


#: How far before an offer word a word of duty makes it what we owed ("trebuia să vi le dăm").
_OWED_REACH = 4


def _owed(said: Reading, hit: Hit) -> bool:
    """ "Analizele pe care trebuia să vi le dăm la timp", "the results we should have sent you":
    what we owed and failed to give, told in the regret, is no offer."""
    duty = word_list(said.language, "owed")
    return any(w.fold in duty for w in said.words[max(0, hit.start - _OWED_REACH) : hit.start])
