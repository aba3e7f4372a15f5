"""A draft as the guards read it: split into sentences once, each scanned once by the lexicon.

Every guard gets the same `View`, so twelve guards do not redo the same string work, and every
finding can name the part it lies in: a repair then rewrites only that part.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TypeVar

from draftkit.draft_types import CONTENT_KEYS, PART_NAMES, Check, DraftContent
from draftkit.incident import Incident
from draftkit.lexicon import Hit, Scanned, scan
from draftkit.roles import reader
from draftkit.text import sentences, tokens, written_list


@dataclass(frozen=True)
class Line(Scanned):
    """One sentence of the draft: the key it lies in, its text and the lexicon's hits."""

    part: str
    text: str
    hits: dict[str, tuple[Hit, ...]]
    scanned: str  # the text the hits index: its parties read by role (see `roles`)

    def cue_before(self, hit: Hit, category: str, reach: int) -> bool:
        """Whether a CATEGORY phrase ends at most REACH words before HIT: the cue that turns it
        round ("no one else" before "to hold responsible", "I am not asking you" before "to get
        over it", "we told you that" before "it was not our problem")."""
        return any(0 <= hit.start - cue.end <= reach for cue in self.hits.get(category, ()))


#: How far after "we told you that" what we said then may start ("…que el problema no era
#: nuestro"): the words we confess to having said, not said now.
SAID_REACH = 3


def asked_just_before(line: Line, language: str, at: int, breaks: Iterable[int] = ()) -> bool:
    """Whether a question word, as written (words.yaml `asked_about`: "qué" asks, "que"
    relates), stands just before word AT with none of BREAKS between: what follows is the
    question asked ("investigăm cum a fost posibil ca…", "why either of those things
    happened"), not a claim."""
    asks = written_list(language, "asked_about")
    words = tokens(line.scanned, language)
    cuts = tuple(breaks)
    return any(
        words[i].text.casefold() in asks and not any(i < b <= at for b in cuts)
        for i in range(max(0, at - ASKED_REACH), at)
    )


#: How many words before what is asked the question word may stand: "cum a fost posibil ca",
#: "why either of those things".
ASKED_REACH = 3


class View:
    def __init__(self, content: DraftContent, incident: Incident, system: str | None) -> None:
        self.content = content
        self.incident = incident
        self.language = incident.language
        self.system = system
        self.body = content.text()
        # An e-mail's or a letter's subject is read too: links and notes in it count.
        self.text = "\n\n".join(filter(None, (content.subject.strip(), self.body)))
        by_role = reader(incident)
        self.lines = []
        for key in ("subject", "greeting", *PART_NAMES, "closing"):
            for sentence in sentences(getattr(content, key)):
                scanned = by_role(sentence)
                self.lines.append(Line(key, sentence, scan(scanned, self.language), scanned))

    def part(self, *keys: str) -> list[Line]:
        return [line for line in self.lines if line.part in keys]


def failed(checks: Iterable[Check]) -> list[Check]:
    return [check for check in checks if not check.passed]


def ok(name: str, detail: str = "") -> Check:
    return Check(name=name, passed=True, detail=detail)


def fail(name: str, problems: list[str], parts: Iterable[str] = ()) -> Check:
    detail = "; ".join(dict.fromkeys(problems))
    return Check(name=name, passed=False, detail=detail, parts=tuple(dict.fromkeys(parts)))


def verdict(name: str, problems: list[str], parts: Iterable[str] = ()) -> Check:
    """PARTS: the draft keys every problem lies in, when each one's place is known."""
    return fail(name, problems, parts) if problems else ok(name)


def placed(name: str, located: list[tuple[str, str]]) -> Check:
    """A verdict from (part, problem) pairs: the repair can rewrite just those parts."""
    return verdict(name, [problem for _, problem in located], [part for part, _ in located])


_Item = TypeVar("_Item")


def place(view: View, items: Iterable[_Item], holds: Callable[[str, _Item], bool]) -> list[str]:
    """The keys that hold each item; none when an item lies in no single key (across two)."""
    keys: list[str] = []
    for item in items:
        found = [key for key in CONTENT_KEYS if holds(getattr(view.content, key), item)]
        if not found:
            return []
        keys += found
    return keys


def quoted(text: str, limit: int = 70) -> str:
    text = " ".join(text.split())
    return f'"{text if len(text) <= limit else text[: limit - 1] + "…"}"'
