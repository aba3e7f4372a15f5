"""What must not leave the company: internal notes, the instructions and foreign contacts (a
public reply's personal data is `privacy`'s)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal
from functools import lru_cache
from typing import cast

from draftkit.amounts import counts_in
from draftkit.checks.note_counts import counted, rounded
from draftkit.checks.view import View, fail, ok, place, placed, quoted, verdict
from draftkit.draft_types import Check
from draftkit.facts import calendar_words, contacts_in
from draftkit.languages import on_change
from draftkit.lexicon import Hit, holds, lexicon, quote, scan
from draftkit.provenance import (
    FIGURE,
    figure_digits,
    named_inside,
    names_in,
    note_openers,
    note_secrets,
    public_figures,
    public_words,
    shingles,
    trusted_text,
)
from draftkit.text import (
    CLAUSE_END,
    Token,
    content_stems,
    fold,
    function_words,
    sentences,
    tokens,
    word_list,
    word_offsets,
)

#: Square brackets around words: a drafting note or an unfilled blank ("[1]" is neither).
_BRACKETED = re.compile(r"\[[^\]\[]*[^\W\d_][^\]\[]*\]")
_IDENTIFIER = re.compile(r"\b(?:[A-Z]{2,}[-_]?\d{3,}|\d{6,})\b")
#: A social media handle: "@bogdanmatei_89".
_HANDLE = re.compile(r"(?=@)(?<![\w.])@[A-Za-z0-9_.]{3,}\b")
#: Four or more digits standing alone ("account ending 4471"): a card, account or order number,
#: unless it reads as a year.
_DIGITS = re.compile(r"(?=\d)(?<![\d:/])(?<!\d[.,])\d{4,}(?!\d|[.,:/]\d)")


def identifiers(text: str) -> set[str]:
    found = set(_IDENTIFIER.findall(text))
    found |= {d for d in _DIGITS.findall(text) if not (len(d) == 4 and 1900 <= int(d) <= 2100)}
    return found | set(_HANDLE.findall(text))


#: A draft sentence that shares this many of a note's own words (words the public fields never
#: use) says what the note says, in other words.
_NOTE_WORDS = 3


def _repeats(text: str, needle: tuple[str, object]) -> bool:
    kind, what = needle
    if kind == "name":
        return bool(names_in(text, frozenset({str(what)})))
    if kind == "figure":
        return what in {figure_digits(f) for f in FIGURE.findall(text)}
    if kind in ("round", "count"):
        language, value = cast("tuple[str, Decimal]", what)
        return any(count == value for _, count in counts_in(text, language, added=kind == "count"))
    return what in shingles(text, 5)


@on_change
@lru_cache(maxsize=256)
def _note_words(notes: str, public: str, language: str) -> frozenset[str]:
    return content_stems(notes, language) - content_stems(public, language)


def _private_words(phrase: str, public: str, language: str) -> bool:
    """Whether a phrase of the notes says something only the notes say: a word the public
    fields do not use, and not a generic one. "Un error de digitación en" retells the root
    cause's "digitó mal el RUT"; "ran the update at 2 a.m." is the note's own."""
    generic = lexicon(language).word_class("generic")
    own = content_stems(phrase, language) - content_stems(public, language)
    words = tokens(phrase, language)
    private = {w.stem for w in words if w.stem in own and not generic.accepts(w)}
    # "apelul din 6 octombrie a": a day the public facts give, told with one other word for
    # the call they describe, retells them
    months = calendar_words(language)
    dated = any(w.fold in months for w in words) and any(
        w.fold.isdigit() and w.fold in _public_numbers(public) for w in words
    )
    return len(private) >= (2 if dated else 1)


@lru_cache(maxsize=256)
def _public_numbers(public: str) -> frozenset[str]:
    return frozenset(re.findall(r"\d+", public))


#: What internal notes talk about (lexicon categories): a letter that raises one of these when the
#: notes do and the public fields do not tells what the notes say, in whatever words.
_TOPICS = (
    "topic_repeat",
    "topic_staffing",
    "topic_commercial",
    "topic_contract",
    "topic_legal",
)


@on_change
@lru_cache(maxsize=256)
def _private_topics(notes: str, public: str, language: str) -> frozenset[str]:
    """The topics the notes raise that nothing public raises."""

    def raised(text: str) -> set[str]:
        return {t for line in sentences(text) for t in scan(line, language) if t in _TOPICS}

    return frozenset(raised(notes) - raised(public))


#: A date written with slashes ("11/21", "12/4/2026"): its numbers are a day and a month.
_SLASH_DATE = re.compile(r"(?<![\d/])\d{1,4}/\d{1,2}(?:/\d{2,4})?(?![\d/])")
#: Words that may stand between a day and its month: "11 de noviembre", "the 11th of November".
_DATE_LINKS = frozenset({"de", "of", "the", "st", "nd", "rd", "th"})


def _figures(line: str, months: frozenset[str]) -> frozenset[str]:
    """The figures of a line (digits only), less the days of its dates: "on 11 November" and
    "11/21" name a day, not the "11 complaints" of a note."""
    text = _SLASH_DATE.sub(" ", line)
    found = set()
    for match in FIGURE.finditer(text):
        before = [fold(w).strip(".,;:()") for w in text[: match.start()].split()[-1:]]
        after = [fold(w).strip(".,;:()") for w in text[match.end() :].split()[:3]]
        while after[:1] and after[0] in _DATE_LINKS:
            after = after[1:]
        if months.intersection(before + after[:1]) and len(match.group()) <= 2:
            continue
        found.add(figure_digits(match.group()))
    return frozenset(found)


#: How many content words of a fix or a remedy the words around a topic share to restate it,
#: and how far around it they stand.
_PROMISE_WORDS = 3
_PROMISE_REACH = 5


def _restates_promise(
    words: Sequence[Token], ends: list[int], hit: Hit, promised: list[frozenset[str]]
) -> bool:
    """ "Medimos otra vez el hueco en la obra" for the fix "volvemos a medir el hueco en obra":
    the words around the repeat, in its own clause, are the fix's own; not "yours is not the
    first mix-up we have had", nor "…sunt suspendate; nu este prima sesizare", where a fix only
    stands beside the topic."""
    start = max([hit.start - _PROMISE_REACH, *(e for e in ends if e <= hit.start)])
    stop = min([hit.end + _PROMISE_REACH, *(e for e in ends if e >= hit.end)])
    around = {w.stem for w in words[max(0, start) : stop]}
    return any(len(around & stems) >= _PROMISE_WORDS for stems in promised)


@lru_cache(maxsize=8192)
def _line_reading(
    line: str, names: frozenset[str], months: frozenset[str]
) -> tuple[frozenset[str], frozenset[str]]:
    """The note names and figures (digits only) of one line of a draft: its lines recur across
    drafts, repairs and scores, so each is read once."""
    return frozenset(names_in(line, names)), _figures(line, months)


def no_internal_notes(view: View) -> Check:
    """Names, figures, phrases and the content of the notes, unless the public fields say it too."""
    notes = view.incident.internal_notes
    if not notes:
        return ok("no_internal_notes", "no internal notes given")
    names, figures, phrases = note_secrets(notes)
    # a word of a product's name may also be a common one ("the Business Plus plan"; "Plus, the
    # fee is coming back"): a month, a function or an addition word is no name by itself
    months = calendar_words(view.language)
    # ... nor a title ("Sra." of "la Sra. Méndez" in the notes, and of the draft's greeting)
    titles = word_list(view.language, "titles")
    common = months | function_words(view.language) | word_list(view.language, "addition") | titles
    names = frozenset(n for n in names if fold(n).rstrip(".") not in common)
    lines = [_line_reading(line, names, months) for line in view.text.split("\n") if line.strip()]
    draft_names = frozenset().union(*(named for named, _ in lines))
    draft_figures = frozenset().union(*(figures for _, figures in lines))
    public = trusted_text(view.incident) + "\n" + (view.incident.customer_message or "")
    said = public_words(public)
    # a note's sentence may open with a name: "Bethan cut the hem…"
    openers = note_openers(notes) - names
    function = function_words(view.language) | titles
    draft_names |= {
        name
        for line in view.text.split("\n")
        for name in named_inside(line, openers)
        if fold(name) not in function
    }
    repeated = [name for name in sorted(draft_names) if fold(name) not in said]
    problems = [f"repeats the name {quoted(name)} from the internal notes" for name in repeated]
    needles: list[tuple[str, object]] = [("name", name) for name in repeated]
    shown = public_figures(public)
    for figure in sorted(figures):
        digits = figure_digits(figure)
        if digits in draft_figures and digits not in shown:
            problems.append(f"repeats the figure {quoted(figure)} from the internal notes")
            needles.append(("figure", digits))
    for figure, count in rounded(figures, shown, view.text, public, view.language):
        problems.append(f"tells the figure {quoted(figure)} from the internal notes as {count:f}")
        needles.append(("round", (view.language, count)))
    for thing, count in counted(notes, view.text, public, view.language):
        if figure_digits(f"{count:f}") not in draft_figures:  # "7 homes": said above already
            written = next(
                (t.text for t in tokens(view.text, view.language) if t.stem == thing), ""
            )
            problems.append(f"tells the internal notes' count: {count:f} {written or thing}")
            needles.append(("count", (view.language, count)))
    # read whole: a phrase of the notes split across two parts is still repeated
    leaked = {
        shingle
        for shingle in (phrases & shingles(view.text, 5)) - shingles(public, 5)
        if _private_words(" ".join(shingle), public, view.language)
    }
    if leaked:
        problems.append(
            f"repeats the phrase {quoted(' '.join(sorted(leaked)[0]))} from the internal notes"
        )
        needles += [("phrase", shingle) for shingle in leaked]
    parts = place(view, needles, _repeats) if needles else []
    unplaced = bool(needles) and not parts  # an item lies across two parts: rewrite it whole
    private = _note_words(notes, public, view.language)
    topics = _private_topics(notes, public, view.language)
    # what the public fields promise, restated ("medimos otra vez el hueco" for the fix "volvemos
    # a medir el hueco"): a repeat or a topic in it is the promise, not the notes
    promised = [
        content_stems(text, view.language)
        for text in (*view.incident.fixes, *view.incident.remedies)
    ]
    for line in view.lines:
        stems = content_stems(line.text, view.language)
        retold = len(stems & private) >= _NOTE_WORDS
        # "garanția reținută a doua oară": a topic said in the public facts' own words (the
        # remedy unblocks "a doua garanție") is theirs, not the notes'
        hits = [hit for topic in topics for hit in line.hits.get(topic, ())]
        words = tokens(line.scanned, view.language) if hits else ()
        raised = [h for h in hits if not all(w.fold in said for w in words[h.start : h.end])]
        if raised:
            ends = word_offsets(line.scanned, CLAUSE_END, view.language)
            raised = [h for h in raised if not _restates_promise(words, ends, h, promised)]
        if retold or raised:
            problems.append(f"{line.part}: says what the internal notes say: {quoted(line.text)}")
            parts.append(line.part)
    return verdict("no_internal_notes", problems, [] if unplaced else parts)


# facts reads "612 345 678" as an amount, as it would "1 234 567"; but nine or more digits in
# groups of two or three are how Spanish and Romanian phone numbers are written, never a sum.
_GROUPED_PHONE = re.compile(r"(?=[+\d])(?<![\w.,+])\+?\d{2,3}(?: \d{2,3}){2,4}(?!\d|[.,]\d)")


def contacts(text: str) -> set[str]:
    """`facts.contacts_in`, plus phone numbers written in space-separated groups.

    Read line by line (no contact spans a line break): a letter's lines recur across its
    drafts, repairs and scores, and each is read once."""
    found: set[str] = set()
    for block in text.split("\n"):
        if block.strip():
            found |= _line_contacts(block)
    return found


@lru_cache(maxsize=8192)
def _line_contacts(text: str) -> frozenset[str]:
    phones = {re.sub(r"\D", "", m.group(0)) for m in _GROUPED_PHONE.finditer(text)}
    return frozenset(contacts_in(text) | {digits for digits in phones if len(digits) >= 9})


def _domain(contact: str) -> str:
    return contact.split("/", 1)[0]


@lru_cache(maxsize=256)
def _trusted_contacts(trusted: str) -> tuple[frozenset[str], frozenset[str]]:
    known = frozenset(contacts(trusted))
    return known, frozenset(_domain(c) for c in known if not c.isdigit() and "@" not in c)


def no_foreign_contacts(view: View) -> Check:
    found = contacts(view.text)
    if not found:  # most drafts: no need to read the incident's own contacts
        return ok("no_foreign_contacts")
    trusted, domains = _trusted_contacts(trusted_text(view.incident, quotes=False))
    foreign = [
        c
        for c in sorted(found)
        if c not in trusted and (c.isdigit() or "@" in c or _domain(c) not in domains)
    ]
    problems = [f"adds {quoted(c)}, which the incident does not contain" for c in foreign]
    parts = place(view, foreign, lambda text, contact: contact in contacts(text))
    return verdict("no_foreign_contacts", problems, parts)


def no_system_prompt(view: View) -> Check:
    """The instructions, quoted or paraphrased in any language, and talk of being a model."""
    found: list[tuple[str, str]] = []
    if view.system:
        echoed = shingles(view.system, 8) & shingles(view.text, 8)
        for shingle in sorted(echoed)[:1]:
            phrase = " ".join(shingle)
            keys = place(view, [shingle], lambda text, s: s in shingles(text, 8))
            found.append((keys[0] if keys else "", f"repeats the instructions: {quoted(phrase)}"))
    trusted = trusted_text(view.incident)
    facts = _stems_of(trusted, view.language)
    for line in view.lines:
        # "[Note: public reply, no names…]", "[Customer name]": a note to whoever sends the
        # draft, or a blank left to fill, is no text for the customer (unless the facts hold it)
        found += [
            (line.part, f"{line.part}: leaves a note or a blank in brackets: {quoted(b)}")
            for b in [b for b in _BRACKETED.findall(line.text) if _a_note(b[1:-1], trusted)][:1]
        ]
        # English too: the instructions are written in English, and so is most model chatter;
        # only its unmistakable phrases, since an English word may be a word of the draft's own.
        meta = [
            quote(line.scanned, view.language, hit)
            for hit in line.hits.get("meta", ())
            if not _in_the_facts(line.scanned, view.language, hit, facts)
        ]
        if not meta and view.language != "en":
            meta = [line.text] if holds(line.text, "en", "meta_anywhere") else []
        found += [
            (line.part, f"{line.part}: talks about the drafting: {quoted(q)}") for q in meta[:1]
        ]
    if any(not part for part, _ in found):
        return fail("no_system_prompt", [problem for _, problem in found])
    return placed("no_system_prompt", found)


def _a_note(inside: str, trusted: str) -> bool:
    """Whether bracketed words are a note or a blank: not a reference the facts hold, nor a
    ticket number ("[INC-4821]", "[Ticket 4821]"); words with a figure only when they run on
    ("[Note: call her back by 2 December]")."""
    if inside in trusted:
        return False
    words = inside.split()
    return not any(c.isdigit() for c in inside) or len(words) >= _NOTE_RUN


#: How many words a bracketed note with a figure in it runs to.
_NOTE_RUN = 3


@on_change
@lru_cache(maxsize=256)
def _stems_of(text: str, language: str) -> frozenset[str]:
    """The facts' content stems, once per incident text: every draft of it asks."""
    return content_stems(text, language)


def _in_the_facts(sentence: str, language: str, hit: Hit, facts: frozenset[str]) -> bool:
    """ "El borrador se guardó como definitivo": a word of the drafting ("draft", "borrador",
    "versiune") that the incident's own facts use is the thing that failed, not talk of the
    letter being written."""
    if hit.pattern.startswith("^"):
        return False  # "Nota: …" opening a sentence is an aside, whatever the facts say
    words = content_stems(
        " ".join(t.text for t in tokens(sentence, language)[hit.start : hit.end]), language
    )
    return bool(words) and words <= facts
