"""`no_invented_cause`: without a root cause in the incident, no part may state one.

Saying the cause is still being investigated is right. A sentence that states a cause ("because",
"caused by", "se debió a", "din cauza") and brings in what the incident's facts do not say
("a faulty database migration") is a guess, and a guess told to a customer becomes a promise.
"""

from __future__ import annotations

import re

from draftkit.checks.view import Line, View, asked_just_before, ok, quoted, verdict
from draftkit.draft_types import Check
from draftkit.lexicon import Hit, lexicon
from draftkit.roles import reader
from draftkit.text import (
    BREAK,
    Token,
    content_stems,
    function_words,
    tokens,
    word_list,
    word_offsets,
    written_list,
)

#: The parts that explain; the fix may name what it changed, the regret what the customer felt.
_STATING = ("explanation", "responsibility")
#: The fix states a cause only in so many words ("as the fault came from a misprinted label, we
#: relabelled the batch"); what it changed is the fixes' own words, known.
_FIXING = "fix"
#: A stated or guessed cause needs this many content words the incident does not say ("a faulty
#: database migration"); fewer are the facts retold in other words.
_NOVEL_CAUSE = 3
#: A guess ("todo apunta a…", "most likely") needs fewer: a guess at a cause is never a fact.
_NOVEL_GUESS = 1
#: A guess that also gives its cause ("probably because the parts came late from the
#: supplier") needs one: everything after "because" is offered as the reason.
_NOVEL_GUESSED_CAUSE = 1
_MARKERS = ("cause", "cause_before", "result_clause")


def _novel_words(line: Line, view: View, known: frozenset[str]) -> list[str]:
    """Content words of the sentence's stated cause that are neither the facts nor generic.

    The cause is what follows "because", "due to", "caused by" and what precedes "caused",
    "led to"; a guess or a narrative sentence is read whole.
    """
    language = view.language
    words = tokens(line.scanned, language)
    markers = [(h, "after") for h in line.hits.get("cause", ())]
    markers += [
        (h, "before") for c in ("cause_before", "result_clause") for h in line.hits.get(c, ())
    ]
    region: set[int] = set()
    relative = word_list(language, "consequence_relatives")
    for hit, side in markers:
        opens, closes = 0, hit.start
        if side == "before" and hit.start and words[hit.start - 1].fold in relative:
            # "…, ceea ce a dus la anularea sesiunii": what led to it is the clause before
            # the comma, the events told, not the whole sentence
            breaks = word_offsets(line.scanned, BREAK, language)
            before = [b for b in breaks if b < hit.start]
            if before:
                closes = before[-1]
                opens = max((b for b in before if b < closes), default=0)
        region |= set(range(hit.end, len(words)) if side == "after" else range(opens, closes))
    if not markers or _guesses(line, view.language):
        # a guess after "so" is the conclusion, read from there on: "…did not register the
        # return, so the bike appeared to be still in use" guesses nothing new; "…a ajuns
        # normal, așa că, cel mai probabil, s-a blocat vana" does
        results = [h.end for h in line.hits.get("result_clause", ())]
        guesses = line.hits.get("speculation", ())
        start = min(results) if results and all(min(results) <= h.start for h in guesses) else 0
        region = set(range(start, len(words)))
    covered = {
        i
        for category in ("cause", "cause_before", "result_clause", "unknown_cause", "speculation")
        for hit in line.hits.get(category, ())
        for i in range(hit.start, hit.end)
    }
    generic = lexicon(language).word_class("generic")
    content = content_stems(line.scanned, language)
    return list(
        dict.fromkeys(
            word.text
            for i, word in enumerate(words)
            if i in region
            and i not in covered
            and word.stem in content
            and word.stem not in known
            and not generic.accepts(word)
        )
    )


#: How many words before a guessing word a negation denies it: "nu vă prezentăm nicio ipoteză".
_DENIAL_REACH = 4


def _guesses(line: Line, language: str) -> bool:
    """Whether the sentence guesses at a cause: a speculation no negation just before denies
    ("it seems", "todo apunta a"; not "we will offer no hypothesis", "nu vă prezentăm nicio
    ipoteză")."""
    hits = line.hits.get("speculation", ())
    if not hits:
        return False
    classes = lexicon(language)
    words = tokens(line.scanned, language)
    # a guess a question word asks about, in its own stretch, is the question: "investigăm cum
    # a fost posibil ca verificările să nu funcționeze"; not "nu știm cum, dar probabil…"
    breaks = word_offsets(line.scanned, BREAK, language)
    # the words just before the guessing word itself (a hit's last), not before its start:
    # "the portal never confirmed our upload and our team assumed…" still guesses
    return any(
        not classes.negated_before(words, h.end - 1, _DENIAL_REACH)
        and not asked_just_before(line, language, h.start, breaks)
        for h in hits
    )


