"""Sentences that move the failure off us while seeming to own it: a cause stated in the
ownership part with nobody of ours in it ("the root of this lies in our supplier's library"),
and a concession after which nobody is "we" any more ("we own this, although these migrations
are notoriously hard"), and the duty or the fault laid on someone who is not us ("por culpa de un
reparador"). `conduct` asks these; they read a sentence's clauses, not word lists.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from draftkit.checks.parties import asserted_from, ours_as_cause
from draftkit.checks.view import Line
from draftkit.incident import Incident
from draftkit.lexicon import Hit, lexicon
from draftkit.patterns import Item
from draftkit.roles import reader
from draftkit.text import (
    BREAK,
    CLAUSE_END,
    Token,
    content_stems,
    function_words,
    tokens,
    word_list,
    word_offsets,
)

_QUOTES = re.compile('["“”„«»]')


def explains_away(line: Line, language: str) -> bool:
    """A cause stated in the ownership part with nobody of ours in it: "the root of this lies in
    our supplier's library", "el frío se debe a Mantenimientos Ferrotrack"."""
    hits = line.hits.get("cause", ())
    if not hits or line.has("ownership") or _QUOTES.search(line.text):
        return False  # a cause in quotes is the customer's words, reported
    classes = lexicon(language)
    we, us = (classes.word_class(n) for n in ("we", "we_object"))
    words = tokens(line.scanned, language)

    def ours(i: int, cause: Hit) -> bool:
        """ "…, made by the firm that supplies us", "…, que rechazó la solicitud y nos obligó a
        reingresarla": an object "us" owns nothing, the one who acted on us did; unless it is
        the cause itself ("because of us")."""
        if not we.accepts(words[i]):
            return False
        return not us.accepts(words[i]) or i - cause.end <= _CAUSE_OBJECT

    # the cause's own clause: "…declanșată de Microsoft; noi am fi reînnoit licențele" names
    # no "we" in it
    ends = word_offsets(line.scanned, CLAUSE_END, language)

    def clause_end(hit: Hit) -> int:
        return next((e for e in ends if e >= hit.end), len(words))

    regrets = [h.start for h in line.hits.get("regret", ())]

    def said_by_us(hit: Hit) -> bool:
        """ "Noi am decis momentul acelei actualizări": we, just before it in its clause, did
        what the cause names (not "we regret that, because of the courier…")."""
        start = max([hit.start - _CAUSE_SUBJECT, *(e for e in ends if e <= hit.start)])
        return any(we.accepts(words[i]) for i in range(max(0, start), hit.start)) and not any(
            start <= r < hit.start for r in regrets
        )

    contrast = classes.word_class("contrast")
    right = [h.end for h in line.hits.get("validates", ())]

    def why_you_were_right(hit: Hit) -> bool:
        """ "You were right to expect a dedicated truck, because that is what you paid for": the
        cause says why the customer was right; not after a "but" ("right to be upset, but the
        courier…")."""
        return any(
            end <= hit.start and not any(contrast.accepts(w) for w in words[end : hit.start])
            for end in right
        )

    negation, you = classes.word_class("negation"), classes.word_class("you")

    def clears_you(hit: Hit) -> bool:
        """ "None of this was caused by anything your firm did": a cause denied of the
        customer clears them; it puts the failure on nobody else."""
        denied = any(negation.accepts(w) for w in words[max(0, hit.start - _DENIED) : hit.start])
        rest = range(hit.end, clause_end(hit))
        return (
            denied
            and any(you.accepts(words[i]) for i in rest)
            # not "not caused by us but by the courier"
            and not any(contrast.accepts(words[i]) for i in rest)
            and not any(p.start in rest for p in line.hits.get("party", ()))
        )

    told = line.hits.get("request", ())
    cuts = word_offsets(line.scanned, BREAK, language) if told else []

    def told_by_you(hit: Hit) -> bool:
        """ "Nos dice que lleva tres meses esperando y que se enteró porque llamó usted": the
        cause is in what the customer told us, with no comma between (not "you asked why, and
        it was down to the supplier", our answer)."""
        return any(
            r.end <= hit.start and not any(r.end <= c <= hit.start for c in cuts) for r in told
        )

    back = word_list(language, "refers_back")
    function = function_words(language)

    def our_failure_again(hit: Hit) -> bool:
        """ "We set the rate up wrongly, and you paid twice because of it": the cause is only a
        word pointing back, and what it points back to is ours."""
        rest = words[hit.end : clause_end(hit)]
        return (
            any(w.fold in back for w in rest)
            and all(w.fold in back or w.fold in function for w in rest)
            and any(we.accepts(w) for w in words[: hit.start])
        )

    return all(
        not any(ours(i, hit) for i in range(hit.end, clause_end(hit)))
        and not said_by_us(hit)
        and not our_failure_again(hit)
        and not why_you_were_right(hit)
        and not clears_you(hit)
        and not told_by_you(hit)
        for hit in hits
    )


