"""An in-house 'gateway' provider and a 'brevity' scorer, as a third party would write them."""

from __future__ import annotations

import json
from typing import Any

from draftkit.draft_types import Usage
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.template import TemplateProvider


class GatewayProvider:
    """Answers like a model behind a company gateway would: JSON text, with usage."""

    name = "gateway"
    model = "gateway-1"

    def __init__(self, settings: Any) -> None:
        self.settings = settings
        self.calls = 0

    def complete(self, request: ModelRequest) -> ModelReply:
        self.calls += 1
        content = TemplateProvider().compose(request.incident).model_dump()
        content["closing"] += "\n(via gateway)"
        text = json.dumps(content)
        return ModelReply(
            text=text, usage=Usage(prompt_tokens=7, completion_tokens=3, total_tokens=10)
        )

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        return self.complete(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def brevity(text: str, incident: Any, language: str) -> float:
    """1.0 for 120 words or fewer, falling to 0 at 600."""
    words = len(text.split())
    return max(0.0, min(1.0, (600 - words) / 480))
