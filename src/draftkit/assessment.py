"""The one assessment of a model answer: parse it, check it, and say how to repair it.

The drafting loop, the Batch API results and (through the loop's trace) the eval suite all judge
an answer here, so they cannot disagree about what an answer is worth.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from draftkit.checks import failed, run_checks
from draftkit.draft_types import CONTENT_KEYS, Check, DraftContent
from draftkit.incident import Incident
from draftkit.parsing import compact, parse_content
from draftkit.prompt import PromptSet
from draftkit.providers.base import ModelReply

#: Above this many keys at fault a whole rewrite costs about the same, and keeps the draft whole.
MAX_PARTIAL_KEYS = 4
#: Findings that leave nothing worth quoting back: the answer was cut off, refused, or written in
#: the wrong language. The repair sends the findings alone and the model drafts afresh.
AFRESH = frozenset({"truncated", "refusal", "language"})

Repair = Literal["none", "parts", "whole", "afresh"]


def parts_at_fault(findings: Sequence[Check]) -> tuple[str, ...]:
    """The keys to rewrite, in draft order; () when some finding cannot say where it lies."""
    if not findings or any(not finding.parts for finding in findings):
        return ()
    keys = {part for finding in findings for part in finding.parts}
    ordered = tuple(key for key in CONTENT_KEYS if key in keys)
    return ordered if len(ordered) == len(keys) and len(ordered) <= MAX_PARTIAL_KEYS else ()


def reply_findings(reply: ModelReply) -> list[Check]:
    """Refusals and truncated answers are failed attempts with a reason, not parse errors."""
    if reply.refusal:
        return [Check(name="refusal", passed=False, detail=f"the model refused: {reply.refusal}")]
    if reply.finish_reason == "length":
        return [
            Check(
                name="truncated",
                passed=False,
                detail="the answer was cut off at the token limit (finish_reason=length); "
                "answer with the complete JSON object, more concisely",
            )
        ]
    if reply.finish_reason == "content_filter":
        return [Check(name="refusal", passed=False, detail="the answer was stopped by a filter")]
    return []


@dataclass(frozen=True)
class Assessment:
    """What one answer is worth, and what the next turn should ask for when it fails.

    `base` and `at_fault` are the draft and keys the next repair works on: an answer that did
    not parse (or was refused) keeps the previous ones, so a partial repair asks again.
    """

    content: DraftContent | None  # the parsed answer, merged into the base of a partial repair
    form: Check | None  # the `format` verdict; None when the answer was refused or cut off
    checks: tuple[Check, ...]  # every guard's verdict, in `CHECK_NAMES` order; () if unparsed
    findings: tuple[Check, ...]  # what failed; () when the answer is accepted
    base: DraftContent | None
    at_fault: tuple[str, ...]
    answer: str  # the answer as a repair would quote it (compacted when it parsed)

    @property
    def accepted(self) -> bool:
        return self.content is not None and not self.findings

    @property
    def afresh(self) -> bool:
        """Nothing worth quoting back: empty, cut off, refused or in the wrong language."""
        return not self.answer.strip() or any(f.name in AFRESH for f in self.findings)

    @property
    def repair(self) -> Repair:
        """How to repair: only the parts at fault, the whole quoted answer, or afresh."""
        if self.accepted:
            return "none"
        if self.base is not None and self.at_fault:
            return "parts"
        return "afresh" if self.afresh else "whole"


def assess(
    reply: ModelReply,
    incident: Incident,
    prompts: PromptSet,
    base: DraftContent | None = None,
    at_fault: Sequence[str] = (),
) -> Assessment:
    """Judge REPLY once; an answer to a repair of AT_FAULT keys is merged into BASE first."""
    findings = reply_findings(reply)
    if findings:
        return Assessment(None, None, (), tuple(findings), base, tuple(at_fault), reply.text)
    content, form = parse_content(reply.text, base, tuple(at_fault) or CONTENT_KEYS)
    if content is None:
        return Assessment(None, form, (), (form,), base, tuple(at_fault), reply.text)
    checks = tuple(run_checks(content, incident, system_prompt=prompts.system))
    findings = failed(checks)
    return Assessment(
        content,
        form,
        checks,
        tuple(findings),
        content,
        parts_at_fault(findings),
        compact(content),  # the same answer in fewer tokens
    )
