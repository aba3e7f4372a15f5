"""Regret: an explicit, first-person "we are sorry" that names this customer's harm.

Formulaic regret ("any inconvenience", "disculpe las molestias"), thanks for patience or "service
has been restored" in its place, and melodrama out of proportion to the severity cost points;
where the parts are known, regret belongs in the last one.
"""

from __future__ import annotations

import re

from draftkit.incident import Incident
from draftkit.scoring.model import Finding, squash
from draftkit.scoring.text import Text, hits
from draftkit.scoring.words import content_stems

BASE = -1.0
#: How much melodrama costs, by severity: a storm in a teacup costs most.
MELODRAMA = {"low": -1.0, "medium": -0.8, "high": -0.4, "critical": -0.2}


def _names_harm(sentence: str, folded: str, language: str, impact: frozenset[str]) -> bool:
    if impact:
        return len(content_stems(folded, language) & impact) >= 2
    return bool(hits(language, "harm", folded))


def score_regret(text: Text, incident: Incident | None) -> tuple[float, list[Finding]]:
    language = text.language
    impact = content_stems(incident.impact, language) if incident else frozenset()
    severity = incident.severity if incident else "medium"
    points, findings = BASE, []

    def note(sentence: str, effect: float, reason: str) -> None:
        nonlocal points
        points += effect
        findings.append(
            Finding(dimension="regret", sentence=sentence, effect=effect, reason=reason)
        )

    regretted, harm_named, last_third = False, False, len(text.sentences) * 2 / 3
    for sentence in text.sentences:
        formulaic = hits(language, "formulaic", sentence.folded) or hits(
            language, "non_apology", sentence.folded
        )
        explicit = hits(language, "regret", sentence.folded)
        if formulaic:
            note(sentence.text, -1.0, f'formulaic regret: "{formulaic[0]}"')
        elif explicit:
            if not regretted:
                note(sentence.text, 0.9, f'explicit first-person regret: "{explicit[0]}"')
                regretted = True
            if not harm_named and _names_harm(sentence.text, sentence.folded, language, impact):
                note(sentence.text, 1.0, "names the harm done to the customer")
                harm_named = True
            placed_last = (
                (sentence.part == "regret") if text.parts_known else (sentence.index >= last_third)
            )
            if placed_last:
                note(sentence.text, 0.3, "regret comes last, after the actions")
                last_third = float("inf")  # count the placement once
        for phrase in hits(language, "thanks", sentence.folded):
            note(sentence.text, -0.6, f'thanks for patience instead of regret: "{phrase}"')
        for phrase in hits(language, "restored", sentence.folded):
            if not regretted:
                note(sentence.text, -0.4, f'"{phrase}" in place of regret')
        for phrase in hits(language, "melodrama", sentence.folded):
            note(
                sentence.text,
                MELODRAMA[severity],
                f'out of proportion for a {severity} incident: "{phrase}"',
            )
    if (
        text.parts_known
        and regretted
        and not any(hits(language, "regret", s.folded) for s in text.part_sentences("regret"))
    ):
        note("", -0.5, "regret is expressed early but not in the closing regret part")
    if not re.search(r"\S", text.folded):
        return 0.0, findings
    return squash(points), findings