def _hedged(line: Line, language: str) -> bool:
    """Whether the sentence says the cause is still unknown, about the cause it names.

    "We are still investigating what caused it" is hedged; "the burst was caused by a pressure
    surge; the late warning we are still investigating" states one cause and hedges another:
    a hedge covers only its own side of a semicolon or colon.
    """
    unknown = line.hits.get("unknown_cause", ())
    if not unknown or _guesses(line, language):
        return False
    stated = [h for c in _MARKERS for h in line.hits.get(c, ())]
    if not stated:
        return True
    cuts = word_offsets(line.scanned, _SEGMENT, language)

    def segment(index: int) -> int:
        return sum(cut <= index for cut in cuts)

    hedges = {segment(h.start) for h in unknown}
    return all(segment(h.start) in hedges for h in stated)


_SEGMENT = re.compile(r"[;:]")


def _gives_cause(line: Line, view: View) -> bool:
    """Whether a sentence of the fix gives a cause ("as the fault came from…", "the hold-up was
    down to…") or guesses one no negation denies ("we have resealed the door, since that is
    where the water appears to have got in"): not what we found or decided ("am stabilit
    ca…"), and not a promise to tell it ("by 18 November we tell you what caused it")."""
    if line.has("unknown_cause"):
        return False
    if line.has("speculation"):
        return _guesses(line, view.language)
    we = lexicon(view.language).word_class("we")
    words = tokens(line.scanned, view.language)
    return any(
        not any(we.accepts(words[i]) for i in range(hit.start, hit.end))
        and not _asked(words, hit.start, view.language)
        for hit in line.hits.get("cause", ())
    )


def _asked(words: tuple[Token, ...], at: int, language: str) -> bool:
    """ "Pe 9 decembrie revin cu ce a cauzat întârzierea", "we will tell you what caused it": a
    question word just before the cause (or before "exactly", words.yaml `question_fillers`),
    after a function word, makes it the question the follow-up answers, not a cause stated
    ("the fault that caused it" names one)."""
    if at >= 1 and words[at - 1].fold in word_list(language, "question_fillers"):
        at -= 1  # "ce anume a dus la", "what exactly caused"
    if at < 1 or not lexicon(language).word_class("asks").accepts(words[at - 1]):
        return False
    return at < 2 or words[at - 2].fold in function_words(language)


def _only_asked(line: Line, language: str) -> bool:
    """Whether every cause the sentence names is the question an investigation asks, with no
    guess beside it: "we are still checking what exactly led to the delay"."""
    hits = [h for c in _MARKERS for h in line.hits.get(c, ())]
    if not hits or line.has("speculation"):
        return False
    words = tokens(line.scanned, language)
    return all(_asked(words, h.start, language) for h in hits)


def _names_mechanism(line: Line, view: View, known: frozenset[str]) -> bool:
    """Whether the sentence puts the failure down to a mechanism the incident does not name
    ("overnight frost got into the lock", "nuestra pasarela de pago se saturó", "serverele nu au
    făcut față traficului"): told as what happened, it states a cause with no "because". Not one
    the facts or fixes name, nor one denied just before ("it was not the update")."""
    hits = line.hits.get("cause_mechanism", ())
    if not hits:
        return False
    classes = lexicon(view.language)
    words = tokens(line.scanned, view.language)
    content = content_stems(line.scanned, view.language)
    # what the customer was left without is the harm: "cele 13 ore fără rețea", "no signal"
    lacking = word_list(view.language, "lacking")
    return any(
        {words[i].stem for i in range(h.start, h.end)} & content - known
        and not classes.negated_before(words, h.start, _DENIAL_REACH)
        and not (h.start and words[h.start - 1].fold in lacking)
        for h in hits
    )


#: How many of the incident's words before an explaining colon recall the failure.
_RECALLED = 2
#: A colon that explains ("you got the wrong box: the two share a shelf"), not a time ("8:15").
_EXPLAINING = re.compile(r":\s")