#: How many words before a cause a "none", "nothing" or "not" denies it.
_DENIED = 4
#: How many words after "because of", "caused by" an "us" stands and is the cause.
_CAUSE_OBJECT = 1
#: How many words before a cause its subject "we" may stand: "noi am decis momentul…".
_CAUSE_SUBJECT = 3


def takes_back(line: Line, language: str) -> bool:
    """ "We own this, although these migrations are notoriously hard": after the concession,
    nobody is "we" any more: circumstances, a party or the customer carry the rest."""
    we = lexicon(language).word_class("we")
    you = word_list(language, "you_subjects")
    # "though the exam board's portal gave us no warning": an "us" acted on owns nothing
    acted_on = word_list(language, "we_acted_on")
    words = tokens(line.scanned, language)
    # "e greșeala noastră că, deși abonamentul era achitat, nu ați putut intra": the concession
    # opens the clause that says what we own ("we own that, but…" is a pronoun and a contrast)
    that = word_list(language, "complementizers")
    contrast = lexicon(language).word_class("contrast")
    owned = [h.end for h in line.hits.get("ownership", ())]
    theirs = [c for c in line.hits.get("cause", ()) if c not in ours_as_cause(line, language)]
    for hit in line.hits.get("concession", ()):
        if any(o.start < hit.start and hit.end <= o.end for o in line.hits.get("ownership", ())):
            continue  # "no one but us is to blame": the "but" is the ownership's own
        if _not_this_but_that(line, language, hit):
            continue  # "our desk told you, not once but twice": no contrast, a correction
        # "somos nosotros quienes respondemos, pero los retrasos los provocaron…": after the
        # concession, a cause that is not ours, whatever "we" comes later in the sentence
        # ... in what it asserts: "Although the rejection came from Corvane's system, it was
        # our change" concedes that cause, and an opening concession's clause ends at its comma
        asserted = asserted_from(line, language, hit)
        if any(c.start >= (hit.end if asserted is None else asserted) for c in theirs):
            return True
        if (
            hit.start
            and words[hit.start - 1].fold in that
            and not contrast.accepts(words[hit.start])
            and any(end < hit.start for end in owned)
        ):
            continue
        if any(u.start >= hit.end for u in line.hits.get("cannot_undo", ())):
            continue  # "…, even if that does not undo the lost week": humility, not an excuse
        rest = [word for word in words[hit.end :] if word.fold not in acted_on]
        if not you.isdisjoint(word.fold for word in rest[:_NEED_REACH]):
            continue  # "…, deși aveați nevoie urgentă de linie": what they needed, not our excuse
        if len(rest) >= 4 and not any(we.accepts(word) for word in rest):
            return True
    return False


def _not_this_but_that(line: Line, language: str, hit: Hit) -> bool:
    """ "Not once but twice": a "not" a word or two before the concession, with nothing to set
    them apart, corrects what it denies; it concedes nothing."""
    negation = lexicon(language).word_class("negation")
    words = tokens(line.scanned, language)
    breaks = word_offsets(line.scanned, BREAK, language)
    return any(
        negation.accepts(words[i]) and not any(i < b <= hit.start for b in breaks)
        for i in range(max(0, hit.start - 2), hit.start)
    )


#: How soon after "although" the customer must stand for the clause to be about them.
_NEED_REACH = 2


