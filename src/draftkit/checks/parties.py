"""Other parties in a draft: which party words name our own staff or a place rather than a firm
we could blame, and whether the harm regretted is put down to one. `conduct` asks these."""

from __future__ import annotations

from functools import lru_cache

from draftkit.checks.view import Line
from draftkit.incident import Incident
from draftkit.languages import on_change
from draftkit.lexicon import Hit, Scanned, lexicon
from draftkit.provenance import trusted_text
from draftkit.text import BREAK, function_words, tokens, word_list, word_offsets


def our_staff(incident: Incident) -> frozenset[str]:
    """The party words the incident's own facts say as ours: "nuestro repartidor no hizo la
    prueba" makes the delivery man our staff, not a firm we could blame."""
    return _staff_in(trusted_text(incident), incident.language)


@on_change
@lru_cache(maxsize=256)
def _staff_in(text: str, language: str) -> frozenset[str]:
    vocab = lexicon(language)
    ours, party = vocab.word_class("our"), vocab.word_class("party")
    after_ours = word_list(language, "our_after")
    words = tokens(text, language)

    def named_after(i: int, reach: int = 1) -> bool:
        """ "our courier DPD", "partenerul nostru local, Red Sea Travel": a firm's name follows."""
        return any(w.text[:1].isupper() for w in words[i : i + reach])

    return frozenset(
        w.stem
        for i, w in enumerate(words)
        if party.accepts(w)
        and (
            (i > 0 and ours.accepts(words[i - 1]) and not named_after(i + 1))
            # "agentul nostru", where the possessive follows
            or (
                i + 1 < len(words)
                and words[i + 1].fold in after_ours
                and not named_after(i + 2, _NAME_REACH)
            )
        )
    )


#: How many words after a party word its firm's name may follow: "partenerul nostru local, Red…".
_NAME_REACH = 3


def our_own(line: Line, language: str, staff: frozenset[str]) -> bool:
    """Whether every party the sentence names is our own staff, said as ours ("nuestro
    repartidor"): in a part that owns the failure, that is the failure owned in detail."""
    parties = line.hits.get("party", ())
    words = tokens(line.scanned, language)
    ours = lexicon(language).word_class("our")
    after_ours = word_list(language, "our_after")

    def said_as_ours(h: Hit) -> bool:
        if h.start and ours.accepts(words[h.start - 1]):
            return True
        return h.end < len(words) and words[h.end].fold in after_ours

    return bool(parties) and all(said_as_ours(h) and words[h.start].stem in staff for h in parties)


def a_place(line: Line, language: str, hit: Hit) -> bool:
    """ "Esperando en el aeropuerto", "waiting at the airport": a party word that is also a
    place, after a word that makes it one, names where, not who."""
    words = tokens(line.scanned, language)
    if words[hit.start].fold not in word_list(language, "place_parties"):
        return False
    places, stop = word_list(language, "at_place"), function_words(language)
    before = [w.fold for w in words[max(0, hit.start - 2) : hit.start]]
    return bool(before) and (
        before[-1] in places or (len(before) == 2 and before[0] in places and before[1] in stop)
    )


def party_as_cause(line: Line, language: str) -> bool:
    """ "Sorry you waited, because our repair partner could not return the van": the harm
    regretted is put down to another party, named in the cause ("because", "por culpa de",
    "a dus la") or as what did the harm ("the lender's decision has left you paying more").
    A party word that names a place ("esperando en el aeropuerto") is no party."""
    parties = [p for p in line.hits.get("party", ()) if not a_place(line, language, p)]
    if not parties:
        return False
    vocab = lexicon(language)
    we, our = vocab.word_class("we_subj"), vocab.word_class("our")
    words = tokens(line.scanned, language)
    held = {i for p in parties for i in range(p.start, p.end)}

    def ours(cause: Hit) -> bool:
        # "because we paid late, your contractor stopped work", "din cauza greșelii noastre,
        # banca…": the cause is ours and the party what followed ("because our repair partner
        # could not" is the party's own "our")
        for i in range(cause.end, min(len(words), cause.end + 3)):
            if we.accepts(words[i]):
                return True
            if our.accepts(words[i]) and not held & {i - 1, i + 1, i + 2}:
                return True
        return False

    causes = line.hits.get("cause", ())
    if any(ours(hit) for hit in causes):
        return False
    if any(p.start >= hit.end for hit in causes for p in parties):
        return True
    # what did the harm stands before the first verb of it: in "our late payment left your
    # ceiling open after your contractor stopped work, forced you to…" the payment did both
    harms = [
        h for c in ("cause_before", "result_clause", "harm_cause") for h in line.hits.get(c, ())
    ]
    first = min((h.start for h in harms), default=-1)
    # not a party set in a phrase of place: "five nights in near-freezing weather"
    places = word_list(language, "at_place")
    return any(
        p.end <= first and not any(w.fold in places for w in words[max(0, p.start - 3) : p.start])
        for p in parties
    )


