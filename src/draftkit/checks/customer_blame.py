"""Who a customer-blame phrase really blames: "you should have called" blames the customer, but
not when someone else is its subject ("El profesor nos avisó el viernes"), when a "not" denies
it ("n-ai greșit cu nimic"), when our warning came late, when "you" is what we acted on ("the
bike we rented you failed"), or when what follows is the sum that was owed."""

from __future__ import annotations

from itertools import pairwise

from draftkit.amounts import money_in
from draftkit.checks.view import Line
from draftkit.lexicon import Hit, lexicon
from draftkit.text import BREAK, CLAUSE_END, function_words, tokens, word_list, word_offsets


def the_customer_blamed(line: Line, language: str, hit: Hit) -> bool:
    """Whether the `blame_customer` HIT blames the customer, read in its sentence."""
    return not (
        _sum_follows(line.scanned, language, hit)
        or _someone_else_did(line, language, hit)
        or _what_we_gave_you(line, language, hit)
        or _we_told_late(line, language, hit)
        or _denied(line, language, hit)
        or _our_modal(line, language, hit)
        or _told_wrongly(line, language, hit)
        or _ours_would_have(line, language, hit)
        or _their_question(line, language, hit)
        or _told_as_harm(line, hit)
        or _no_duty(line, language, hit)
        or _believed(line, language, hit)
        or _our_new_practice(line, language, hit)
    )


def _our_new_practice(line: Line, language: str, hit: Hit) -> bool:
    """ "We now remind tutors two hours before each lesson": a "now" right before the advising
    verb tells a practice of ours begun now, not advice to the customer (words.yaml
    `now_words`)."""
    words = tokens(line.scanned, language)
    now = word_list(language, "now_words")
    return any(
        hit.start <= advice.end - 2 < hit.end and words[advice.end - 2].fold in now
        for advice in line.hits.get("advice", ())
    )


def _believed(line: Line, language: str, hit: Hit) -> bool:
    """ "The hours you spent believing you had failed the module": what our failure made them
    believe, not what they did (words.yaml `belief_verbs`, a few words before it in its
    clause)."""
    words = tokens(line.scanned, language)
    beliefs = word_list(language, "belief_verbs")
    ends = [e for e in word_offsets(line.scanned, CLAUSE_END, language) if e <= hit.start]
    opens = max([hit.start - _BELIEF_REACH, *ends, 0])
    return any(w.fold in beliefs for w in words[opens : hit.start])


#: How far before what they believed the believing may stand: "the distress of believing, for
#: most of results day, that you had failed".
_BELIEF_REACH = 8


def _no_duty(line: Line, language: str, hit: Hit) -> bool:
    """ "Le recuerdo que no tiene que hacer ningún trámite": a duty denied right before its
    word lays none ("you did not call", a failure denied, still blames)."""
    words = tokens(line.scanned, language)
    negation = lexicon(language).word_class("negation")
    duty = word_list(language, "duty_words")
    return any(
        negation.accepts(words[i]) and words[i + 1].fold in duty
        for i in range(hit.start, min(hit.end, len(words) - 1))
    )


def _told_as_harm(line: Line, hit: Hit) -> bool:
    """ "a rental bill you never should have paid": what they should not have had to bear, the
    harm itself read around the same words."""
    return any(h.start <= hit.start and hit.end <= h.end for h in line.hits.get("harm", ()))


def _their_question(line: Line, language: str, hit: Hit) -> bool:
    """ "You asked what would have happened if you hadn't checked the bags": the customer's own
    question, reported from the sentence's start by a question word, in one clause with it."""
    words = tokens(line.scanned, language)
    asking = {str(w).casefold() for w in word_list(language, "question_words")}
    reported = [
        r
        for r in line.hits.get("request", ())
        if r.start == 0
        and r.end <= hit.end
        and any(w.text.casefold() in asking for w in words[r.end - 1 : r.end + _ASKED_REACH])
    ]
    breaks = word_offsets(line.scanned, BREAK, language)
    return any(not any(r.end <= b <= hit.start for b in breaks) for r in reported)


#: How far after "you asked (us)" the question word stands: "you asked us again what…".
_ASKED_REACH = 3


def _ours_would_have(line: Line, language: str, hit: Hit) -> bool:
    """ "An earlier warning from us would have spared you all this": a "would have" whose
    subject, in its own clause before it, is ours ("us", "our check"), with no "you" after it,
    says what we should have done."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    if not classes.word_class("modal").accepts(words[hit.start]):
        return False
    we, you = classes.word_class("we"), classes.word_class("you")
    ends = word_offsets(line.scanned, BREAK, language)
    start = max([0, hit.start - _SUBJECT_REACH, *(e for e in ends if e <= hit.start)])
    before = words[start : hit.start]
    ours = [i for i, w in enumerate(before) if we.accepts(w)]
    return bool(ours) and not any(you.accepts(w) for w in before[ours[-1] :])


#: How many words before "would have" its subject may begin.
_SUBJECT_REACH = 8


def _our_modal(line: Line, language: str, hit: Hit) -> bool:
    """ "Nor did we ring you when we should have": the "should have" after "you" is ours, its
    subject the "we" right before it."""
    words = tokens(line.scanned, language)[hit.start : hit.end]
    classes = lexicon(language)
    we, modal = classes.word_class("we_subj"), classes.word_class("modal")
    # (not "had you let us know, we could have": the condition is theirs, what follows ours)
    return classes.word_class("you").accepts(words[0]) and any(
        we.accepts(first) and modal.accepts(second) for first, second in pairwise(words[1:])
    )


#: How many words before the blame the word that reports it may stand.
_TOLD_REACH = 12


def _told_wrongly(line: Line, language: str, hit: Hit) -> bool:
    """ "You should never have been told at our desk that it was your mistake", "sorry you were
    made to feel it was your fault": the blame is what someone said to the customer, and the
    sentence calls it wrong or regrets it. Not "as we said, it was your mistake": a report
    by us, or one left standing, still blames."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    telling, wrong = classes.word_class("telling"), classes.word_class("untrue")
    ours = [classes.word_class(n) for n in ("we_subj", "we_verb")]  # "as we said", "v-am spus"
    # ... nor one introduced by "as": "as our desk told you, it was your mistake" stands by it
    endorsing = word_list(language, "endorsing")
    told = [
        i
        for i in range(max(0, hit.start - _TOLD_REACH), hit.start)
        if telling.accepts(words[i])
        and not (i and any(c.accepts(words[i - 1]) for c in ours))
        and not any(w.fold in endorsing for w in words[max(0, i - 4) : i])
    ]
    if not told:
        return False
    truth = classes.word_class("truth")
    outside = [i for i in range(len(words)) if not hit.start <= i < hit.end]
    return (
        bool(line.hits.get("regret"))
        or any(wrong.accepts(words[i]) for i in outside)
        # "ceea ce nu era adevărat", "which was not true"
        or any(truth.accepts(words[i]) and classes.negated_before(words, i, 3) for i in outside)
    )


