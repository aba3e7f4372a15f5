"""`assess`: one verdict per answer, and the loop's trace of those verdicts."""

from __future__ import annotations

import json
from typing import Any

import respx
from pydantic import SecretStr

from draftkit.assessment import assess
from draftkit.checks import CHECK_NAMES
from draftkit.draft_types import DraftContent, Usage
from draftkit.drafting import Rejected, run
from draftkit.prompt import prompt_set
from draftkit.providers.base import ModelReply
from draftkit.providers.openai_chat import OpenAIProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, ok

BLAMING = {"responsibility": "The delay was caused by our courier partner."}
OWNED = {"responsibility": "This was our mistake, and we own it."}


def reply(content: dict[str, str] | str, **kwargs: Any) -> ModelReply:
    text = json.dumps(content) if isinstance(content, dict) else content
    return ModelReply(text=text, usage=Usage(prompt_tokens=7, completion_tokens=3), **kwargs)


def test_a_good_answer_is_accepted_with_every_guard_in_order(
    make_incident: Any, good_draft: dict[str, str]
) -> None:
    verdict = assess(reply(good_draft), make_incident(), prompt_set())
    assert verdict.accepted and verdict.repair == "none"
    assert verdict.content == DraftContent(**good_draft)
    assert verdict.form is not None and verdict.form.passed
    assert tuple(check.name for check in verdict.checks) == CHECK_NAMES
    assert verdict.findings == ()


def test_an_answer_that_is_not_json_is_a_format_finding_quoted_whole(
    make_incident: Any,
) -> None:
    verdict = assess(reply("Sure! Here is your apology."), make_incident(), prompt_set())
    assert not verdict.accepted and verdict.content is None
    assert [f.name for f in verdict.findings] == ["format"] and verdict.checks == ()
    assert verdict.repair == "whole" and verdict.answer == "Sure! Here is your apology."


def test_a_blaming_part_is_at_fault_alone_and_repaired_by_parts(
    make_incident: Any, good_draft: dict[str, str]
) -> None:
    verdict = assess(reply(good_draft | BLAMING), make_incident(), prompt_set())
    assert [f.name for f in verdict.findings] == ["no_blame"]
    assert verdict.at_fault == ("responsibility",) and verdict.repair == "parts"
    assert verdict.base == verdict.content and verdict.base is not None
    assert json.loads(verdict.answer)["responsibility"] == BLAMING["responsibility"]


def test_a_partial_answer_merges_into_its_base_without_a_format_finding(
    make_incident: Any, good_draft: dict[str, str]
) -> None:
    base = DraftContent(**(good_draft | BLAMING))
    verdict = assess(reply(OWNED), make_incident(), prompt_set(), base, ("responsibility",))
    assert verdict.accepted, verdict.findings
    assert verdict.content == DraftContent(**(good_draft | OWNED))
    without_base = assess(reply(OWNED), make_incident(), prompt_set())
    assert [f.name for f in without_base.findings] == ["format"]


def test_a_malformed_answer_to_a_partial_repair_asks_for_the_same_parts(
    make_incident: Any, good_draft: dict[str, str]
) -> None:
    base = DraftContent(**(good_draft | BLAMING))
    verdict = assess(reply("{}"), make_incident(), prompt_set(), base, ("responsibility",))
    assert [f.name for f in verdict.findings] == ["format"]
    assert verdict.base == base and verdict.at_fault == ("responsibility",)
    assert verdict.repair == "parts"


def test_a_cut_off_answer_is_not_parsed_and_is_drafted_afresh(
    make_incident: Any, good_draft: dict[str, str]
) -> None:
    cut = json.dumps(good_draft)[:60]
    verdict = assess(reply(cut, finish_reason="length"), make_incident(), prompt_set())
    assert [f.name for f in verdict.findings] == ["truncated"]
    assert verdict.form is None and verdict.content is None
    assert verdict.repair == "afresh"


@respx.mock(base_url=BASE_URL)
def test_the_loop_traces_each_attempt_with_what_it_repaired_and_its_tokens(
    respx_mock: respx.MockRouter, make_incident: Any, good_draft: dict[str, str]
) -> None:
    respx_mock.post("/chat/completions").mock(
        side_effect=[
            ok(good_draft | BLAMING, prompt_tokens=700, completion_tokens=300),
            ok(OWNED, prompt_tokens=400, completion_tokens=20),
        ]
    )
    provider = OpenAIProvider(Settings(api_key=SecretStr(KEY), model="gpt-test"))
    draft = run(make_incident(), prompt_set(), provider, max_attempts=3)
    first, second = draft.meta.trace
    assert [f.name for f in first.findings] == ["no_blame"] and first.repaired == []
    assert second.findings == [] and second.repaired == ["responsibility"]
    assert (first.prompt_tokens, second.completion_tokens) == (700, 20)
    assert "trace" not in draft.to_json_dict()["meta"]  # the JSON contract stays as it was


@respx.mock(base_url=BASE_URL)
def test_a_rejection_carries_the_trace_of_every_attempt(
    respx_mock: respx.MockRouter, make_incident: Any, good_draft: dict[str, str]
) -> None:
    respx_mock.post("/chat/completions").mock(
        side_effect=[ok(good_draft | BLAMING), ok("not json"), ok(BLAMING)]
    )
    provider = OpenAIProvider(Settings(api_key=SecretStr(KEY), model="gpt-test"))
    try:
        run(make_incident(), prompt_set(), provider, max_attempts=3)
    except Rejected as exc:
        names = [[f.name for f in step.findings] for step in exc.trace]
        assert names == [["no_blame"], ["format"], ["no_blame"]]
        assert [step.repaired for step in exc.trace] == [[], ["responsibility"], ["responsibility"]]
    else:
        raise AssertionError("expected the draft to be rejected")
