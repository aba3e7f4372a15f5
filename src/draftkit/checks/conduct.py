"""How the draft behaves: it owns the failure, blames nobody, apologises plainly, insults no one.

Blame is read by who does what, not by a list of nouns: the customer as the one who should have
acted ("had you called us first…", "we recommend that you…"), another party as the one at fault
in the part where the company owns the failure, accountability handed on ("we will hold them
accountable", "they told us the cause was…"), excuses, and a responsibility part that never says,
in the first person, that the company failed.
"""

from __future__ import annotations

from typing import Protocol

from draftkit.checks.view import View, placed
from draftkit.draft_types import Check
from draftkit.lexicon import lexicon
from draftkit.text import tokens

#: Where naming another party is blame rather than a fact: where the failure is owned and regretted.
_OWNING_PARTS = ("responsibility", "regret")


def no_blame(view: View) -> Check:
    language = view.language
    found: list[tuple[str, str]] = []
    for line in view.lines:
        where = line.part
        found += [
            (where, f'{where}: blames the customer: "{q}"')
            for q in line.quoted("blame_customer", language)
        ]
        found += [
            (where, f'{where}: makes an excuse: "{q}"') for q in line.quoted("excuse", language)
        ]
        found += [
            (where, f'{where}: shifts the blame: "{q}"') for q in line.quoted("shift", language)
        ]
        if where in _OWNING_PARTS and line.has("party") and not line.has("clears"):
            parties = ", ".join(dict.fromkeys(line.quoted("party", language)))
            found.append((where, f'{where}: points at another party ("{parties}")'))
    owning = view.part("responsibility")
    if owning and not any(line.has("ownership") for line in owning):
        # Ownership has endless phrasings; evasion has two tells: the passive that names no one
        # ("an error occurred"), or no first person at all in the part that should own it.
        evasive = [q for line in owning for q in line.quoted("passive", language)]
        we = lexicon(language).word_class("we")
        anyone = any(we.accepts(w) for line in owning for w in tokens(line.scanned, language))
        if evasive or not anyone:
            how = f' ("{evasive[0]}")' if evasive else ' (nobody in it is "we")'
            found.append(("responsibility", f"responsibility: does not own the failure{how}"))
    return placed("no_blame", found)


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
    found = [
        (line.part, f'{line.part}: non-apology "{q}"')
        for line in view.lines
        for category in ("conditional", "formulaic")
        if category == "formulaic" or apologises(line, language)
        for q in line.quoted(category, language)
    ]
    return placed("no_non_apology", found)


def no_insults(view: View) -> Check:
    language = view.language
    found = [
        (line.part, f'{line.part}: insult "{q}"')
        for line in view.lines
        for q in line.quoted("insult", language)
    ]
    found += [
        (line.part, f'{line.part}: talks down to the customer: "{q}"')
        for line in view.lines
        if line.has("you")
        for q in line.quoted("rude", language)
    ]
    return placed("no_insults", found)
