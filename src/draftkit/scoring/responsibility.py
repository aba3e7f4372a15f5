"""Responsibility: does the company own the failure, in the first person and the active voice?

Ownership ("we made a mistake", "asumimos toda la responsabilidad") earns points; blame on a
supplier or the customer, excuses, passive evasion ("mistakes were made", "s-au produs erori")
and conditional apologies ("sorry if") cost them.
"""

from __future__ import annotations

from draftkit.scoring.model import Finding, squash
from draftkit.scoring.text import Sentence, Text, hits

BASE = -0.6
OWN_FIRST, OWN_MORE = 1.3, 0.4
PENALTIES = (
    ("blame_parties", -0.9, "shifts blame to another party"),
    ("blame_customer", -1.1, "blames the customer"),
    ("excuses", -0.9, "makes an excuse"),
    ("passive", -0.6, "evades with the passive voice"),
    ("non_apology", -0.8, "conditional or feelings-based non-apology"),
)


def _blaming(text: Text, sentence: Sentence) -> bool:
    """Naming a courier is a fact; naming it as the cause, where ownership belongs, is blame."""
    if text.parts_known:
        return (
            sentence.part in {"responsibility", "regret", "restore_value"}
            and bool(hits(text.language, "cause", sentence.folded))
        ) or sentence.part == "responsibility"
    return bool(hits(text.language, "cause", sentence.folded))


def score_responsibility(text: Text) -> tuple[float, list[Finding]]:
    points, owned, findings = BASE, 0, []
    for sentence in text.sentences:
        for phrase in hits(text.language, "ownership", sentence.folded)[:1]:
            gain = OWN_FIRST if owned == 0 else OWN_MORE if owned == 1 else 0.0
            owned += 1
            if gain:
                points += gain
                findings.append(
                    Finding(
                        dimension="responsibility",
                        sentence=sentence.text,
                        effect=gain,
                        reason=f'owns the failure: "{phrase}"',
                    )
                )
        for key, cost, reason in PENALTIES:
            # Blaming a supplier while explaining the cause is a fact; in the ownership part,
            # or anywhere in a letter whose parts are unknown, it is an excuse.
            if key == "blame_parties" and not _blaming(text, sentence):
                continue
            for phrase in hits(text.language, key, sentence.folded):
                points += cost
                findings.append(
                    Finding(
                        dimension="responsibility",
                        sentence=sentence.text,
                        effect=cost,
                        reason=f'{reason}: "{phrase}"',
                    )
                )
    return squash(points), findings
