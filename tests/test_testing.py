"""The scripted provider drives the real drafting loop: repairs, failures and rejections."""

from __future__ import annotations

from typing import Any

import pytest

from draftkit.drafting import arun, run
from draftkit.errors import DraftRejected, ProviderTimeout
from draftkit.prompt import prompt_set
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
    provider = ScriptedProvider([good_draft | BLAMING, ProviderTimeout("no answer in 30 s")])
    with pytest.raises(ProviderTimeout, match="no answer"):
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert len(provider.requests) == 2


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
