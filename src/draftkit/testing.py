"""A scripted, in-process provider for tests of the drafting loop — no HTTP, no server.

Like `llm`'s mock model: queue the answers (text, a draft as a dict, a full `ModelReply`, or an
exception to raise), run the loop, then read `requests` to see what the loop asked. Helpdesk
scripts can test their own handling of rejections and provider failures the same way.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterable
from typing import Any

from draftkit.draft_types import Usage
from draftkit.providers.base import ModelReply, ModelRequest

Step = str | dict[str, Any] | ModelReply | BaseException


class ScriptExhausted(AssertionError):
    """The loop asked for more answers than the script holds: the test's premise is wrong."""


class ScriptedProvider:
    """Answers each request with the next step of its script, and records every request."""

    name = "scripted"

    def __init__(self, steps: Iterable[Step], *, model: str = "scripted-v1") -> None:
        self.model = model
        self.requests: list[ModelRequest] = []
        self._steps: deque[Step] = deque(steps)
        self.closed = False

    @property
    def remaining(self) -> int:
        return len(self._steps)

    def complete(self, request: ModelRequest) -> ModelReply:
        self.requests.append(request)
        if not self._steps:
            raise ScriptExhausted(
                f"request {len(self.requests)} (attempt {request.attempt}) has no scripted answer"
            )
        step = self._steps.popleft()
        if isinstance(step, BaseException):
            raise step
        if isinstance(step, ModelReply):
            return step
        text = json.dumps(step) if isinstance(step, dict) else step
        return ModelReply(text=text, usage=Usage(), model=self.model)

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        return self.complete(request)

    def close(self) -> None:
        self.closed = True

    async def aclose(self) -> None:
        self.closed = True
