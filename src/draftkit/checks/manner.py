"""How the apology speaks to the customer: whether it apologises without conditions or formulas,
and whether it talks down to them. Who failed and who is blamed is `conduct`'s."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

from draftkit.checks.view import SAID_REACH, Line, View, placed
from draftkit.draft_types import Check
from draftkit.languages import on_change, pack
from draftkit.lexicon import Hit, lexicon, quote
from draftkit.provenance import trusted_text
from draftkit.text import Token, content_stems, kin, tokens, word_list


class _Scanned(Protocol):
    @property
    def scanned(self) -> str: ...

    def has(self, *categories: str) -> bool: ...


def apologises(line: _Scanned, language: str) -> bool:
    """Whether the sentence apologises at all: a condition only makes an apology conditional.

    "If you run into anything else, write to us" is help, not a non-apology.
    """
    if line.has("regret"):
        return True
    regret = lexicon(language).word_class("regret_word")
    return any(regret.accepts(word) for word in tokens(line.scanned, language))


def no_non_apology(view: View) -> Check:
    language = view.language
    harm = content_stems(view.incident.impact, language)
    found = [
        (line.part, f'{line.part}: non-apology "{quote(line.scanned, language, hit)}"')
        for line in view.lines
        for category in ("conditional", "formulaic")
        # Most sentences hold no condition: ask whether they apologise only when one does.
        if category == "formulaic" or (line.has("conditional") and apologises(line, language))
        for hit in line.hits.get(category, ())
        if category == "formulaic" or not _yes(line, language, hit)
        if category != "formulaic" or not _names_the_harm(view, line, hit, harm)
    ]
    return placed("no_non_apology", found)


def _yes(line: Line, language: str, hit: Hit) -> bool:
    """ "Sí, les leemos: disculpas por…": a "yes" that folds to "if" opens no condition."""
    words = tokens(line.scanned, language)
    # as written, accent and all: folded, "sí" would be "si"
    not_if = {str(w).casefold() for w in pack(language).data("words").get("not_if") or []}
    return any(w.text.casefold() in not_if for w in words[hit.start : hit.end])


#: How many of the impact's own words (no generic ones) name the customer's harm.
_HARM_NAMED = 3


def _names_the_harm(view: View, line: Line, hit: Hit, harm: frozenset[str]) -> bool:
    """ "Sorry for the distress our mistake caused: Bracken's wasted fast, a two-week wait…":
    the sentence names the harm itself, in the impact's words, after the generic word or
    before it ("la ziua liberă pierdută, drumul făcut în zadar și disconfortul pe care…"), or
    another sentence of its part does ("You broke your wrist… I am sorry for the pain and the
    disruption we have caused you"), so the generic word is not said instead of the harm.
    Never a hedged one ("any inconvenience", "cualquier molestia"), which is the formula itself."""
    language = view.language
    words = tokens(line.scanned, language)
    hedges = word_list(language, "hedges")
    if any(w.fold in hedges for w in words[: hit.end]):
        return False
    rest = words[: hit.start] + words[hit.end :]
    return _harm_in(rest, language, harm) or any(
        _harm_in(tokens(other.scanned, language), language, harm)
        for other in view.part(line.part)
        if other is not line
    )


def _harm_in(words: Sequence[Token], language: str, harm: frozenset[str]) -> bool:
    generic = lexicon(language).word_class("generic")
    named = {w.stem for w in words if not generic.accepts(w) and kin(w.stem, harm)}
    return len(named) >= _HARM_NAMED


def no_insults(view: View) -> Check:
    language = view.language
    trusted = trusted_text(view.incident)
    found = [
        (line.part, f'{line.part}: insult "{quote(line.scanned, language, hit)}"')
        for line in view.lines
        for hit in line.hits.get("insult", ())
        # what we say we do not ask of the customer ("nu vă cer să treceți peste asta"), or
        # their manner then said to be justified, is no insult
        if not line.cue_before(hit, "not_asked", reach=1)
        and not _proved_right(line, hit)
        # "entendemos que nos escribiera en mayúsculas": the manner understood, not mocked
        and not _understood(line, hit)
        and not _said_of_us(line, language, hit)
        and not _the_facts_words(line, language, hit, trusted)
        and not _their_own_words(line, language, hit, view.incident.customer_message or "")
        and not _denied(line, language, hit)
    ]
    found += [
        (line.part, f'{line.part}: talks down to the customer: "{q}"')
        for line in view.lines
        if line.has("you")
        for hit, q in zip(line.hits.get("rude", ()), line.quoted("rude", language), strict=True)
        if not _denied(line, language, hit)
        # "te dijimos que no era cosa nuestra": what we said then, owned, not said now
        and not line.cue_before(hit, "said_then", reach=SAID_REACH)
        # "ne-ați întrebat cum am putut fi atât de neglijenți": the judging word said of us
        and not _judges_us(line, language, hit)
    ]
    found += [
        (line.part, f'{line.part}: dismisses the customer\'s reaction: "{q}"')
        for line in view.lines
        if line.has("dismissal") and not line.has("validates")
        for q in _their_reaction(line, language)
    ]
    return placed("no_insults", found)


def _their_own_words(line: Line, language: str, hit: Hit, message: str) -> bool:
    """ "Ne-ați scris că a fost cea mai grea zi din viața dumneavoastră": the customer's own
    words, from their message, told back to them as theirs ("you wrote that…"), not a mockery
    of ours; an insult their message asks for ("call me an idiot") is still ours to refuse."""
    words = tokens(line.scanned, language)
    reporting = word_list(language, "reporting")
    before = words[max(0, hit.start - _REPORT_REACH) : hit.start]
    if not message or not any(w.fold in reporting for w in before):
        return False
    theirs, _ = _the_facts(message, language)  # the message read once, as the facts are
    return f" {' '.join(w.fold for w in words[hit.start : hit.end])} " in theirs


#: How far before the customer's words the verb that reports them may stand: "ne-ați scris că
#: a fost …".
_REPORT_REACH = 6


def _the_facts_words(line: Line, language: str, hit: Hit, trusted: str) -> bool:
    """ "Mențiunile de alergie vor apărea pe bon cu majuscule": a fix the incident states in
    those very words, restated, describes our receipt, not the customer's manner; and "your
    novel" where the facts lent the customer a book club's novel is that book, not their
    message mocked: a thing of theirs whose every word of content is one of the facts' (not
    "fuera de lugar" because the facts say "en lugar de")."""
    facts, fact_stems = _the_facts(trusted, language)
    words = tokens(line.scanned, language)[hit.start : hit.end]
    yours = any(lexicon(language).word_class("you").accepts(w) for w in words)
    said = content_stems(" ".join(w.text for w in words), language) if yours else frozenset()
    return f" {' '.join(w.fold for w in words)} " in facts or (bool(said) and said <= fact_stems)


@on_change
@lru_cache(maxsize=256)
def _the_facts(trusted: str, language: str) -> tuple[str, frozenset[str]]:
    """The facts' (or the customer's message's) folded words, spaced for a phrase search, and
    their content stems: read once per incident, and only when an insult word needs them."""
    folded = f" {' '.join(w.fold for w in tokens(trusted, language))} "
    return folded, content_stems(trusted, language)


#: How far before the customer's manner "we understand why" may stand.
_UNDERSTOOD_REACH = 6


#: How far after a judging phrase an "our" says whose it is: "tonul nepotrivit al colegului nostru".
_OURS_REACH = 3


def _denied(line: Line, language: str, hit: Hit) -> bool:
    """ "Su exigencia no es en absoluto excesiva", "is not at all excessive": the judging word a
    claim ends on, after a negation that goes with "is" (only "at all" words between), clears
    the customer instead of judging them; "para quien no conoce" denies nothing."""
    words = tokens(line.scanned, language)
    vocab = lexicon(language)
    negation, softeners = vocab.word_class("negation"), vocab.word_class("not_at_all")
    last = hit.end - 1
    if negation.accepts(words[last]):
        return False
    for at in range(last - 1, max(-1, last - 1 - _DENIAL_REACH), -1):
        if negation.accepts(words[at]):
            near = (words[at - 1] if at else None, words[at + 1])
            return any(w is not None and softeners.accepts(w) for w in near)
        if not softeners.accepts(words[at]):
            return False
    return False


#: How many words a negation may stand before the judging word it denies.
_DENIAL_REACH = 5


def _said_of_us(line: Line, language: str, hit: Hit) -> bool:
    """ "Ne cerem scuze pentru tonul nepotrivit al colegului nostru": the judging word said of
    our own staff's manner, with no "you" in it, is an apology, not an insult."""
    # only a judged manner ("the tone") can be ours; "as I explained in my last emails" is not
    if not any(hit.start <= r.start and r.end <= hit.end for r in line.hits.get("reaction", ())):
        return False
    words = tokens(line.scanned, language)
    vocab = lexicon(language)
    ours, you = vocab.word_class("our"), vocab.word_class("you")
    after = words[hit.end : hit.end + _OURS_REACH]
    # whose the manner is, linked to it: not "making a scene on our page"
    linked = bool(after) and after[0].fold in word_list(language, "belongs")
    return (
        linked
        and not any(you.accepts(w) for w in words[hit.start : hit.end])
        and any(ours.accepts(w) for w in after)
    )


