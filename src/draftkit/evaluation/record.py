"""`draftkit eval --record`: run a live endpoint once and keep its answers for offline replay.

A case file is rewritten only when every answer its run asked for arrived: a connection refused,
a timeout or an HTTP error leaves the file exactly as it was, and the run stops with exit 3.
Each file is written to a temporary file beside it and renamed over it, so an interrupted run
never leaves half a case.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.errors import DraftkitError, ProviderError
from draftkit.evaluation.case import Case, Recorded, load_suite
from draftkit.evaluation.judge import judge as ask_judge
from draftkit.evaluation.runner import draft_case
from draftkit.providers.base import ModelReply, ModelRequest, Provider

if TYPE_CHECKING:
    from draftkit.context import Context


class Recorder:
    """Wraps a live provider and keeps every answer; remembers the first request that failed."""

    def __init__(self, inner: Provider) -> None:
        self.inner = inner
        self.name = inner.name
        self.model = inner.model
        self.answers: list[Recorded] = []
        self.failure: DraftkitError | None = None

    def complete(self, request: ModelRequest) -> ModelReply:
        try:
            reply = self.inner.complete(request)
        except DraftkitError as exc:
            self.failure = self.failure or exc
            raise
        finish = (
            reply.finish_reason if reply.finish_reason in {"length", "content_filter"} else "stop"
        )
        self.answers.append(
            Recorded(content=reply.text, finish_reason=finish, refusal=reply.refusal)
        )
        return reply

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        return self.complete(request)

    def close(self) -> None:
        self.inner.close()

    async def aclose(self) -> None:
        await self.inner.aclose()


def _answers(case: Case, context: Context, judge: bool) -> dict[str, list[dict[str, Any]]]:
    """The case's new `responses` (and `judge_responses`); raises if any request failed."""
    drafter = Recorder(context.provider)
    outcome = draft_case(case, drafter, context)
    if drafter.failure is not None:
        raise drafter.failure
    found = {"responses": [_plain(a) for a in drafter.answers]}
    if judge and outcome.draft is not None:
        judge_recorder = Recorder(context.provider)
        try:
            ask_judge(outcome.text, case.incident, judge_recorder, context.prompts)
        except ProviderError:
            if judge_recorder.failure is not None:
                raise judge_recorder.failure from None
            # The judge answered, just not with usable scores: that answer is kept as it came.
        found["judge_responses"] = [_plain(a) for a in judge_recorder.answers]
    return found


def write_atomically(path: Path, text: str) -> None:
    """Write to a temporary file beside PATH, then rename it over PATH."""
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def record_suite(path: str | Path, context: Context, *, judge: bool = False) -> list[str]:
    """Run each case live with the context's provider, prompts and attempts, and write its
    answers into its file; returns the files written.

    Stops at the first case whose requests did not all get an answer, with a `ProviderError`
    naming it; that case and the ones after it are left untouched.
    """
    import yaml

    cases = load_suite(Path(path))
    written: list[str] = []
    for case in cases:
        assert case.path is not None
        try:
            found = _answers(case, context, judge)
        except DraftkitError as exc:
            left = len(cases) - len(written)
            raise ProviderError(
                f"case {case.name}: {exc.message}; recorded {len(written)} of {len(cases)} case "
                f"files, left {left} as they were",
                status_code=getattr(exc, "status_code", None),
            ) from None
        data = yaml.safe_load(case.path.read_text(encoding="utf-8"))
        data.update(found)
        text = yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=100)
        write_atomically(case.path, text)
        written.append(str(case.path))
    return written


def _plain(answer: Recorded) -> dict[str, Any]:
    data = answer.model_dump(exclude_defaults=True)
    text = answer.text()
    if text:
        try:
            data["content"] = json.loads(text)  # keep recorded drafts readable in YAML
        except ValueError:
            data["content"] = text
    return data
