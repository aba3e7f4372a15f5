"""The drafting loop end to end through the openai SDK, with respx serving recorded answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from pydantic import SecretStr

from draftkit.drafting import arun, run
from draftkit.errors import DraftRejected
from draftkit.prompt import prompt_set
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, ok


@pytest.fixture
def provider() -> OpenAIProvider:
    return OpenAIProvider(Settings(api_key=SecretStr(KEY), model="gpt-test"))


def sent_messages(route: respx.Route, index: int) -> list[dict[str, str]]:
    body: dict[str, Any] = json.loads(route.calls[index].request.content)
    return body["messages"]  # type: ignore[no-any-return]


@respx.mock(base_url=BASE_URL)
def test_good_draft_is_accepted_on_the_first_attempt(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    respx_mock.post("/chat/completions").mock(return_value=ok(good_draft))
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 1
    assert result.meta.provider == "openai" and result.meta.model == "gpt-test"
    assert result.meta.prompt_version == prompt_set().version
    assert result.meta.usage.total_tokens == 1000
    assert all(check.passed for check in result.checks)
    assert result.parts.regret == good_draft["regret"]
    assert result.text.index(good_draft["restore_value"]) < result.text.index(good_draft["regret"])


@respx.mock(base_url=BASE_URL)
def test_violating_draft_is_repaired_with_the_findings(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    bad = dict(good_draft, responsibility="The delay was caused by our courier partner.")
    route = respx_mock.post("/chat/completions").mock(side_effect=[ok(bad), ok(good_draft)])
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2
    assert result.meta.usage.total_tokens == 2000
    repair = sent_messages(route, 1)
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert "courier partner" in repair[2]["content"]
    assert "no_blame" in repair[3]["content"]


@respx.mock(base_url=BASE_URL)
def test_three_failures_reject_and_keep_the_last_draft(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    leak = dict(good_draft, explanation="Kevin Marsh ran the update at night.")
    route = respx_mock.post("/chat/completions").mock(return_value=ok(leak))
    with pytest.raises(DraftRejected) as caught:
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    rejected = caught.value
    assert route.call_count == 3
    assert rejected.exit_code == 4 and rejected.attempts == 3
    assert rejected.usage.total_tokens == 3000
    assert [f.name for f in rejected.findings] == ["no_internal_notes"]
    assert rejected.last_draft is not None
    assert rejected.last_draft.explanation == leak["explanation"]
    assert len(sent_messages(route, 2)) == 4  # only the latest failed answer is kept


@respx.mock(base_url=BASE_URL)
def test_truncated_then_good(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[ok('{"subject": "[INC', finish_reason="length"), ok(good_draft)]
    )
    assert run(make_incident(), prompt_set(), provider, max_attempts=3).meta.attempts == 2
    assert "finish_reason=length" in sent_messages(route, 1)[3]["content"]


@respx.mock(base_url=BASE_URL)
def test_refusals_and_prose_are_rejected_with_reasons(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any
) -> None:
    respx_mock.post("/chat/completions").mock(
        side_effect=[ok(None, refusal="I can't."), ok("Dear customer, sorry."), ok("still prose")]
    )
    with pytest.raises(DraftRejected) as caught:
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert caught.value.findings[0].name == "format"
    assert caught.value.last_draft is None and caught.value.raw == "still prose"


@respx.mock(base_url=BASE_URL)
async def test_async_driver_matches_the_sync_one(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    bad = dict(good_draft, regret="")
    respx_mock.post("/chat/completions").mock(side_effect=[ok(bad), ok(good_draft)])
    result = await arun(make_incident(), prompt_set(), provider, max_attempts=3)
    await provider.aclose()
    assert result.meta.attempts == 2


def test_template_provider_drafts_offline_in_one_attempt(make_incident: Any) -> None:
    from draftkit.providers.template import TemplateProvider

    result = run(make_incident(), prompt_set(), TemplateProvider(), max_attempts=3)
    assert result.meta.provider == "template" and result.meta.attempts == 1
    assert result.meta.usage.total_tokens == 0
    assert all(check.passed for check in result.checks)
