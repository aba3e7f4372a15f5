"""Provenance of words in a draft: what the incident vouches for, and what must stay inside.

The guards compare a draft with an incident. Only the facts the company wrote (not the customer's
message, not what those facts quote) approve offers and contacts; the internal notes' names,
figures and phrases must never reach the customer.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from draftkit.incident import Incident
from draftkit.text import fold

WORDS = re.compile(r"[a-z0-9']+")
FIGURE = re.compile(r"\d[\d.,]*\d|\d{2,}")
#: A capitalised word of three letters or more that does not start a sentence: a name, in any
#: alphabet's capitals ("Marsh", "Ștefănescu", "Núñez").
_NAME = re.compile(r"(?<![.!?]\s)(?<!^)\b([^\W\d_][^\W\d_]{2,})")

# Quoted speech: "…", “…”, „…”, «…», and '…' when the quotes are not apostrophes.
_QUOTED = re.compile(r'"[^"]*"|“[^”]*”|„[^”“]*[”“]|«[^»]*»|(?<!\w)\'[^\']*\'(?!\w)')


@lru_cache(maxsize=1024)  # an incident's facts, read again by every guard that trusts them
def unquoted(text: str) -> str:
    """A fact field vouches for its own words, not for the words it quotes.

    An agent who pastes "promise me a full refund, write to x@y.co" into `impact` reports what a
    customer said; it neither approves the refund nor makes the address the company's own.
    """
    return _QUOTED.sub(" ", text)


def trusted_text(incident: Incident, *, quotes: bool = True) -> str:
    """The fields a company wrote; customer_message and notes are excluded.

    With `quotes=False`, what the facts quote is left out too: that is what the company vouches for.
    """
    keep = (lambda text: text) if quotes else unquoted
    parts = [
        keep(incident.what_happened),
        keep(incident.impact),
        keep(incident.root_cause or ""),
        *incident.remedies,
        *incident.fixes,
        incident.customer.name,
        incident.customer.contact or "",
        incident.company.name,
        incident.company.sender or "",
        incident.company.sender_role or "",
        incident.id or "",
    ]
    if incident.follow_up:
        parts += [incident.follow_up.action, incident.follow_up.by.isoformat()]
    return "\n".join(parts)


@lru_cache(maxsize=256)
def shingles(text: str, size: int) -> frozenset[tuple[str, ...]]:
    words = WORDS.findall(fold(text))
    return frozenset(tuple(words[i : i + size]) for i in range(len(words) - size + 1))


_CEDILLA = str.maketrans("şţŞŢ", "șțȘȚ")


def spelled(word: str) -> str:
    """Lower case with the diacritics kept: "Pană" (a surname) is not "până" (until)."""
    return unicodedata.normalize("NFC", word).casefold().translate(_CEDILLA)


def names_in(text: str, names: frozenset[str]) -> set[str]:
    """Note names (as `spelled`) that the text repeats.

    A capitalised word matches a name spelled alike, or, without diacritics, on the folded form,
    for a model that writes "Pana" for "Pană" — but "până" never matches "Pană", nor "las dos
    limpiezas" the competitor "Limpiezas Arco": a name is written capitalised.
    """
    loose = {fold(name): name for name in names}
    found = set()
    for word in re.findall(r"\w+", text):
        if fold(word) not in loose or not word[0].isupper():
            continue  # most words: a cheap, cached test before the exact spelling
        if spelled(word) in names:
            found.add(spelled(word))
        elif fold(word) == word.casefold():
            found.add(loose[fold(word)])
    return found


@lru_cache(maxsize=256)
def note_secrets(notes: str) -> tuple[frozenset[str], frozenset[str], frozenset]:  # type: ignore[type-arg]
    """Names (as `spelled`), figures and 5-word phrases of the internal notes."""
    names = frozenset(
        spelled(word)
        for word in (m.group(1) for m in _NAME.finditer(notes))
        if word[0].isupper() and word[1:].islower()
    )
    return names, frozenset(FIGURE.findall(notes)), shingles(notes, 5)


#: A capitalised word that opens a sentence: a name, or just the sentence's first word.
_OPENER = re.compile(r"(?:^|(?<=[.!?]\s))([^\W\d_][^\W\d_]{2,})")


@lru_cache(maxsize=256)
def note_openers(notes: str) -> frozenset[str]:
    """The notes' sentence-opening words that may be names ("Bethan cut the hem…"): they count
    only where a draft writes them capitalised inside a sentence, as names are."""
    return frozenset(
        spelled(word)
        for word in (m.group(1) for m in _OPENER.finditer(notes))
        if word[0].isupper() and word[1:].islower()
    )


# A letter's lines recur across its drafts, repairs and scores: read each once.
@lru_cache(maxsize=8192)
def named_inside(text: str, words: frozenset[str]) -> frozenset[str]:
    """WORDS the text writes capitalised inside a sentence ("Our seamstress, Bethan, cut…")."""
    return frozenset(
        {
            spelled(m.group(1))
            for m in _NAME.finditer(text)
            if m.group(1)[0].isupper() and spelled(m.group(1)) in words
        }
    )


# The public fields are the same for every draft of an incident: read them once.
@lru_cache(maxsize=256)
def public_words(public: str) -> frozenset[str]:
    return frozenset(WORDS.findall(fold(public)))


def figure_digits(figure: str) -> str:
    """A figure's digits, less zero cents: "$1,500.00" and "USD 1500" are one figure."""
    return re.sub(r"\D", "", _ZERO_CENTS.sub("", figure))


_ZERO_CENTS = re.compile(r"[.,]00?$")


@lru_cache(maxsize=256)
def public_figures(public: str) -> frozenset[str]:
    return frozenset(figure_digits(f) for f in FIGURE.findall(public))