def _explains_after_colon(line: Line, view: View, known: frozenset[str]) -> bool:
    """ "Le entregamos la montura en negro: las dos versiones comparten ubicación en el almacén":
    what follows an explaining colon, told as why, states a cause with no "because" when it
    brings in enough the incident does not say."""
    cuts = word_offsets(line.scanned, _EXPLAINING, view.language)
    if not cuts:
        return False
    words = tokens(line.scanned, view.language)
    generic = lexicon(view.language).word_class("generic")
    content = content_stems(line.scanned, view.language)
    # the failure recalled before it ("you got the wrong box:"), not a lead-in ("what we know
    # so far is this:", "ce știm până acum:") before facts retold in other words
    recalled = {words[i].stem for i in range(cuts[0])} & content & known
    if len(recalled) < _RECALLED:
        return False
    after = range(cuts[0], len(words))
    novel = {
        words[i].stem
        for i in after
        if words[i].stem in content and words[i].stem not in known and not generic.accepts(words[i])
    }
    return len(novel) > _NOVEL_CAUSE


#: How many words after its lead a purpose's link may stand: "pentru ca nimeni să".
_PURPOSE_REACH = 4


def _without_purposes(line: Line, language: str) -> Line:
    """The sentence without the causes that are purposes: Romanian "pentru ca nimeni să nu mai
    treacă prin asta" (so that) is written as "pentru că" (because) is once folded; the missing
    accent and the "să" after it tell them apart (words.yaml `purpose_written`, `purpose_links`)."""
    causes = line.hits.get("cause", ())
    written = written_list(language, "purpose_written")
    if not causes or not written:
        return line
    words = tokens(line.scanned, language)
    links = written_list(language, "purpose_links")

    def purpose(hit: Hit) -> bool:
        after = words[hit.end : hit.end + _PURPOSE_REACH + 1]
        last = words[hit.end - 1].text.casefold()
        return last in written and any(w.text.casefold() in links for w in after)

    kept = tuple(h for h in causes if not purpose(h))
    if len(kept) == len(causes):
        return line
    hits = {k: v for k, v in line.hits.items() if k != "cause"}
    if kept:
        hits["cause"] = kept
    return Line(line.part, line.text, hits, line.scanned)


def check(view: View) -> Check:
    """Without a root cause in the incident, no part may state one; investigating is right."""
    incident = view.incident
    if incident.root_cause:
        return ok("no_invented_cause", "the incident gives the root cause")
    facts = (incident.what_happened, incident.impact, incident.customer.name, incident.company.name)
    # ... read by role too, as the draft is: "our vendor TrackWise" is a supplier in both
    told = " ".join(facts)
    known = content_stems(told, view.language) | content_stems(
        reader(incident)(told), view.language
    )
    changed = known | content_stems(
        " ".join([*incident.fixes, incident.follow_up.action if incident.follow_up else ""]),
        view.language,
    )
    # ... and, for a mechanism, what the customer told us they did or gave ("insulina
    # etichetată pe fiecare zi"): told back, it is theirs, not a cause we invent
    described = changed | content_stems(incident.customer_message or "", view.language)
    found: list[tuple[str, str]] = []
    for line in (_without_purposes(line, view.language) for line in view.lines):
        if _hedged(line, view.language):
            continue  # "we are still investigating what caused it": right, not a guess
        if line.part in _STATING and _names_mechanism(line, view, described):
            found.append(
                (
                    line.part,
                    f"{line.part}: names a cause the incident does not give: {quoted(line.text)}",
                )
            )
            continue
        if (
            line.part == "explanation"
            and not line.has(*_MARKERS, "speculation")
            and _explains_after_colon(line, view, known)
        ):
            found.append(
                (
                    line.part,
                    f"{line.part}: states a cause the incident does not give: {quoted(line.text)}",
                )
            )
            continue
        fixing = line.part == _FIXING and _gives_cause(line, view)
        if line.part not in _STATING and not fixing:
            continue
        if line.part == "responsibility" and line.has("ownership"):
            continue  # "the fault is ours, as we promised a repair by noon": owning, not cause
        if _only_asked(line, view.language):
            continue  # "verificăm în continuare ce anume a dus la această întârziere"
        novel = _novel_words(line, view, changed if fixing else known)
        guess, cause = _guesses(line, view.language), line.has(*_MARKERS)
        needed = (
            _NOVEL_GUESSED_CAUSE if guess and cause else _NOVEL_GUESS if guess else _NOVEL_CAUSE
        )
        if not guess and not line.has("cause", "cause_before"):
            needed += 1  # "…, so the surgery could not go ahead": often the facts retold
        stated = guess or cause
        if stated and len(novel) >= needed:
            found.append(
                (
                    line.part,
                    f"{line.part}: states a cause the incident does not give: {quoted(line.text)}",
                )
            )
    return verdict("no_invented_cause", [p for _, p in found], [part for part, _ in found])