def ours_inside(line: Line, language: str, hit: Hit) -> bool:
    """ "The lab results we should have checked": a first person inside the duty makes it ours
    (not the one who expected it of them: "esperábamos que el laboratorio…"), unless it is the
    one they failed ("the lab has let both of us down")."""
    return _first_person_in(line, language, hit, but=("we_object",))


#: How many words after "por culpa de", "din vina" say whose fault it was.
_WHOSE_REACH = 5


def fault_elsewhere(line: Line, language: str, hit: Hit) -> bool:
    """ "Por culpa de un reparador que no cumplió": a fault, not denied ("through no fault of
    yours"), whose owner, in the words after it, is neither us nor the customer."""
    vocab = lexicon(language)
    we, you, negation = (vocab.word_class(n) for n in ("we", "you", "negation"))
    words = tokens(line.scanned, language)
    ends = word_offsets(line.scanned, BREAK, language)
    stop = min([e for e in ends if e > hit.end] + [hit.end + _WHOSE_REACH, len(words)])
    whose = words[hit.end : stop]
    before = words[max(0, hit.start - 2) : hit.start]
    return (
        bool(whose)
        and not any(negation.accepts(w) for w in before)
        and not any(we.accepts(w) or you.accepts(w) for w in whose)
    )


def we_say_it(line: Line, language: str, hit: Hit) -> bool:
    """A hit that opens with a party and holds a first person as neither the one told ("nos
    explicó") nor an owner ("nuestro"): the verb of saying is ours ("explicamos")."""
    if not any(h.start == hit.start for h in line.hits.get("party", ())):
        return False  # "ne asumăm partea noastră": no party speaks
    return _first_person_in(line, language, hit, but=("we_object", "our"))


def _first_person_in(line: Line, language: str, hit: Hit, but: tuple[str, ...]) -> bool:
    """Whether a first person stands inside HIT after its first word, not one of the classes
    BUT ("us" acted on, "our" owning)."""
    classes = lexicon(language)
    we, others = classes.word_class("we"), [classes.word_class(n) for n in but]
    our, party = classes.word_class("our"), classes.word_class("party")
    words = tokens(line.scanned, language)
    # ... nor an "our" beside a party word: "ca furnizorul nostru să fi fost atent" is theirs
    return any(
        we.accepts(words[i])
        and not any(c.accepts(words[i]) for c in others)
        and not (our.accepts(words[i]) and _beside_a_party(words, i, party))
        for i in range(hit.start + 1, hit.end)
    )


def _beside_a_party(words: Sequence[Token], at: int, party: Item) -> bool:
    """Whether the word AT stands next to a party word: the "our" of "our courier", "curierul
    nostru" names the party, not us."""
    return (at > 0 and party.accepts(words[at - 1])) or (
        at + 1 < len(words) and party.accepts(words[at + 1])
    )


def ours_before(line: Line, language: str, hit: Hit) -> bool:
    """ "Our drivers were rushed, and they left your parcel outside": an "our" earlier in the
    sentence, not beside a party word ("our courier", "curierul nostru"), is whom the pronoun
    names."""
    vocab = lexicon(language)
    ours, party = vocab.word_class("our"), vocab.word_class("party")
    words = tokens(line.scanned, language)[: hit.start + 1]
    return any(
        ours.accepts(w) and not _beside_a_party(words, i, party) for i, w in enumerate(words[:-1])
    )


def fix_stems(incident: Incident) -> tuple[frozenset[str], ...]:
    """The content stems of each of the incident's fixes, read by role as the draft is."""
    by_role = reader(incident)
    return tuple(content_stems(by_role(fix), incident.language) for fix in incident.fixes)


#: How many content words a shift must share with one fix, all of its own, to restate it.
_FIX_WORDS = 2


def restates_a_fix(line: Line, language: str, fixes: tuple[frozenset[str], ...]) -> bool:
    """Whether every shift of the sentence says what one of the incident's fixes says: all its
    content words in that fix, and at least `_FIX_WORDS` of them."""
    hits = line.hits.get("shift", ())
    if not hits or not fixes:
        return False
    words = tokens(line.scanned, language)
    content = content_stems(line.scanned, language)
    for hit in hits:
        said = {words[i].stem for i in range(hit.start, hit.end)} & content
        if len(said) < _FIX_WORDS or not any(said <= fix for fix in fixes):
            return False
    return True
