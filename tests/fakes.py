"""Builders for recorded OpenAI-compatible responses, shared by the respx-based tests."""

from __future__ import annotations

import json
from typing import Any

import httpx

BASE_URL = "https://api.openai.com/v1"
KEY = "sk-test-key-0123456789abcdef"


def completion(
    content: str | dict[str, Any] | None,
    *,
    finish_reason: str = "stop",
    refusal: str | None = None,
    prompt_tokens: int = 700,
    completion_tokens: int = 300,
    model: str = "gpt-test",
) -> dict[str, Any]:
    text = json.dumps(content) if isinstance(content, dict) else content
    return {
        "id": "chatcmpl-test",
        "object": "chat.completion",
        "created": 1_764_000_000,
        "model": model,
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": text, "refusal": refusal},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {
            "prompt_tokens": prompt_tokens,
            "completion_tokens": completion_tokens,
            "total_tokens": prompt_tokens + completion_tokens,
        },
    }


def ok(content: str | dict[str, Any] | None, **kwargs: Any) -> httpx.Response:
    return httpx.Response(200, json=completion(content, **kwargs))


def error(
    status: int, message: str = "error", headers: dict[str, str] | None = None
) -> httpx.Response:
    return httpx.Response(status, json={"error": {"message": message}}, headers=headers)
