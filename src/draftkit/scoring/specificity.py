"""Specificity: concrete facts instead of boilerplate.

With an incident, the share of its facts the text carries: amounts, counts, dates and durations
(compared across number and date formats by `draftkit.facts`), the named remedies and fixes, and
the follow-up date. Without one, the density of concrete details per sentence. Boilerplate ("a
gesture of goodwill", "luăm toate măsurile") costs points either way.
"""

from __future__ import annotations

import math
from decimal import Decimal
from functools import lru_cache

from draftkit.facts import durations_in, mentions_date, numbers_in
from draftkit.incident import Incident
from draftkit.scoring.model import Finding
from draftkit.scoring.text import Text, hits
from draftkit.scoring.words import content_stems

BOILERPLATE_FACTOR = 0.8
#: (label, content stems) of each remedy and fix an incident names.
_Named = tuple[tuple[str, frozenset[str]], ...]


def _incident_facts(incident: Incident) -> tuple[frozenset[Decimal], _Named]:
    facts = (incident.what_happened, incident.impact, incident.root_cause or "")
    return _facts(incident.language, facts, tuple(incident.remedies), tuple(incident.fixes))


@lru_cache(maxsize=256)
def _facts(
    language: str, facts: tuple[str, ...], remedies: tuple[str, ...], fixes: tuple[str, ...]
) -> tuple[frozenset[Decimal], _Named]:
    """An incident's figures and named measures: read once, then scored against many drafts."""
    numbers = frozenset(n for t in (*facts, *remedies, *fixes) for n in numbers_in(t))
    named = [(f"remedy: {r}", content_stems(r, language)) for r in remedies]
    named += [(f"measure: {f}", content_stems(f, language)) for f in fixes]
    return numbers, tuple((label, stems) for label, stems in named if stems)


def _with_incident(text: Text, incident: Incident, raw: str) -> tuple[float, list[Finding]]:
    language = text.language
    numbers, named = _incident_facts(incident)
    present_numbers = set(numbers_in(raw))
    stems = content_stems(text.folded, language)
    findings: list[Finding] = []
    covered = len(numbers & present_numbers)
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
    for missing in sorted(numbers - present_numbers):
        findings.append(
            Finding(
                dimension="specificity",
                sentence="",
                effect=0.0,
                reason=f"does not mention the figure {missing.normalize()}",
            )
        )
    dates = [d for d in (incident.follow_up.by if incident.follow_up else None,) if d]
    for date in dates:
        total += 1
        if mentions_date(raw, date, language):
            covered += 1
        else:
            findings.append(
                Finding(
                    dimension="specificity",
                    sentence="",
                    effect=-0.1,
                    reason=f"does not give the follow-up date {date}",
                )
            )
    return covered / max(1, total), findings


def _without_incident(text: Text, raw: str) -> tuple[float, list[Finding]]:
    concrete = 0
    findings = []
    for sentence in text.sentences:
        count = len(numbers_in(sentence.text)) + len(durations_in(sentence.text, text.language))
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
    return 1 - math.exp(-2.5 * density), findings


def score_specificity(
    text: Text, incident: Incident | None, raw: str
) -> tuple[float, list[Finding]]:
    if incident is not None:
        value, findings = _with_incident(text, incident, raw)
    else:
        value, findings = _without_incident(text, raw)
    for sentence in text.sentences:
        for phrase in hits(text.language, "boilerplate", sentence.folded):
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
