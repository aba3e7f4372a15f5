"""Serving recorded answers to the real openai provider, with respx, and never the network.

Every request of a replayed case goes through the official SDK and draftkit's own HTTP client, so
the eval exercises the same code a live run does. respx refuses any request it was not told
about, and a request beyond the recorded answers fails loudly, naming the case and the request:
there is no silent fall-back to a live call.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING, Any

from pydantic import SecretStr

from draftkit.evaluation.case import Recorded
from draftkit.settings import Settings

if TYPE_CHECKING:
    import httpx

    from draftkit.providers.openai_chat import OpenAIProvider

REPLAY_URL = "https://replay.draftkit.invalid/v1"


class Replay:
    """Answers requests with the recorded responses of one case, in order."""

    def __init__(self, case: str, recorded: list[Recorded], label: str = "response") -> None:
        self.case = case
        self.recorded = recorded
        self.label = label
        self.served = 0
        self.missing: str | None = None
        self.requests: list[dict[str, Any]] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        import httpx

        self.requests.append(json.loads(request.content or b"{}"))
        number = len(self.requests)
        if self.served >= len(self.recorded):
            self.missing = (
                f"case {self.case}: request #{number} has no recorded {self.label} "
                f"({len(self.recorded)} recorded); record it with `draftkit eval --record`"
            )
            return httpx.Response(400, json={"error": {"message": self.missing}})
        answer = self.recorded[self.served]
        self.served += 1
        body = {
            "id": f"replay-{self.case}-{number}",
            "object": "chat.completion",
            "created": 0,
            "model": "replay",
            "choices": [
                {
                    "index": 0,
                    "message": {
                        "role": "assistant",
                        "content": answer.text(),
                        "refusal": answer.refusal,
                    },
                    "finish_reason": answer.finish_reason,
                }
            ],
            "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
        }
        return httpx.Response(200, json=body)


def replay_settings(max_attempts: int = 3) -> Settings:
    return Settings(
        provider="openai",
        api_key=SecretStr("sk-replay-no-key"),
        base_url=REPLAY_URL,
        model="replay",
        retries=0,
        max_attempts=max_attempts,
    )


@cache
def _http_client() -> httpx.Client:
    import httpx

    return httpx.Client()


def replay_provider() -> OpenAIProvider:
    """The real openai provider, on an `httpx` client: the library respx intercepts."""
    from draftkit.providers.openai_chat import OpenAIProvider

    return OpenAIProvider(replay_settings(), http_client=_http_client())


@contextmanager
def serving(replay: Replay) -> Iterator[None]:
    """Route the chat endpoint to one replay; any other request is refused by respx."""
    import respx

    with respx.mock(base_url=REPLAY_URL, assert_all_called=False) as router:
        router.post("/chat/completions").mock(side_effect=replay)
        yield
