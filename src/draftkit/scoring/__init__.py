"""Scoring apologies for responsibility, specificity, regret and structure (en/es/ro).

`score` takes a `Draft`, a `DraftContent`, a mapping shaped like either, or plain text written by
a person, and optionally its incident. The scorers are pure and deterministic: the same text
always gets the same numbers, which is what lets the eval suite compare two prompt versions.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from draftkit.draft import PART_NAMES, Check, Draft, DraftContent
from draftkit.incident import Incident
from draftkit.langdetect import detect_language
from draftkit.scoring.model import Finding, ScoreResult, Structure
from draftkit.scoring.regret import score_regret
from draftkit.scoring.responsibility import score_responsibility
from draftkit.scoring.specificity import score_specificity
from draftkit.scoring.structure import score_structure
from draftkit.scoring.text import from_parts, from_plain

__all__ = ["Finding", "ScoreResult", "Structure", "score"]


def _content_from(value: Any) -> DraftContent | Draft | str:
    if isinstance(value, (Draft, DraftContent, str)):
        return value
    if isinstance(value, Mapping):
        if "parts" in value:
            return Draft.model_validate(dict(value))
        return DraftContent.model_validate(dict(value))
    raise TypeError(f"cannot score a {type(value).__name__}; pass text, a Draft or DraftContent")


def score(
    text_or_draft: Any, incident: Incident | None = None, language: str | None = None
) -> ScoreResult:
    """Score an apology; the guard checks come along when an incident is given."""
    subject = _content_from(text_or_draft)
    checks: list[Check] = []
    if isinstance(subject, str):
        raw = subject
        lang = language or (incident.language if incident else detect_language(raw))
        text = from_plain(raw, lang)
        if incident is not None:
            from draftkit.checks import run_checks

            blocks = {
                part: " ".join(s.text for s in text.part_sentences(part)) for part in PART_NAMES
            }
            content = DraftContent(subject="", greeting="", closing="", **blocks)
            checks = run_checks(content, incident)[1:]  # parts_present is structure's job here
    else:
        content = subject.content() if isinstance(subject, Draft) else subject
        raw = content.text()
        lang = (
            language
            or (subject.language if isinstance(subject, Draft) else None)
            or (incident.language if incident else detect_language(raw))
        )
        text = from_parts(content.parts(), lang)
        if isinstance(subject, Draft):
            checks = list(subject.checks)  # already run when it was drafted
        elif incident is not None:
            from draftkit.checks import run_checks

            checks = run_checks(content, incident)
    responsibility, found_r = score_responsibility(text)
    specificity, found_s = score_specificity(text, incident, raw)
    regret, found_g = score_regret(text, incident)
    return ScoreResult(
        language=lang,
        responsibility=responsibility,
        specificity=specificity,
        regret=regret,
        structure=score_structure(text),
        findings=[*found_r, *found_s, *found_g],
        checks=checks,
    )
