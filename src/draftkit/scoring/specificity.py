"""Specificity: concrete facts instead of boilerplate.

With an incident, the share of its facts the text carries: its figures (compared across number
formats, with small numbers also read as words: "two days" carries "2 days"), times, the named
remedies and fixes (by their content words), and the follow-up date. Without one, the density of
concrete details per sentence. Boilerplate ("a gesture of goodwill", "luăm toate măsurile")
costs points either way.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from draftkit.facts import mentions_date, parse_number
from draftkit.incident import Incident
from draftkit.languages import on_change
from draftkit.periods import number_words
from draftkit.scoring.model import Finding
from draftkit.scoring.text import Text
from draftkit.text import content_stems, sentences, tokens

BOILERPLATE_FACTOR = 0.8
# `(?=\d)` first: the lookbehind is then only tried where a digit starts.
_TIME = re.compile(r"(?=\d)(?<![\d.,:])(\d{1,2}):(\d{2})(?![\d:])")
_NUMBER = re.compile(
    r"(?=\d)(?<![\w.,])(\d{1,3}(?:[ .,\u00a0]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?)(?!\w)"
)
#: (label, content stems) of each remedy and fix an incident names.
_Named = tuple[tuple[str, frozenset[str]], ...]


def figures(text: str, language: str) -> dict[str, str]:
    """The figures of TEXT as {comparable key: as written}: numbers, times, number words."""
    return dict(_figures(text, language))


#: The regret scorer reads each sentence's figures, and the incident's, for every letter.
@on_change
@lru_cache(maxsize=4096)
def _figures(text: str, language: str) -> tuple[tuple[str, str], ...]:
    found: dict[str, str] = {}
    for match in _TIME.finditer(text):
        found.setdefault(f"{int(match.group(1))}:{match.group(2)}", match.group())
    rest = _TIME.sub(" ", text)
    for match in _NUMBER.finditer(rest):
        value = parse_number(match.group(1))
        if value is not None:
            found.setdefault(f"{value.normalize():f}", match.group(1))
    words = number_words(language)
    for word in tokens(text, language):
        if word.fold in words:
            found.setdefault(f"{words[word.fold].normalize():f}", word.text)
    return tuple(found.items())


@on_change
@lru_cache(maxsize=256)
def _facts(
    language: str, facts: tuple[str, ...], remedies: tuple[str, ...], fixes: tuple[str, ...]
) -> tuple[dict[str, str], _Named]:
    """An incident's figures and named measures: read once, then scored against many texts."""
    numbers: dict[str, str] = {}
    for text in (*facts, *remedies, *fixes):
        digits_only = {k: v for k, v in figures(text, language).items() if v[:1].isdigit()}
        for key, written in digits_only.items():
            numbers.setdefault(key, written)
    named = [(f"remedy: {r}", content_stems(r, language)) for r in remedies]
    named += [(f"measure: {f}", content_stems(f, language)) for f in fixes]
    return numbers, tuple((label, stems) for label, stems in named if stems)


@on_change
@lru_cache(maxsize=4096)
def _figure_keys(text: str, language: str) -> frozenset[str]:
    return frozenset(key for key, _ in _figures(text, language))


def _carried(raw: str, language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The figures (by key) and content stems of RAW, read sentence by sentence.

    The same as reading RAW whole (no figure or word spans two sentences), but a letter's
    sentences recur across its attempts and scores, and each is read once.
    """
    parts = sentences(raw)
    keys = frozenset().union(*(_figure_keys(part, language) for part in parts))
    return keys, frozenset().union(*(content_stems(part, language) for part in parts))


def _with_incident(text: Text, incident: Incident, raw: str) -> tuple[float, list[Finding]]:
    language = text.language
    facts = (incident.what_happened, incident.impact, incident.root_cause or "")
    numbers, named = _facts(language, facts, tuple(incident.remedies), tuple(incident.fixes))
    # what we ask of the customer ("we recommend reconfirming by phone the day before") is no
    # measure of ours, however many words it shares with one
    ours = raw
    asked = ("advice", "duty", "clients_told", "blame_customer")
    if any(s.has(*asked) for s in text.sentences):
        ours = "\n".join(s.text for s in text.sentences if not s.has(*asked))
    present, stems = _carried(ours, language)
    findings: list[Finding] = []
    covered = sum(1 for key in numbers if key in present)
    total = len(numbers)
    for label, wanted in named:
        total += 1
        if len(wanted & stems) / len(wanted) >= 0.5:
            covered += 1
        else:
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence="",
                    effect=-1 / max(1, len(named)),
                    reason=f"does not mention the {label}",
                )
            )
    for key, written in numbers.items():
        if key not in present:
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence="",
                    effect=0.0,
                    reason=f"does not mention the figure {written}",
                )
            )
    if incident.follow_up:
        total += 1
        if mentions_date(raw, incident.follow_up.by, language):
            covered += 1
        else:
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence="",
                    effect=-0.1,
                    reason=f"does not give the follow-up date {incident.follow_up.by}",
                )
            )
    return covered / max(1, total), findings


def _without_incident(text: Text) -> tuple[float, list[Finding]]:
    concrete = 0
    findings = []
    for sentence in text.sentences:
        count = len(figures(sentence.text, text.language))
        if count:
            concrete += count
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence=sentence.text,
                    effect=0.1 * count,
                    reason=f"{count} concrete detail(s)",
                )
            )
    density = concrete / max(1, len(text.sentences))
    return 1 - math.exp(-1.5 * density), findings


def score_specificity(
    text: Text, incident: Incident | None, raw: str
) -> tuple[float, list[Finding]]:
    if incident is not None:
        value, findings = _with_incident(text, incident, raw)
    else:
        value, findings = _without_incident(text)
    for sentence in text.sentences:
        for phrase in sentence.quoted("boilerplate", text.language):
            value *= BOILERPLATE_FACTOR
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence=sentence.text,
                    effect=-(1 - BOILERPLATE_FACTOR),
                    reason=f'boilerplate that says nothing: "{phrase}"',
                )
            )
    return round(max(0.0, min(1.0, value)), 4), findings