def _judges_us(line: Line, language: str, hit: Hit) -> bool:
    """ "Răspunsul este că am fost neglijenți": a first person between the words judged and the
    judging word is who is judged (us), not the customer."""
    vocab = lexicon(language)
    ours = [vocab.word_class(n) for n in ("we_subj", "we_verb")]
    words = tokens(line.scanned, language)
    return any(c.accepts(w) for w in words[hit.start + 1 : hit.end] for c in ours)


def _understood(line: Line, hit: Hit) -> bool:
    """ "Înțeleg de ce ați scris cu majuscule": the customer's manner (their capitals, their
    tone) said to be understood just before it; not "entiendo que para usted son una fortuna"."""
    # the insult found is the manner itself ("en mayúsculas"), not a jibe built round it ("e
    # mai simplu să scrieți cu semne de exclamare decât să citiți")
    manner = any(
        r.end == hit.end and r.start - 1 <= hit.start for r in line.hits.get("reaction", ())
    )
    return manner and line.cue_before(hit, "understands", reach=_UNDERSTOOD_REACH)


def _proved_right(line: Line, hit: Hit) -> bool:
    """ "Nos escribió en mayúsculas, y con motivo", "you wrote in capitals, and rightly so": the
    manner named and then said to be justified is no mockery of it."""
    return any(cue.start >= hit.end for cue in line.hits.get("rightly", ()))


def _their_reaction(line: Line, language: str) -> list[str]:
    """The customer's reaction or manner a sentence names ("the dramatics", "tanto escándalo"),
    not ours ("our tone", "the tone of our first reply": "our" within three words of it)."""
    ours = lexicon(language).word_class("our")
    words = tokens(line.scanned, language)
    return [
        quote
        for hit, quote in zip(
            line.hits.get("reaction", ()), line.quoted("reaction", language), strict=True
        )
        if not any(
            ours.accepts(word)
            for word in (*words[max(0, hit.start - 3) : hit.start], *words[hit.end : hit.end + 3])
        )
        and not _denied(line, language, hit)
    ]
