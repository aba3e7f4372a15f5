"""Responsibility: does the company own the failure, in the first person?

Ownership in any phrasing ("we made a mistake", "the responsibility is ours", "fuimos nosotros",
"vina este a noastră") earns points; blaming the customer, pointing at another party where the
failure should be owned, handing accountability on, excuses, passive evasion that names no one,
and conditional apologies cost them. Each kind counts once per sentence. With an incident, the
`no_blame` guard reads who did what by role; when it finds blame the word lists did not ("the
crew of our partner arrived late"), that costs as much as pointing at a party.
"""

from __future__ import annotations

from draftkit.checks.manner import apologises
from draftkit.checks.parties import ours_is_a_party
from draftkit.draft_types import Check
from draftkit.scoring.model import Finding, squash
from draftkit.scoring.text import Sentence, Text

BASE = -0.6
OWN_FIRST, OWN_MORE = 1.3, 0.4
PENALTIES = (
    ("blame_customer", -1.1, "blames the customer"),
    ("shift", -0.9, "hands the blame on"),
    ("excuse", -0.9, "makes an excuse"),
    ("inevitable", -0.9, "calls the failure inevitable"),
    ("conditional", -0.8, "conditional or feelings-based non-apology"),
)
PARTY, PASSIVE = -0.9, -0.6


def _points_at_party(text: Text, sentence: Sentence) -> bool:
    """Naming a courier is a fact; naming it as the one who failed, or where the failure should
    be owned, is blame."""
    if not sentence.has("party") or sentence.has("clears"):
        return False
    if sentence.has("party_failed"):
        return True
    if sentence.has("ownership"):
        return False
    if text.parts_known:
        return sentence.part == "responsibility"
    # Parts guessed from a plain letter: a party named beside our ownership ("Recoverix
    # retrieved 612 of the images") is a fact unless it is given as the cause; not a cause
    # still unknown ("no sabemos qué lo provocó y un perito independiente lo investiga").
    return sentence.has("cause", "cause_before") and not sentence.has("unknown_cause")


def _owns(sentence: Sentence, language: str) -> bool:
    """An ownership phrase, not conditional, not beside a party that failed, and not one whose
    "our" is a party's ("caused by … our software provider")."""
    if not sentence.has("ownership") or sentence.has("conditional", "party_failed"):
        return False
    return not all(ours_is_a_party(sentence, language, h) for h in sentence.hits["ownership"])


def score_responsibility(text: Text, guard: Check | None = None) -> tuple[float, list[Finding]]:
    """GUARD: the `no_blame` verdict on the same text, when an incident was given."""
    points, owned, findings = BASE, 0, []
    language = text.language

    def note(sentence: Sentence, effect: float, reason: str) -> None:
        nonlocal points
        points += effect
        findings.append(
            Finding(
                dimension="responsibility", sentence=sentence.text, effect=effect, reason=reason
            )
        )

    for sentence in text.sentences:
        if _owns(sentence, language):
            gain = OWN_FIRST if owned == 0 else OWN_MORE if owned == 1 else 0.0
            owned += 1
            if gain:
                note(
                    sentence,
                    gain,
                    f'owns the failure: "{sentence.quoted("ownership", language)[0]}"',
                )
        hits = sentence.hits
        for key, cost, reason in PENALTIES:
            if key not in hits:  # most sentences hold none of them: skip the calls
                continue
            if key == "blame_customer" and sentence.has("clears"):
                continue  # "there is nothing you could have done"
            if key == "conditional" and not apologises(sentence, language):
                continue  # "if anything else goes wrong, write to us" is help
            if key in ("excuse", "inevitable") and sentence.has("refuses_excuse"):
                continue  # "industry practice is no excuse" refuses it
            note(sentence, cost, f'{reason}: "{sentence.quoted(key, language)[0]}"')
        if _points_at_party(text, sentence):
            note(
                sentence,
                PARTY,
                f'blames another party: "{sentence.quoted("party", language)[0]}"',
            )
        if sentence.has("passive") and not sentence.has("ownership"):
            note(
                sentence,
                PASSIVE,
                f'passive voice that names no one: "{sentence.quoted("passive", language)[0]}"',
            )
    if guard is not None and not guard.passed and not any(f.effect < 0 for f in findings):
        points += PARTY
        reason = f"blames or excuses, by who did what: {guard.detail}"
        findings.append(
            Finding(dimension="responsibility", sentence="", effect=PARTY, reason=reason)
        )
    return squash(points), findings
