"""The drafting loop: prompt -> model -> parse -> checks -> repair, at most `max_attempts` times.

The loop is written once, as a generator that yields each `ModelRequest` and receives the
`ModelReply`; `run` and `arun` only drive it with a sync or an async provider. Only the latest
failed answer stays in the conversation (with its findings), and usage is summed across attempts.
When every failed guard can say which parts it found fault in (a blaming sentence, an unapproved
offer, a missing date), the repair quotes and asks back only those parts and merges them in: the
prompt grows by those parts, not by the whole failed answer, and the answer is those parts only.
An answer cut off, refused or in the wrong language is not quoted at all: only its findings go
back, and the model drafts afresh. Each answer is judged once, by `assessment.assess`, and each
attempt is kept in a trace (`Draft.meta.trace`, `Rejected.trace`, and `ProviderError.trace` when
a later call fails, with the tokens the earlier attempts spent) that the eval suite reads.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from draftkit.assessment import AFRESH, MAX_PARTIAL_KEYS, assess, parts_at_fault, reply_findings
from draftkit.draft_types import (
    CONTENT_KEYS,
    AttemptTrace,
    Check,
    Draft,
    DraftContent,
    Meta,
    Usage,
)
from draftkit.errors import DraftRejected, ProviderError
from draftkit.incident import Incident
from draftkit.parsing import draft_json_schema
from draftkit.prompt import PromptSet
from draftkit.providers.base import ModelReply, ModelRequest, Provider

__all__ = [
    "AFRESH",
    "MAX_PARTIAL_KEYS",
    "Rejected",
    "arun",
    "parts_at_fault",
    "reply_findings",
    "run",
    "steps",
]

Steps = Generator[ModelRequest, ModelReply, Draft]


class Rejected(DraftRejected):
    """`DraftRejected` with the loop's trace of every attempt, for the eval to read."""

    def __init__(self, message: str, *, trace: list[AttemptTrace], **details: Any) -> None:
        super().__init__(message, **details)
        self.trace = trace


def steps(
    incident: Incident,
    prompts: PromptSet,
    *,
    provider_name: str,
    model: str,
    max_attempts: int,
    examples: Sequence[str] = (),
) -> Steps:
    """The loop; each attempt is judged by `assess` and recorded in the trace."""
    messages = prompts.messages(incident, examples)
    schema = draft_json_schema()
    conversation = messages
    usage = Usage()
    last_content: DraftContent | None = None
    findings: list[Check] = []
    raw = ""
    base: DraftContent | None = None  # the draft a repair of some parts is merged into
    at_fault: tuple[str, ...] = ()
    trace: list[AttemptTrace] = []
    for attempt in range(1, max_attempts + 1):
        try:
            reply = yield ModelRequest(conversation, incident, attempt, schema)
        except ProviderError as exc:  # thrown in by the driver: add what the loop knows
            exc.trace = trace
            exc.usage = exc.usage or (usage if usage.total_tokens else None)
            raise
        usage += reply.usage
        verdict = assess(reply, incident, prompts, base, at_fault)
        findings, raw = list(verdict.findings), verdict.answer
        trace.append(
            AttemptTrace(
                attempt=attempt,
                findings=findings,
                repaired=list(at_fault),
                prompt_tokens=reply.usage.prompt_tokens,
                completion_tokens=reply.usage.completion_tokens,
            )
        )
        if verdict.accepted and verdict.content is not None and verdict.form is not None:
            meta = Meta(
                provider=provider_name,
                model=reply.model or model,
                prompt_version=prompts.version,
                attempts=attempt,
                usage=usage,
                trace=trace,
            )
            return Draft.build(
                verdict.content,
                incident_id=incident.id,
                language=incident.language,
                channel=incident.channel,
                checks=[verdict.form, *verdict.checks],
                meta=meta,
            )
        if verdict.content is not None:
            last_content = verdict.content
        base, at_fault = verdict.base, verdict.at_fault
        # A refusal or a malformed answer to a partial repair asks for the same parts again.
        partial = None
        if verdict.repair == "parts" and base is not None:
            quoted = {key: getattr(base, key) for key in at_fault}
            partial = prompts.repair_parts(messages, quoted, findings)
        if partial is None:
            base, at_fault = None, ()
            conversation = prompts.repair(messages, None if verdict.afresh else raw, findings)
        else:
            conversation = partial
        schema = draft_json_schema(at_fault or CONTENT_KEYS)
    names = ", ".join(sorted({f.name for f in findings}))
    raise Rejected(
        f"draft rejected after {max_attempts} attempt{'s' if max_attempts > 1 else ''}: {names}",
        trace=trace,
        findings=findings,
        last_draft=last_content,
        attempts=max_attempts,
        usage=usage,
        raw=raw,
    )


def _attempts_for(provider: Provider, max_attempts: int) -> int:
    """A deterministic provider answers the same every time: one attempt tells all."""
    return 1 if getattr(provider, "deterministic", False) else max_attempts


def run(incident: Incident, prompts: PromptSet, provider: Provider, **options: Any) -> Draft:
    options["max_attempts"] = _attempts_for(provider, options["max_attempts"])
    loop = steps(incident, prompts, provider_name=provider.name, model=provider.model, **options)
    try:
        request = next(loop)
        while True:
            try:
                reply = provider.complete(request)
            except ProviderError as exc:
                loop.throw(exc)  # re-raised by the loop with its trace and the tokens spent
                raise
            request = loop.send(reply)
    except StopIteration as done:
        result: Draft = done.value
        return result


async def arun(incident: Incident, prompts: PromptSet, provider: Provider, **options: Any) -> Draft:
    options["max_attempts"] = _attempts_for(provider, options["max_attempts"])
    loop = steps(incident, prompts, provider_name=provider.name, model=provider.model, **options)
    try:
        request = next(loop)
        while True:
            try:
                reply = await provider.acomplete(request)
            except ProviderError as exc:
                loop.throw(exc)
                raise
            request = loop.send(reply)
    except StopIteration as done:
        result: Draft = done.value
        return result
