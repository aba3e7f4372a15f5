"""The drafting loop end to end through the openai SDK, with respx serving recorded answers."""

from __future__ import annotations

import json
from typing import Any

import pytest
import respx
from pydantic import SecretStr

from draftkit.draft_types import CONTENT_KEYS, Check
from draftkit.drafting import arun, parts_at_fault, run
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


BLAMING = {"responsibility": "The delay was caused by our courier partner."}
OWNED = {"responsibility": "This was our mistake, and we own it."}


def sent_body(route: respx.Route, index: int) -> dict[str, Any]:
    body: dict[str, Any] = json.loads(route.calls[index].request.content)
    return body


@respx.mock(base_url=BASE_URL)
def test_a_blaming_part_is_repaired_alone_and_merged_in(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[ok(good_draft | BLAMING), ok(OWNED)]
    )
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2
    assert result.meta.usage.total_tokens == 2000
    repair = sent_messages(route, 1)
    assert [m["role"] for m in repair] == ["system", "user", "user"]
    assert repair[:2] == sent_messages(route, 0)
    assert "no_blame" in repair[2]["content"] and "courier partner" in repair[2]["content"]
    assert good_draft["regret"] not in repair[2]["content"]  # a part that passed is not quoted
    schema = sent_body(route, 1)["response_format"]["json_schema"]["schema"]
    assert schema["required"] == ["responsibility"]
    assert result.parts.responsibility == OWNED["responsibility"]
    assert result.parts.regret == good_draft["regret"] and result.subject == good_draft["subject"]
    assert all(check.passed for check in result.checks)


@respx.mock(base_url=BASE_URL)
def test_a_whole_answer_to_a_partial_repair_is_taken_whole(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    respx_mock.post("/chat/completions").mock(
        side_effect=[ok(good_draft | BLAMING), ok(good_draft)]
    )
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2
    assert result.parts.model_dump() == {k: good_draft[k] for k in result.parts.model_dump()}


@respx.mock(base_url=BASE_URL)
def test_a_partial_answer_missing_its_key_is_asked_for_again(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[ok(good_draft | BLAMING), ok({"regret": "Sorry."}), ok(OWNED)]
    )
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 3
    again = sent_messages(route, 2)
    assert [m["role"] for m in again] == ["system", "user", "user"]
    assert "missing keys: responsibility" in again[2]["content"]
    assert "courier partner" in again[2]["content"]  # the part at fault is still quoted
    assert result.parts.responsibility == OWNED["responsibility"]


@respx.mock(base_url=BASE_URL)
def test_a_draft_in_the_wrong_language_is_drafted_afresh(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    route = respx_mock.post("/chat/completions").mock(return_value=ok(good_draft))
    with pytest.raises(DraftRejected) as caught:
        run(make_incident(language="es"), prompt_set(), provider, max_attempts=2)
    assert "language" in {f.name for f in caught.value.findings}
    repair = sent_messages(route, 1)
    assert [m["role"] for m in repair] == ["system", "user", "user"]  # nothing worth quoting
    assert good_draft["regret"] not in str(repair) and "language" in repair[2]["content"]
    assert "keeping what was right" not in repair[2]["content"]
    assert sent_body(route, 1)["response_format"]["json_schema"]["schema"]["required"] == list(
        good_draft
    )


@respx.mock(base_url=BASE_URL)
def test_an_answer_missing_a_key_is_quoted_back_whole(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    incomplete = {k: v for k, v in good_draft.items() if k != "regret"}
    route = respx_mock.post("/chat/completions").mock(side_effect=[ok(incomplete), ok(good_draft)])
    assert run(make_incident(), prompt_set(), provider, max_attempts=3).meta.attempts == 2
    repair = sent_messages(route, 1)
    assert [m["role"] for m in repair] == ["system", "user", "assistant", "user"]
    assert good_draft["restore_value"] in repair[2]["content"]  # worth keeping: quoted
    assert "missing keys: regret" in repair[3]["content"]
    assert "keeping what was right" in repair[3]["content"]


@respx.mock(base_url=BASE_URL)
def test_a_leaked_note_is_placed_in_its_part(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    leak = dict(good_draft, explanation="Kevin Marsh ran the update at night.")
    fixed = {"explanation": good_draft["explanation"]}
    route = respx_mock.post("/chat/completions").mock(side_effect=[ok(leak), ok(fixed)])
    result = run(make_incident(), prompt_set(), provider, max_attempts=3)
    assert result.meta.attempts == 2 and result.parts.explanation == good_draft["explanation"]
    repair = sent_messages(route, 1)
    assert "Kevin Marsh" in repair[2]["content"] and "keys: explanation." in repair[2]["content"]


def test_parts_at_fault_only_when_every_finding_is_placed() -> None:
    placed = Check(name="no_blame", passed=False, detail="x", parts=("responsibility",))
    dated = Check(name="follow_up_date", passed=False, detail="y", parts=("fix",))
    unplaced = Check(name="language", passed=False, detail="z")
    assert parts_at_fault([dated, placed]) == ("responsibility", "fix")
    assert parts_at_fault([placed, unplaced]) == ()
    assert parts_at_fault([]) == ()
    many = Check(name="parts_present", passed=False, detail="", parts=CONTENT_KEYS[:5])
    assert parts_at_fault([many]) == ()  # most of the draft: rewrite it whole


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
    assert len(sent_messages(route, 2)) == 3  # only the latest failed part is kept


@respx.mock(base_url=BASE_URL)
def test_truncated_then_good(
    respx_mock: respx.MockRouter, provider: OpenAIProvider, make_incident: Any, good_draft: Any
) -> None:
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[ok('{"subject": "[INC', finish_reason="length"), ok(good_draft)]
    )
    assert run(make_incident(), prompt_set(), provider, max_attempts=3).meta.attempts == 2
    repair = sent_messages(route, 1)
    assert [m["role"] for m in repair] == ["system", "user", "user"]  # the cut-off answer is not
    assert "finish_reason=length" in repair[2]["content"]  # sent back, only why it failed


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
