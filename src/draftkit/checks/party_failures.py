"""Who a phrase naming a party and a failure lays the failure on: the party, or us. What we did
to the party ("we sent the supplier the wrong file"), our own "not" after it, a failure in the
next clause, what the party only told us, and the one the customer waited for are ours or the
harm, not the party's failure."""

from __future__ import annotations

from draftkit.checks.view import Line
from draftkit.lexicon import Hit, lexicon
from draftkit.text import BREAK, tokens, word_list, word_offsets


def we_did_to(line: Line, language: str, hit: Hit) -> bool:
    """ "Noi am transmis laboratorului o comandă greșită", "we sent the supplier the wrong
    file": the party is what we acted on, so what was wrong is ours."""
    if not any(p.start == hit.start for p in line.hits.get("party", ())):
        return False  # "greșeala … furnizorului": the fault is named as the party's
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    subject, verb, our = (classes.word_class(n) for n in ("we_subj", "we_verb", "our"))
    start = max(0, hit.start - _ACTED_ON_REACH)
    # in the party's own clause: "recunoaștem greșeala; furnizorul știa…" is another one
    start = max(
        [start, *(b for b in word_offsets(line.scanned, BREAK, language) if b <= hit.start)]
    )
    before = words[start : hit.start]
    # ... not one we only relied on: "we rely on Kestrel Freight to get every order there"
    relied = word_list(language, "relied_on")
    return (
        any(subject.accepts(w) or verb.accepts(w) for w in before)
        and not any(our.accepts(w) for w in before)
        and not any(w.fold in relied for w in before)
    )


#: How far before the party our act on it may start: "we double-booked the Minster Suite".
_ACTED_ON_REACH = 4
#: How far before a party the cause it is given as may end: "came from the lab".
_CAUSE_REACH = 2


def next_clause(line: Line, language: str, hit: Hit) -> bool:
    """ "We did not hand the samples to the courier, and the delay that followed is down to us":
    a comma and an "and" between the party and the failure open another clause, whose failure
    is not the party's. Not when the party is given as a cause: "the error came from the lab,
    and we did not catch it" still hands the error to the lab."""
    words = tokens(line.scanned, language)
    if any(hit.start - _CAUSE_REACH <= c.end <= hit.start for c in line.hits.get("cause", ())):
        return False
    joins = word_list(language, "addition_joins")
    return any(
        hit.start < b < hit.end - 1 and words[b].fold in joins
        for b in word_offsets(line.scanned, BREAK, language)
    )


def we_did_not(line: Line, language: str, hit: Hit) -> bool:
    """ "Debíamos hacerla llegar al centro examinador, y no lo hicimos": the "not" after the party
    opens a failure we own, not one of theirs."""
    words = tokens(line.scanned, language)
    negation = lexicon(language).word_class("negation")
    if hit.end - 1 >= len(words) or not negation.accepts(words[hit.end - 1]):
        return False
    return any(o.start == hit.end - 1 for o in line.hits.get("ownership", ()))


def told_us_first(line: Line, language: str, hit: Hit) -> bool:
    """ "When the laboratory told us, we did not act on it": the party only told us, and the
    clause after the comma is what we failed to do."""
    words = tokens(line.scanned, language)
    told = words[hit.start + 1 : hit.start + 3]
    ends = word_offsets(line.scanned, BREAK, language)
    return (
        len(told) == 2
        and told[0].fold in word_list(language, "warned")
        and lexicon(language).word_class("we_object").accepts(told[1])
        and hit.start + 3 in ends
    )


def waited_for(line: Line, language: str, hit: Hit) -> bool:
    """ "The wages you gave up waiting for an adjuster who didn't come": the one the customer
    waited for is part of the harm regretted, not the one the regret blames."""
    words = tokens(line.scanned, language)
    waiting = word_list(language, "waiting")
    return any(w.fold in waiting for w in words[max(0, hit.start - _WAITED_REACH) : hit.start])


#: How many words before a party the word for waiting for it may stand ("waiting for an").
_WAITED_REACH = 3


def we_did_it(line: Line, language: str, hit: Hit) -> bool:
    """ "Dealing with the bank and the police because we did not protect your number": a "we"
    between the party and the failing word is who failed. Not the "we" of a clause that names
    the party by our reliance on it: "the answering service we rely on failed"."""
    subject = lexicon(language).word_class("we_subj")
    relied = word_list(language, "relied_on")
    words = tokens(line.scanned, language)

    def relying(i: int) -> bool:
        """ "we rely on", "we had hired": the "we" names the party, it does not fail."""
        return any(w.fold in relied for w in words[i + 1 : i + 3])

    return any(subject.accepts(words[i]) and not relying(i) for i in range(hit.start + 1, hit.end))


def listed_apart(line: Line, language: str, hit: Hit) -> bool:
    """ "…la devolución de dos recibos a sus proveedores, el retraso de tres días…": a party and
    a failure that a comma sets apart are two items of the harm listed, not the party failing."""
    inside = [b for b in word_offsets(line.scanned, BREAK, language) if hit.start < b < hit.end]
    if not inside:
        return False
    words = tokens(line.scanned, language)
    # the next item opens with its article ("…, el retraso", "…, and the delay"); not "…,
    # gestionat de furnizor, nu v-a protejat", the party's own failure after its apposition
    opens = {
        *word_list(language, "definite_articles"),
        *word_list(language, "indefinite_articles"),
        *word_list(language, "addition_joins"),
    }
    # ... or the customer's own next verb: "I'm sorry you had a night … in freezing weather,
    # lost your food, and…", their list of what they lived
    you = word_list(language, "you_subjects")
    theirs = inside[0] == hit.end - 1 and any(w.fold in you for w in words[: hit.start])
    if words[inside[0]].fold not in opens and not theirs:
        return False
    # the party closes its item: nothing of its own between it and the comma
    return any(p.end == inside[0] for p in line.hits.get("party", ()) if p.start >= hit.start)


def what_we_broke(line: Line, language: str, hit: Hit) -> bool:
    """ "Summit Ridge Bank rejected a file that our own release had made invalid": what the
    party acted on is what we had broken, said in a clause on it, so the failure is ours."""
    words = tokens(line.scanned, language)
    ends = [b for b in word_offsets(line.scanned, BREAK, language) if b >= hit.end]
    stop = min([*ends, len(words), hit.end + _BROKE_REACH])
    classes = lexicon(language)
    we, our = classes.word_class("we_subj"), classes.word_class("our")
    relatives = word_list(language, "relatives")
    return any(
        words[i].fold in relatives
        and any(we.accepts(w) or our.accepts(w) for w in words[i + 1 : i + 1 + _WHOSE_REACH])
        for i in range(hit.end, stop)
    )


#: How far after the party's failing word the clause on what it acted on may run.
_BROKE_REACH = 8
#: How soon after "that" / "que" / "care" our own word must stand: "that our own release".
_WHOSE_REACH = 3
