"""Excuses and the inevitable: circumstances, load or the trade's lot offered as the reason for
a failure, read one sentence at a time. `conduct.no_blame` reports what these find; here is how
an excuse is told from the words around it (owned first, denied, a name, the time a measure is
for, a request declined)."""

from __future__ import annotations

from draftkit.checks.view import SAID_REACH, Line, asked_just_before
from draftkit.lexicon import Hit, lexicon
from draftkit.text import BREAK, CLAUSE_END, tokens, word_list, word_offsets

#: How many words after an excuse's phrase still belong to it: "causas ajenas a nuestra
#: voluntad".
_EXCUSE_TAIL = 2

Found = list[tuple[str, str]]


def made_excuses(where: str, line: Line, language: str) -> Found:
    """The excuses one sentence of part WHERE makes."""
    if line.has("refuses_excuse"):  # "industry practice is no excuse"
        return []
    scanned = line.scanned
    # "we chose to move it before a busy weekend" owns it ("por causas ajenas a nuestra
    # voluntad, la estación no pudo": the "nuestra … no" that reads as ownership is the excuse's
    # own word) ... and only in its own clause ("Declarix a greșit; astfel de situații pot apărea
    # la orice aplicație" owns the first and excuses in the second)
    ends = word_offsets(scanned, CLAUSE_END, language) if line.has("excuse") else []

    def owns(claim: Hit, excuse: Hit) -> bool:
        first, last = sorted((claim.start, excuse.start))
        split = any(first < b <= last for b in ends)
        tail = excuse.start <= claim.start <= excuse.end + _EXCUSE_TAIL
        # ... said first: "con la temporada alta, se nos pasó" puts the load before the slip
        return not split and not tail and claim.start < excuse.start

    owning = () if line.has("concession") else line.hits.get("ownership", ())
    return [
        (where, f'{where}: makes an excuse: "{q}"')
        for hit, q in zip(line.hits.get("excuse", ()), line.quoted("excuse", language), strict=True)
        if not any(owns(claim, hit) for claim in owning)
        # "no está en nuestra mano ofrecerles ese pago": a request declined beside the
        # remedies, not the failure excused
        and not (where == "restore_value" and _declines(line, hit))
        # one clause's words: "nu a depins de public; noi am organizat" is no "nu a
        # depins de noi"
        and not any(hit.start < b < hit.end for b in ends)
        and not _a_name(scanned, language, hit)
        # "no es un caso aislado": the excuse's own words denied admit the failure
        and not _excuse_denied(line, language, hit)
        # "v-am spus că nu era treaba noastră": the excuse we made then, owned as said
        and not line.cue_before(hit, "said_then", reach=SAID_REACH)
        # "în perioadele aglomerate lucrăm de acum în două ture": the busy time a measure
        # is for, not the failure excused
        and not (where == "fix" and _when_measured(line, language, hit))
        and not (where == "regret" and _their_circumstance(line, language, hit))
    ]


def _their_circumstance(line: Line, language: str, hit: Hit) -> bool:
    """ "Ați trăit o situație periculoasă pe un drum aglomerat, la ora de vârf": the busy time
    the customer lived the harm in, told in the regret with them as its subject. Not "you
    waited, it was a very busy period" (a "be" makes the busy time the reason), nor one that
    names us ("actores ajenos a nosotros"), nor one after a concession or a clause end."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    you, we, be = (classes.word_class(n) for n in ("you", "we", "be"))
    stops = [e for e in word_offsets(line.scanned, CLAUSE_END, language) if e <= hit.start]
    stops += [h.end for h in line.hits.get("concession", ()) if h.end <= hit.start]
    opens = max([hit.start - _CIRCUMSTANCE_REACH, *stops, 0])
    theirs = [i for i in range(opens, hit.start) if you.accepts(words[i])]
    after = words[hit.end : hit.end + _CIRCUMSTANCE_AFTER]  # "…, când eram copleșiți"
    return bool(theirs) and not any(
        we.accepts(w) or be.accepts(w) for w in (*words[theirs[0] : hit.end], *after)
    )


#: How far before the busy time the customer who lived it may stand.
_CIRCUMSTANCE_REACH = 12
#: How far after it our own word or a "be" still makes it the reason.
_CIRCUMSTANCE_AFTER = 4


def called_inevitable(where: str, line: Line, language: str) -> Found:
    """ "We sent the wrong box, and these things happen": the failure as the normal lot."""
    if line.has("refuses_excuse"):
        return []
    return [
        (where, f'{where}: calls the failure inevitable: "{q}"')
        for hit, q in zip(
            line.hits.get("inevitable", ()), line.quoted("inevitable", language), strict=True
        )
        # "we do not yet know why either of those things happened": the events asked about
        if not _supposed(line, language, hit) and not asked_just_before(line, language, hit.start)
    ]


def _excuse_denied(line: Line, language: str, hit: Hit) -> bool:
    """ "No es un caso aislado", "this was not an isolated incident", "nu a fost un caz izolat":
    a "not", then only "be" and an article (words.yaml `denial_fillers`), then the excuse's own
    words say the failure was no such thing. Not "it was not something we had any control
    over", where the "not" is the excuse's."""
    words = tokens(line.scanned, language)
    classes = lexicon(language)
    negation, be = classes.word_class("negation"), classes.word_class("be")
    fillers = word_list(language, "denial_fillers")
    for between, word in enumerate(reversed(words[: hit.start])):
        if negation.accepts(word):
            return between > 0
        if not (be.accepts(word) or word.fold in fillers):
            return False
    return False


#: How far before a busy time set off by a comma the measure's time may stand.
_APPOSED_REACH = 10


def _when_measured(line: Line, language: str, hit: Hit) -> bool:
    """ "During peak periods we now…", "în perioadele de vârf", "en temporada alta": the time a
    measure of the fix is for, a preposition of time (words.yaml `measure_times`) right before
    the excuse's words or before their article."""
    words = tokens(line.scanned, language)[: hit.start]
    times = word_list(language, "measure_times")
    # ... or set off after that time: "on the last working day of each month, our busiest
    # completion days", the days named again
    if hit.start in word_offsets(line.scanned, BREAK, language) and any(
        w.fold in times for w in words[-_APPOSED_REACH:]
    ):
        return True
    articles = word_list(language, "definite_articles")
    for word in reversed(words[-2:]):
        if word.fold in times:
            return True
        if word.fold not in articles:
            return False
    return False


def _a_name(scanned: str, language: str, hit: Hit) -> bool:
    """ "Oat & Peanut Crunch Bars": an excuse word written with a capital inside the sentence
    is part of a name, not a rush or a crunch."""
    last = tokens(scanned, language)[hit.end - 1]
    return hit.end > 1 and last.text[:1].isupper()


def _declines(line: Line, hit: Hit) -> bool:
    return any(d.start <= hit.start < d.end for d in line.hits.get("declines", ()))


def _supposed(line: Line, language: str, hit: Hit) -> bool:
    """ "Dacă se mai întâmplă", "if it happens again": a repeat supposed, to say what we will do
    then, is no claim that failures happen."""
    words = tokens(line.scanned, language)[max(0, hit.start - 2) : hit.start]
    return not word_list(language, "supposing").isdisjoint(w.fold for w in words)
