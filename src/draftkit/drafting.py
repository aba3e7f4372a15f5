"""The drafting loop: prompt -> model -> parse -> checks -> repair, at most `max_attempts` times.

The loop is written once, as a generator that yields each `ModelRequest` and receives the
`ModelReply`; `run` and `arun` only drive it with a sync or an async provider. Only the latest
failed answer stays in the conversation (with its findings), and usage is summed across attempts.
When every failed guard can say which parts it found fault in (a blaming sentence, an unapproved
offer, a missing date), the repair quotes and asks back only those parts and merges them in: the
prompt grows by those parts, not by the whole failed answer, and the answer is those parts only.
An answer cut off, refused or in the wrong language is not quoted at all: only its findings go
back, and the model drafts afresh.
"""

from __future__ import annotations

from collections.abc import Generator, Sequence
from typing import Any

from draftkit.checks import failed, run_checks
from draftkit.draft_types import CONTENT_KEYS, Check, Draft, DraftContent, Meta, Usage
from draftkit.errors import DraftRejected
from draftkit.incident import Incident
from draftkit.parsing import compact, draft_json_schema, parse_content
from draftkit.prompt import PromptSet
from draftkit.providers.base import ModelReply, ModelRequest, Provider

Steps = Generator[ModelRequest, ModelReply, Draft]

#: Above this many keys at fault a whole rewrite costs about the same, and keeps the draft whole.
MAX_PARTIAL_KEYS = 4
#: Findings that leave nothing worth quoting back: the answer was cut off, refused, or written in
#: the wrong language. The repair sends the findings alone and the model drafts afresh.
AFRESH = frozenset({"truncated", "refusal", "language"})


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


def steps(
    incident: Incident,
    prompts: PromptSet,
    *,
    provider_name: str,
    model: str,
    max_attempts: int,
    examples: Sequence[str] = (),
    observed: list[Check] | None = None,
) -> Steps:
    """The loop; OBSERVED, when given, collects every attempt's failed findings as they come."""
    messages = prompts.messages(incident, examples)
    schema = draft_json_schema()
    conversation = messages
    usage = Usage()
    last_content: DraftContent | None = None
    findings: list[Check] = []
    raw = ""
    base: DraftContent | None = None  # the draft a repair of some parts is merged into
    at_fault: tuple[str, ...] = ()
    for attempt in range(1, max_attempts + 1):
        reply = yield ModelRequest(conversation, incident, attempt, schema)
        usage += reply.usage
        raw = reply.text
        findings = reply_findings(reply)
        if not findings:
            content, form = parse_content(reply.text, base, at_fault or CONTENT_KEYS)
            if content is None:
                findings = [form]
            else:
                checks = run_checks(content, incident, system_prompt=prompts.system)
                findings = failed(checks)
                if not findings:
                    meta = Meta(
                        provider=provider_name,
                        model=reply.model or model,
                        prompt_version=prompts.version,
                        attempts=attempt,
                        usage=usage,
                    )
                    return Draft.build(
                        content,
                        incident_id=incident.id,
                        language=incident.language,
                        channel=incident.channel,
                        checks=[form, *checks],
                        meta=meta,
                    )
                last_content = content
                raw = compact(content)  # the same answer in fewer tokens
                base, at_fault = content, parts_at_fault(findings)
        if observed is not None:
            observed.extend(findings)
        # A refusal or a malformed answer to a partial repair asks for the same parts again.
        quoted = {key: getattr(base, key) for key in at_fault} if base else {}
        partial = prompts.repair_parts(messages, quoted, findings) if quoted else None
        if partial is None:
            base, at_fault = None, ()
            afresh = not raw.strip() or any(finding.name in AFRESH for finding in findings)
            conversation = prompts.repair(messages, None if afresh else raw, findings)
        else:
            conversation = partial
        schema = draft_json_schema(at_fault or CONTENT_KEYS)
    names = ", ".join(sorted({f.name for f in findings}))
    raise DraftRejected(
        f"draft rejected after {max_attempts} attempt{'s' if max_attempts > 1 else ''}: {names}",
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
            request = loop.send(provider.complete(request))
    except StopIteration as done:
        result: Draft = done.value
        return result


async def arun(incident: Incident, prompts: PromptSet, provider: Provider, **options: Any) -> Draft:
    options["max_attempts"] = _attempts_for(provider, options["max_attempts"])
    loop = steps(incident, prompts, provider_name=provider.name, model=provider.model, **options)
    try:
        request = next(loop)
        while True:
            request = loop.send(await provider.acomplete(request))
    except StopIteration as done:
        result: Draft = done.value
        return result
