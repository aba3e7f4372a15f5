"""The draft contract: what the model must return, and what draftkit hands back.

The model answers with `DraftContent` (eight keys, nothing else). draftkit wraps it into a `Draft`
with the assembled text, the checks that ran and the metadata of how it was produced.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from draftkit.incident import Channel, Language

#: The five parts of an apology, in the order the seed article prescribes.
PART_NAMES: tuple[str, ...] = ("restore_value", "responsibility", "explanation", "fix", "regret")
#: Every key the model must return, in message order.
CONTENT_KEYS: tuple[str, ...] = ("subject", "greeting", *PART_NAMES, "closing")

PART_LABELS: dict[str, str] = {
    "restore_value": "1. Restore the lost value",
    "responsibility": "2. Acknowledge responsibility",
    "explanation": "3. Explain the problem",
    "fix": "4. Fix and prevention",
    "regret": "5. Regret",
}


class DraftContent(BaseModel):
    """The JSON object the model is asked for."""

    model_config = ConfigDict(extra="forbid")

    subject: str
    greeting: str
    restore_value: str
    responsibility: str
    explanation: str
    fix: str
    regret: str
    closing: str

    def parts(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in PART_NAMES}

    def text(self) -> str:
        """The message as the customer reads it: greeting, the five parts in order, closing."""
        blocks = [self.greeting, *self.parts().values(), self.closing]
        return "\n\n".join(block.strip() for block in blocks if block.strip())


class Parts(BaseModel):
    restore_value: str
    responsibility: str
    explanation: str
    fix: str
    regret: str


class Check(BaseModel):
    """One guard's verdict on a draft."""

    name: str
    passed: bool
    detail: str = ""
    #: The draft keys a failure lies in, when a guard can tell; a repair then rewrites only those.
    #: Internal to the repair loop, so it is left out of the JSON contract.
    parts: tuple[str, ...] = Field(default=(), exclude=True, repr=False)


class Usage(BaseModel):
    prompt_tokens: int = 0
    completion_tokens: int = 0
    total_tokens: int = 0

    def __add__(self, other: Usage) -> Usage:
        return Usage(
            prompt_tokens=self.prompt_tokens + other.prompt_tokens,
            completion_tokens=self.completion_tokens + other.completion_tokens,
            total_tokens=self.total_tokens + other.total_tokens,
        )


class AttemptTrace(BaseModel):
    """One attempt as the loop judged it, so the eval reads it instead of judging again."""

    attempt: int
    findings: list[Check] = Field(default_factory=list)  # what failed; [] when accepted
    repaired: list[str] = Field(default_factory=list)  # the keys it was asked for; [] = all
    prompt_tokens: int = 0
    completion_tokens: int = 0


class Meta(BaseModel):
    provider: str
    model: str
    prompt_version: str
    attempts: int
    usage: Usage = Field(default_factory=Usage)
    #: Each attempt as the loop judged it. Internal (the eval reads it in process), so it is
    #: left out of the JSON contract, like `Check.parts`.
    trace: list[AttemptTrace] = Field(default_factory=list, exclude=True, repr=False)


class Draft(BaseModel):
    """A validated apology, ready for a person to review and send."""

    incident_id: str | None
    language: Language
    channel: Channel
    subject: str
    greeting: str
    parts: Parts
    closing: str
    text: str
    checks: list[Check]
    meta: Meta

    @classmethod
    def build(
        cls,
        content: DraftContent,
        *,
        incident_id: str | None,
        language: Language,
        channel: Channel,
        checks: list[Check],
        meta: Meta,
    ) -> Draft:
        return cls(
            incident_id=incident_id,
            language=language,
            channel=channel,
            subject=content.subject.strip(),
            greeting=content.greeting.strip(),
            parts=Parts(**{k: v.strip() for k, v in content.parts().items()}),
            closing=content.closing.strip(),
            text=content.text(),
            checks=checks,
            meta=meta,
        )

    def content(self) -> DraftContent:
        return DraftContent(
            subject=self.subject,
            greeting=self.greeting,
            closing=self.closing,
            **self.parts.model_dump(),
        )

    def to_markdown(self) -> str:
        """A reviewable version: each part labelled, then the checks."""
        lines = [f"# {self.subject}", ""]
        if self.incident_id:
            lines += [f"Incident `{self.incident_id}` · {self.language} · {self.channel}", ""]
        lines += [f"_{self.greeting}_", ""]
        for name, value in self.parts.model_dump().items():
            lines += [f"## {PART_LABELS[name]}", "", value, ""]
        lines += [f"_{self.closing}_", "", "## Checks", ""]
        for check in self.checks:
            mark = "x" if check.passed else " "
            detail = f" — {check.detail}" if check.detail else ""
            lines.append(f"- [{mark}] {check.name}{detail}")
        meta = self.meta
        lines += [
            "",
            f"_{meta.provider} · {meta.model} · prompt {meta.prompt_version} · "
            f"attempt {meta.attempts} · {meta.usage.total_tokens} tokens_",
        ]
        return "\n".join(lines) + "\n"

    def to_json_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")
