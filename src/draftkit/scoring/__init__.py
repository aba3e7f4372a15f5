"""Scoring apologies for responsibility, specificity, regret and structure (en/es/ro).

`score` takes a `Draft`, a `DraftContent`, a mapping shaped like either, or plain text written by
a person, and optionally its incident. The scorers are pure and deterministic: the same text
always gets the same numbers, which is what lets the eval suite compare two prompt versions.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from draftkit.draft_types import PART_NAMES, Check, Draft, DraftContent
from draftkit.incident import Incident
from draftkit.scoring.model import Finding, ScoreResult, Structure
from draftkit.scoring.regret import score_regret
from draftkit.scoring.responsibility import score_responsibility
from draftkit.scoring.specificity import score_specificity
from draftkit.scoring.structure import score_structure
from draftkit.scoring.text import from_parts, from_plain

__all__ = ["BUILTIN_SCORERS", "Finding", "ScoreResult", "Structure", "score"]

BUILTIN_SCORERS = ("responsibility", "specificity", "regret", "structure")
#: Guards left out when scoring plain text, by name: the parts of a text are read, not returned,
#: so whether each is present is the structure score's job, not a failed check; and the learned
#: blame model judges only parts their writer named, not guessed ones.
PLAIN_TEXT_SKIPS = frozenset({"parts_present", "blame_second_opinion"})


def content_from(value: Any) -> DraftContent | Draft | str:
    """What `score` accepts, from a draft, its parts or text: shared with `draftkit score`."""
    if isinstance(value, (Draft, DraftContent, str)):
        return value
    if isinstance(value, Mapping):
        if "parts" in value:
            return Draft.model_validate(dict(value))
        return DraftContent.model_validate(dict(value))
    raise TypeError(f"cannot score a {type(value).__name__}; pass text, a Draft or DraftContent")


def score(
    text_or_draft: Any,
    incident: Incident | None = None,
    language: str | None = None,
    *,
    scorers: Sequence[str] = (),
) -> ScoreResult:
    """Score an apology; the guard checks come along when an incident is given.

    `scorers` names extra scorers from the `draftkit.scorers` entry points; their values land in
    `extra` (the built-in names are accepted and add nothing: they are always computed).
    """
    subject = content_from(text_or_draft)
    checks: list[Check] = []
    read = _reader(incident)
    if isinstance(subject, str):
        raw = subject
        lang = language or (incident.language if incident else detect_language(raw))
        text = from_plain(raw, lang, read)
        if incident is not None:
            from draftkit.checks import run_checks

            blocks = {
                part: " ".join(s.text for s in text.part_sentences(part)) for part in PART_NAMES
            }
            content = DraftContent(subject="", greeting="", closing="", **blocks)
            checks = run_checks(content, incident, skip=PLAIN_TEXT_SKIPS)
    else:
        content = subject.content() if isinstance(subject, Draft) else subject
        raw = content.text()
        lang = (
            language
            or (subject.language if isinstance(subject, Draft) else None)
            or (incident.language if incident else detect_language(raw))
        )
        text = from_parts(content.parts(), lang, read)
        if isinstance(subject, Draft):
            checks = list(subject.checks)  # already run when it was drafted
        elif incident is not None:
            from draftkit.checks import run_checks

            checks = run_checks(content, incident)
    blame = next((check for check in checks if check.name == "no_blame"), None)
    responsibility, found_r = score_responsibility(text, blame)
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
        extra=_plugin_scores(scorers, raw, incident, lang),
    )


def _as_written(text: str) -> str:
    return text


def _reader(incident: Incident | None) -> Callable[[str], str]:
    """Read the incident's parties by role ("Pipewell" as "we"); without one, the text as is."""
    if incident is None:
        return _as_written
    from draftkit.roles import reader

    return reader(incident)


def detect_language(text: str) -> str:
    """The pack language TEXT is likeliest written in (en when it cannot tell)."""
    from draftkit.langid import language_of
    from draftkit.languages import packs

    by_iso = {known.iso: code for code, known in packs().items()}
    found = language_of(text, tuple(by_iso))
    return by_iso[found[0]] if found else "en"


def _plugin_scores(
    names: Sequence[str], text: str, incident: Incident | None, language: str
) -> dict[str, float]:
    """Run third-party scorers: `(text, incident, language) -> float in [0, 1]`."""
    from draftkit.errors import InputError
    from draftkit.registry import load_plugin

    extra: dict[str, float] = {}
    for name in dict.fromkeys(names):
        if name in BUILTIN_SCORERS:
            continue
        scorer = load_plugin("draftkit.scorers", name)
        value = scorer(text, incident, language)
        value = getattr(value, "score", value)
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise InputError(f"scorer '{name}' returned {value!r}, expected a number in [0, 1]")
        extra[name] = round(float(value), 4)
    return extra


# The built-in dimensions as plain scorers, so the registry lists them beside the plugins and
# other tools can call them with the plugin signature.
def responsibility(
    text: str, incident: Incident | None = None, language: str | None = None
) -> float:
    return score(text, incident, language).responsibility


def specificity(text: str, incident: Incident | None = None, language: str | None = None) -> float:
    return score(text, incident, language).specificity


def regret(text: str, incident: Incident | None = None, language: str | None = None) -> float:
    return score(text, incident, language).regret


def structure(text: str, incident: Incident | None = None, language: str | None = None) -> float:
    return score(text, incident, language).structure.score