def ours_is_a_party(line: Scanned, language: str, hit: Hit) -> bool:
    """ "Nuestro proveedor … le asignó mal el asiento": an ownership phrase whose "our" stands
    right before a party word is the party's failure, not ours; so is one that ends in that
    "our" ("caused by the new system our software provider introduced")."""
    words = tokens(line.scanned, language)
    vocab = lexicon(language)
    ours, party = vocab.word_class("our"), vocab.word_class("party")
    if hit.end - hit.start > 1 and ours.accepts(words[hit.start]):
        return party.accepts(words[hit.start + 1])
    if not ours.accepts(words[hit.end - 1]):
        return False
    # ... with nothing between to set it apart: not "the mistake was ours, not Northvale's"
    breaks = word_offsets(line.scanned, BREAK, language)
    # ... or named right after a comma: "el fallo vino de nuestra flota colaboradora, MotoFlash
    # Logística" (the firm's name read as a party word)
    apposed = [b for b in breaks if hit.end < b <= hit.end + _PARTY_AFTER_OURS]
    return any(
        party.accepts(words[i]) and not any(hit.end <= b <= i for b in breaks)
        for i in range(hit.end, min(len(words), hit.end + _PARTY_AFTER_OURS))
    ) or any(b < len(words) and party.accepts(words[b]) for b in apposed[:1])


#: How far after a closing "our" its party word may stand: "our software provider".
_PARTY_AFTER_OURS = 2


def you_did_it(line: Line, language: str, hit: Hit) -> bool:
    """ "…in freezing weather, and that you lost a day's pay": the customer right before the
    failing word is who it happened to, not the party. Not the object a clitic makes them: in
    "que la plataforma de Aulanet te fallara" the platform failed them."""
    classes = lexicon(language)
    you, clitic = classes.word_class("you"), classes.word_class("clitic")
    words = tokens(line.scanned, language)
    return (
        hit.end >= 2 and you.accepts(words[hit.end - 2]) and not clitic.accepts(words[hit.end - 2])
    )


def conceded_then_owned(
    line: Line, language: str, claims: list[Hit], parties: tuple[Hit, ...]
) -> bool:
    """Whether every party stands in what a concession grants and the failure is owned in what
    it asserts: after "but" ("…, but the failure is ours"), or after the clause an opening
    "although" sets off ("Chiar dacă excavatorul era al Terra Instal, lucrarea era a noastră").
    Not "we own it, but the courier lost it", where the party is what is asserted; nor "el daño
    lo causó el transportista, pero respondemos nosotros", the party made the doer, unless what
    is asserted lays the cause on us ("Although the rejection came from Corvane's system, it was
    a direct consequence of our own change…")."""
    if not claims or not parties:
        return False
    # the party made the doer stays so unless a cause of ours is asserted
    ours = ours_as_cause(line, language) if made_the_agent(line, language, parties) else None
    for concession in line.hits.get("concession", ()):
        boundary = asserted_from(line, language, concession)
        if boundary is None:
            continue
        if (
            all(p.end <= boundary for p in parties)
            and any(c.start >= boundary for c in claims)
            and (ours is None or any(c.start >= boundary for c in ours))
        ):
            return True
    return False


def asserted_from(line: Line, language: str, concession: Hit) -> int | None:
    """Where what a sentence asserts begins, past its concession: right after a "but", or after
    the clause an opening "although" sets off; None when that clause never ends."""
    if concession.start:
        return concession.end
    ends = [b for b in word_offsets(line.scanned, BREAK, language) if b >= concession.end]
    return ends[0] if ends else None


def ours_as_cause(line: Line, language: str) -> list[Hit]:
    """The causes the sentence lays on us: "ours" right after the cause words ("a direct
    consequence of our own change", "because of us")."""
    ours = lexicon(language).word_class("ours")
    words = tokens(line.scanned, language)
    return [
        c
        for c in line.hits.get("cause", ())
        if any(ours.accepts(w) for w in words[c.end : c.end + _CAUSE_OURS])
    ]


#: How many words after a cause an "our" makes it ours ("because of all our own checks").
_CAUSE_OURS = 3


def our_verb(line: Line, language: str, hit: Hit) -> bool:
    """Whether a party word is a verb of ours: "we" right before it, or "we" and an auxiliary
    ("noi am contractat-o", "we have outsourced it")."""
    classes = lexicon(language)
    we, verb, have = (classes.word_class(n) for n in ("we_subj", "we_verb", "have"))
    before = tokens(line.scanned, language)[max(0, hit.start - 2) : hit.start]
    # "we outsourced it"; a first-person auxiliary: "am contractat-o", "hemos subcontratado"
    # (not any word that ends like one of our verbs: "o eroare de sistem, furnizorul…")
    if before and (
        we.accepts(before[-1]) or (verb.accepts(before[-1]) and have.accepts(before[-1]))
    ):
        return True
    return len(before) == 2 and we.accepts(before[0]) and have.accepts(before[1])


def made_the_agent(line: Line, language: str, parties: tuple[Hit, ...]) -> bool:
    """Whether the sentence makes a party the doer of the harm, whatever it owns after: a cause
    before it ("el daño lo causó el transportista"), or the passive's agent ("respinse de
    scanerele organizatorului", "rejected by the organiser's scanners")."""
    if any(c.start < p.start for c in line.hits.get("cause", ()) for p in parties):
        return True
    words = tokens(line.scanned, language)
    links = word_list(language, "agent_links")
    be = lexicon(language).word_class("be")
    # the passive's "by": a "be" shortly before it ("au fost respinse de"), not "pasaba por"
    return any(
        words[i].fold in links and any(be.accepts(w) for w in words[max(0, i - 3) : i])
        for p in parties
        for i in range(max(0, p.start - 2), p.start)
    )
