"""`draftkit batch --via openai-batch`: the OpenAI Batch API for thousands of tickets.

About half the price of direct calls, results within a 24-hour window, and no interactive repair:
each answer gets the same parsing and checks, and a draft that fails them is written as a
`rejected` result with its findings (rerun those incidents directly to repair them).

A base URL without a Batch API (`GET /batches` is not a batch list: a local server, say) is
refused before anything is read or sent. The response format is the one the endpoint accepts: set
with `--response-format`, or already negotiated in this process, or else found by drafting the
first incident directly (one request at the normal price, which settles the mode at once, as
`draftkit draft` would) before the rest go into the batch in that mode.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.assessment import assess
from draftkit.batch import (
    BatchSummary,
    error_result,
    input_lines,
    line_incident_id,
    parse_line,
    read_done,
)
from draftkit.draft_types import Draft, Meta, Usage
from draftkit.errors import DraftkitError, DraftRejected, InputError, ProviderError
from draftkit.incident import Incident
from draftkit.parsing import draft_json_schema
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.negotiation import LADDER, Rung, display_url, response_format
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings, load_settings, redact

if TYPE_CHECKING:
    from draftkit.context import Context

FINAL = {"completed", "failed", "expired", "cancelled"}
#: Answers to `GET /batches` that mean "no Batch API here", not "try again later".
NO_BATCH_API = frozenset({400, 404, 405, 422, 501})


def _request(custom_id: str, incident: Incident, context: Context, rung: Rung) -> dict[str, Any]:
    settings = context.settings
    body: dict[str, Any] = {"model": settings.model, "messages": context.prompts.messages(incident)}
    wanted = response_format(rung, draft_json_schema(), "apology_draft")
    if wanted is not None:
        body["response_format"] = wanted
    if settings.max_tokens is not None:
        body["max_tokens"] = settings.max_tokens
    return {"custom_id": custom_id, "method": "POST", "url": "/v1/chat/completions", "body": body}


def require_batch_api(provider: OpenAIProvider) -> None:
    """Refuse, before anything is read or sent, an endpoint that has no Batch API."""
    import openai

    where = display_url(provider.settings.base_url)
    try:
        raw = provider.client().batches.with_raw_response.list(limit=1)
    except openai.APIStatusError as exc:
        if exc.status_code in NO_BATCH_API:
            raise InputError(
                f"--via openai-batch: {where} has no Batch API (GET /batches answered "
                f"HTTP {exc.status_code}); draft there without --via openai-batch"
            ) from None
        hint = " (check OPENAI_API_KEY)" if exc.status_code in (401, 403) else ""
        raise ProviderError(
            f"--via openai-batch: GET /batches answered HTTP {exc.status_code}{hint}: "
            f"{redact(exc.message, provider.settings)}",
            status_code=exc.status_code,
        ) from None
    except openai.APIError as exc:
        raise ProviderError(f"--via openai-batch: cannot reach {where}: {exc.message}") from None
    try:
        listing = json.loads(raw.content)
    except ValueError:
        listing = None
    if not isinstance(listing, dict) or not isinstance(listing.get("data"), list):
        raise InputError(
            f"--via openai-batch: {where} has no Batch API (GET /batches did not answer with "
            "a list of batches); draft there without --via openai-batch"
        )


def _result(
    line: int, incident: Incident, body: dict[str, Any], context: Context
) -> dict[str, Any]:
    """One Batch API answer through the same parsing and checks as a direct call."""
    choice = (body.get("choices") or [{}])[0]
    message = choice.get("message") or {}
    raw_usage = body.get("usage") or {}
    usage = Usage(**{k: raw_usage.get(k, 0) or 0 for k in Usage.model_fields})
    reply = ModelReply(
        text=message.get("content") or "",
        usage=usage,
        finish_reason=choice.get("finish_reason"),
        refusal=message.get("refusal"),
        model=body.get("model") or context.settings.model,
    )
    return _checked(line, incident, reply, context, "openai-batch")


def _checked(
    line: int, incident: Incident, reply: ModelReply, context: Context, provider_name: str
) -> dict[str, Any]:
    """An answer through the same parsing and checks as a direct call, without a repair turn."""
    usage = reply.usage
    prompts = context.prompts
    verdict = assess(reply, incident, prompts)
    content = verdict.content
    if not verdict.accepted or content is None:
        findings = list(verdict.findings)
        names = ", ".join(sorted({f.name for f in findings}))
        rejected = DraftRejected(
            f"draft rejected (batch mode has no repair turn): {names}",
            findings=findings,
            last_draft=content,
            attempts=1,
            usage=usage,
            raw=reply.text,
        )
        return error_result(line, incident.id, rejected)
    meta = Meta(
        provider=provider_name,
        model=reply.model or context.settings.model,
        prompt_version=prompts.version,
        attempts=1,
        usage=usage,
    )
    draft = Draft.build(
        content,
        incident_id=incident.id,
        language=incident.language,
        channel=incident.channel,
        checks=list(verdict.checks),
        meta=meta,
    )
    return {**draft.to_json_dict(), "line": line}


def run_openai_batch(
    input_path: str | Path,
    output_path: str | Path,
    *,
    settings: Settings | None = None,
    context: Context | None = None,
    poll_seconds: float = 10.0,
    provider: OpenAIProvider | None = None,
    convert: Callable[[Any, str], Incident] | None = None,
) -> BatchSummary:
    """Prepare the JSONL, upload it, create the batch, poll, and collect results into OUTPUT.

    The Batch API is OpenAI's, so the provider is an `OpenAIProvider` on the context's settings
    whatever `provider` they name.
    """
    from draftkit.context import Context

    context = context or Context(settings or load_settings())
    started = time.monotonic()
    summary = BatchSummary()
    source, output = Path(input_path), Path(output_path)
    chosen = provider or OpenAIProvider(context.settings)
    require_batch_api(chosen)
    done = read_done(output)
    incidents: dict[str, tuple[int, Incident]] = {}
    with output.open("a", encoding="utf-8") as handle:

        def write(result: dict[str, Any]) -> None:
            handle.write(json.dumps(result, ensure_ascii=False) + "\n")
            handle.flush()
            if "error" not in result:
                summary.drafted += 1
            elif result["error"] == "rejected":
                summary.rejected += 1
            else:
                summary.failed += 1
            summary.tokens += (result.get("meta") or {}).get("usage", {}).get(
                "total_tokens", 0
            ) or (result.get("usage") or {}).get("total_tokens", 0)

        for number, raw in input_lines(source):
            summary.total += 1
            if number in done:
                summary.skipped += 1
                continue
            try:
                incident = parse_line(number, raw, str(source), convert)
                context.admit(incident, f"{source}:{number}")
            except DraftkitError as exc:
                write(error_result(number, line_incident_id(raw), exc))
                continue
            incidents[f"line-{number}"] = (number, incident)
        rung = chosen.settled_rung()
        if incidents and rung is None:
            # Settle the response format on one direct request rather than on a failed batch.
            number, incident = incidents.pop(next(iter(incidents)))
            messages = context.prompts.messages(incident)
            reply = chosen.complete(ModelRequest(messages, incident, 1, draft_json_schema()))
            write(_checked(number, incident, reply, context, chosen.name))
            rung = chosen.settled_rung()
        if incidents:
            payload = b"".join(
                json.dumps(_request(custom_id, incident, context, rung or LADDER[0])).encode()
                + b"\n"
                for custom_id, (_, incident) in incidents.items()
            )
            for result in _submit_and_collect(
                chosen.client(), payload, incidents, context, poll_seconds
            ):
                write(result)
    if provider is None:
        chosen.close()
    summary.seconds = round(time.monotonic() - started, 3)
    return summary


def _submit_and_collect(
    client: Any,
    payload: bytes,
    incidents: dict[str, tuple[int, Incident]],
    context: Context,
    poll_seconds: float,
) -> list[dict[str, Any]]:
    import openai

    try:
        uploaded = client.files.create(file=("draftkit-batch.jsonl", payload), purpose="batch")
        job = client.batches.create(
            input_file_id=uploaded.id,
            endpoint="/v1/chat/completions",
            completion_window="24h",
            metadata={"tool": "draftkit"},
        )
        wait = poll_seconds
        while job.status not in FINAL:
            time.sleep(wait)
            wait = min(wait * 1.5, 300.0) if wait else 0.0
            job = client.batches.retrieve(job.id)
        answers: dict[str, dict[str, Any]] = {}
        for file_id in (job.output_file_id, job.error_file_id):
            if file_id:
                for raw in client.files.content(file_id).text.splitlines():
                    if raw.strip():
                        entry = json.loads(raw)
                        answers[entry["custom_id"]] = entry
    except openai.APIError as exc:
        raise ProviderError(f"OpenAI Batch API: {exc.message}") from None
    results = []
    for custom_id, (number, incident) in incidents.items():
        entry = answers.get(custom_id)
        response = (entry or {}).get("response") or {}
        if entry is None or response.get("status_code") != 200:
            detail = (entry or {}).get("error") or response.get("body") or f"batch {job.status}"
            error = ProviderError(f"no answer for this incident: {json.dumps(detail)[:200]}")
            results.append(error_result(number, incident.id, error))
            continue
        results.append(_result(number, incident, response["body"], context))
    return results
