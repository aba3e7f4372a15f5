"""Regret: explicit first-person regret that names this customer's harm, last, in proportion.

Regret earns points with any intensifier ("we are truly, deeply sorry", "lo sentimos muchísimo",
"îmi pare foarte rău"); naming the harm the customer actually suffered (the incident's impact, in
other words or with its numbers spelled out) earns more. Formulaic regret ("any inconvenience",
"las molestias"), conditional regret, thanks for patience in its place, stacked intensifiers
that name nothing, and melodrama out of proportion to the severity cost points.
"""

from __future__ import annotations

from functools import lru_cache

from draftkit.checks.manner import apologises
from draftkit.incident import Incident
from draftkit.languages import on_change
from draftkit.lexicon import lexicon
from draftkit.scoring.model import Finding, squash
from draftkit.scoring.specificity import figures
from draftkit.scoring.text import CUES, Sentence, Text
from draftkit.text import content_stems, tokens

BASE = -1.0
#: How much melodrama costs, by severity: a storm in a teacup costs most.
MELODRAMA = {"low": -1.0, "medium": -0.8, "high": -0.4, "critical": -0.2}
#: How much making the harm smaller costs ("the small delay", "overall it went well"), by
#: severity: out of proportion the other way, it costs most where the harm was gravest.
MINIMISING = {"low": -0.3, "medium": -0.6, "high": -0.9, "critical": -1.0}
#: Intensifiers in one regret sentence beyond which the sentence sounds hollow, unless it names
#: the harm.
STACKED = 2


def _names_harm(sentence: Sentence, language: str, impact: tuple[frozenset[str], ...]) -> bool:
    """Two of the impact's words or figures ("312 employees", "three hundred and twelve"), or
    without an incident, the customer's loss said in so many words."""
    if impact:
        words, numbers = impact
        said = content_stems(sentence.text, language) & words
        counted = figures(sentence.text, language).keys() & numbers
        return len(said) + len(counted) >= 2
    return sentence.has("harm")


def _intensifiers(sentence: Sentence, language: str) -> int:
    return _count_intensifiers(sentence.scanned, language)


@on_change
@lru_cache(maxsize=4096)  # the same regret sentence closes many letters
def _count_intensifiers(scanned: str, language: str) -> int:
    strong = lexicon(language).word_class("intensifier")
    return sum(1 for word in tokens(scanned, language) if strong.accepts(word))


#: The categories a sentence must hold one of for the regret scorer to read it.
_REGRET_KEYS = frozenset(
    {"formulaic", "conditional", "regret", "thanks", "restored", "melodrama", "minimising"}
)
#: The parts that act (give, own, explain, fix): regret is last when none of them follows it.
_ACTING = frozenset({"restore_value", "responsibility", "explanation", "fix"})


def score_regret(text: Text, incident: Incident | None) -> tuple[float, list[Finding]]:
    language = text.language
    impact = (
        (content_stems(incident.impact, language), frozenset(figures(incident.impact, language)))
        if incident
        else ()
    )
    severity = incident.severity if incident else "medium"
    points, findings = BASE, []

    def note(sentence: str, effect: float, reason: str) -> None:
        nonlocal points
        points += effect
        findings.append(
            Finding(dimension="regret", sentence=sentence, effect=effect, reason=reason)
        )

    regretted, harm_named, placed = False, False, False
    closing = [s for s in text.sentences if s.part == "regret"] if text.parts_known else []
    for position, sentence in enumerate(text.sentences):
        if not _REGRET_KEYS.intersection(sentence.hits):
            continue  # nothing this scorer reads
        hollow = sentence.has("formulaic") or (
            sentence.has("conditional") and apologises(sentence, language)
        )
        if sentence.has("formulaic"):
            note(
                sentence.text,
                -1.0,
                f'formulaic regret: "{sentence.quoted("formulaic", language)[0]}"',
            )
        if sentence.has("conditional") and apologises(sentence, language):
            note(
                sentence.text,
                -1.0,
                f'conditional regret: "{sentence.quoted("conditional", language)[0]}"',
            )
        if sentence.has("regret") and not hollow:
            if not regretted:
                note(
                    sentence.text,
                    0.9,
                    f'first-person regret: "{sentence.quoted("regret", language)[0]}"',
                )
                regretted = True
            after = text.sentences[position + 1 : position + 2]
            near = [sentence, *(s for s in after if not _gives(s))]
            if not harm_named and any(_names_harm(s, language, impact) for s in [*near, *closing]):
                note(sentence.text, 1.0, "names the harm done to the customer")
                harm_named = True
            if _intensifiers(sentence, language) > STACKED and not harm_named:
                note(sentence.text, -0.5, "stacked intensifiers that name no harm")
            last = (sentence.part == "regret") if text.parts_known else _last(text, position)
            if last and not placed:
                note(sentence.text, 0.3, "regret comes last, after the actions")
                placed = True
        if sentence.has("thanks"):
            note(
                sentence.text,
                -0.6,
                "thanks for patience in place of regret: "
                f'"{sentence.quoted("thanks", language)[0]}"',
            )
        if sentence.has("restored") and not regretted:
            note(
                sentence.text,
                -0.4,
                f'"{sentence.quoted("restored", language)[0]}" in place of regret',
            )
        if sentence.has("minimising"):
            note(
                sentence.text,
                MINIMISING[severity],
                f"makes the harm smaller than it was: "
                f'"{sentence.quoted("minimising", language)[0]}"',
            )
        if sentence.has("melodrama"):
            note(
                sentence.text,
                MELODRAMA[severity],
                f"out of proportion for a {severity} incident: "
                f'"{sentence.quoted("melodrama", language)[0]}"',
            )
    if text.parts_known and regretted and not any(s.has("regret") for s in closing):
        note("", -0.5, "regret is expressed early but not in the closing regret part")
    if text.empty:
        return 0.0, findings
    return squash(points), findings


def _last(text: Text, position: int) -> bool:
    """In a plain letter, whether no sentence that gives, owns, explains or fixes follows: its
    greeting and signature lines count for nothing."""
    return all(s.part not in _ACTING for s in text.sentences[position + 1 :])


#: What gives something (the restore_value part's cues).
_GIVING = frozenset(dict(CUES)["restore_value"])


def _gives(sentence: Sentence) -> bool:
    """The remedy that follows a bare "we are sorry" names the remedy's words, not the harm
    regretted; in the regret part itself, "no credit undoes that" gives nothing."""
    if sentence.part == "regret":
        return False
    return sentence.part == "restore_value" or not _GIVING.isdisjoint(sentence.hits)