def _someone_else_did(line: Line, language: str, hit: Hit) -> bool:
    """ "El profesor nos avisó el viernes por la tarde": a subject named just before the verb
    (an article and a noun that is no title: "la señora Pérez" is the customer) did it, not
    the customer. Words another phrase holds ("para la próxima") name no one, unless it names
    a party ("los transportistas"); a relative word may stand between ("el control que nos
    habría permitido")."""
    words = tokens(line.scanned, language)
    # "el lensómetro, el control que nos habría permitido": the thing the relative word names
    you = lexicon(language).word_class("you")
    # ... whose verb has no subject of its own ("las renovaciones que usted no respondió")
    relative = (
        hit.start >= 3
        and words[hit.start - 1].fold in word_list(language, "relatives")
        and not you.accepts(words[hit.start])
    )
    if relative:
        article, noun, first = words[hit.start - 3], words[hit.start - 2], words[hit.start]
    elif hit.start < 2 or any(
        h.start < hit.start and h.end > hit.start - 2
        for category, hits in line.hits.items()
        if category not in ("blame_customer", "party", "party_failed", "others_duty")
        for h in hits
    ):
        return False
    else:
        article, noun, first = words[hit.start - 2 : hit.start + 1]
    return (
        first.fold not in word_list(language, "subject_breaks")
        and article.fold in word_list(language, "subject_articles")
        and noun.fold not in word_list(language, "titles")
        and noun.fold.isalpha()
        and not you.accepts(noun)
    )


def _denied(line: Line, language: str, hit: Hit) -> bool:
    """ "N-ai greșit cu nimic", "it's not that you did anything wrong": the customer's fault
    denied by a "not" right before it (a "not" inside it, "you did not call", still blames)."""
    words = tokens(line.scanned, language)
    negation = lexicon(language).word_class("negation")
    # "nu dumneavoastră ați greșit": the "not" may stand before the pronoun that names them
    at = hit.start - 1
    if at > 0 and lexicon(language).word_class("you").accepts(words[at]):
        at -= 1
    # "neither of which you should have paid": the "not" of the thing the relative word names
    if at > 0 and words[at].fold in word_list(language, "relatives"):
        linked = function_words(language)
        at -= 1
        if at > 0 and words[at].fold in linked and not negation.accepts(words[at]):
            at -= 1
    return (
        at >= 0
        and negation.accepts(words[at])
        and not any(negation.accepts(w) for w in words[hit.start : hit.end])
    )


#: How many words after "v-am avertizat" a word of lateness may stand: "cu aproape o zi
#: întârziere".
_LATE_REACH = 5


def _we_told_late(line: Line, language: str, hit: Hit) -> bool:
    """ "Noi v-am avertizat cu o zi întârziere", "we warned you too late": our warning came
    late, which owns the failure; it does not say the customer ignored one."""
    words = tokens(line.scanned, language)
    said = words[hit.start : hit.end]
    we, warned = lexicon(language).word_class("we"), word_list(language, "warned")
    late = word_list(language, "late")
    return (
        any(we.accepts(w) for w in said)
        and any(w.fold in warned for w in said)
        and any(w.fold in late for w in words[hit.end : hit.end + _LATE_REACH])
    )


def _what_we_gave_you(line: Line, language: str, hit: Hit) -> bool:
    """ "The bike we rented you failed": "you" is what we acted on, inside a clause that names a
    thing ("the bike"), and the thing failed, not the customer."""
    if hit.start < 4:
        return False
    article, thing, we, verb = tokens(line.scanned, language)[hit.start - 4 : hit.start]
    words = lexicon(language)
    function = function_words(language)
    return (
        words.word_class("we_subj").accepts(we)
        and verb.fold.isalpha()
        and thing.fold.isalpha()
        and verb.fold not in function
        and thing.fold not in function
        and (
            article.fold in word_list(language, "subject_articles")
            or words.word_class("our").accepts(article)
            or words.word_class("you").accepts(article)
        )
    )


#: How many words after "you should have paid" a sum may stand and be what was owed.
_OWED_REACH = 3


def _sum_follows(scanned: str, language: str, hit: Hit) -> bool:
    """ "Trebuia să plătiți 412,35 lei", "you should have paid £412.35": what was owed, not what
    the customer should have done."""
    after = tokens(scanned, language)[hit.end : hit.end + _OWED_REACH]
    return bool(money_in(" ".join(word.text for word in after), language))
