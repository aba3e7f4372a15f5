"""The scripted provider drives the real drafting loop: repairs, failures and rejections."""

from __future__ import annotations

import json
from typing import Any

import pytest

from draftkit.draft_types import Usage
from draftkit.drafting import arun, run
from draftkit.errors import DraftRejected, ProviderTimeout
from draftkit.prompt import prompt_set
from draftkit.providers.base import ModelReply
from draftkit.testing import ScriptedProvider, ScriptExhausted

BLAMING = {"responsibility": "The delay was caused by our courier partner."}
OWNED = {"responsibility": "This was our mistake, and we own it."}


def test_a_repair_asks_again_and_the_script_answers(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider([good_draft | BLAMING, OWNED])
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2 and provider.remaining == 0
    assert [r.attempt for r in provider.requests] == [1, 2]
    assert "no_blame" in provider.requests[1].messages[-1]["content"]
    assert result.parts.responsibility == OWNED["responsibility"]


def test_a_provider_failure_in_the_script_reaches_the_caller(
    make_incident: Any, good_draft: Any
) -> None:
    spent = Usage(prompt_tokens=900, completion_tokens=300, total_tokens=1200)
    first = ModelReply(text=json.dumps(good_draft | BLAMING), usage=spent, model="m")
    provider = ScriptedProvider([first, ProviderTimeout("no answer in 30 s")])
    with pytest.raises(ProviderTimeout, match="no answer") as failed:
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert len(provider.requests) == 2
    # The loop adds what it knows: the attempt judged before the failed call, and its tokens.
    assert [step.attempt for step in failed.value.trace] == [1]
    assert [f.name for f in failed.value.trace[0].findings] == ["no_blame"]
    assert failed.value.usage == spent


async def test_the_async_loop_adds_its_trace_to_a_provider_failure_too(
    make_incident: Any, good_draft: Any
) -> None:
    provider = ScriptedProvider([ProviderTimeout("no answer in 30 s")])
    with pytest.raises(ProviderTimeout) as failed:
        await arun(make_incident(), prompt_set(), provider, max_attempts=3)
    assert failed.value.trace == [] and failed.value.usage is None  # nothing spent yet


def test_three_bad_answers_reject(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider([good_draft | BLAMING] * 3)
    with pytest.raises(DraftRejected):
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert provider.remaining == 0


def test_asking_past_the_script_says_which_request(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider([good_draft | BLAMING])
    with pytest.raises(ScriptExhausted, match="request 2"):
        run(make_incident(), prompt_set(), provider, max_attempts=3)


async def test_the_async_driver_reads_the_same_script(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider(["not json at all", good_draft])
    result = await arun(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2 and result.parts.regret == good_draft["regret"]
