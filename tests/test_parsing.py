"""Finding the JSON object in what a model answered, and saying precisely what was wrong."""

from __future__ import annotations

import json

import pytest

from draftkit.draft_types import CONTENT_KEYS
from draftkit.parsing import draft_json_schema, extract_json_object, parse_content


@pytest.mark.parametrize(
    "wrap",
    [
        "{}",
        "```json\n{}\n```",
        "Here is the draft you asked for:\n{}\nLet me know if it needs changes.",
        "Sure! {} (braces in prose: {like this})",
    ],
)
def test_object_is_found_inside_wrappers(wrap: str, good_draft: dict[str, str]) -> None:
    text = wrap.replace("{}", json.dumps(good_draft), 1)
    content, form = parse_content(text)
    assert form.passed
    assert content is not None
    assert content.regret == good_draft["regret"]


def test_raw_line_breaks_inside_strings_are_taken_as_written(good_draft: dict[str, str]) -> None:
    """llama.cpp's schema grammars let a model write a line break in a string unescaped."""
    text = json.dumps(good_draft).replace("\\n", "\n")  # the closing's \n, written raw
    assert "\n" in text
    with pytest.raises(json.JSONDecodeError):
        json.loads(text)
    content, form = parse_content(text)
    assert form.passed and content is not None
    assert content.closing == good_draft["closing"]


def test_braces_inside_strings_do_not_confuse_the_scanner() -> None:
    data = {"a": 'a } brace { and " quote'}
    assert extract_json_object("noise " + json.dumps(data) + " noise") == data


def test_prose_is_a_format_finding() -> None:
    content, form = parse_content("I'm sorry, I can't write JSON today.")
    assert content is None
    assert form.name == "format" and not form.passed
    assert "not a JSON object" in form.detail and "I'm sorry" in form.detail


def test_missing_extra_and_wrong_keys_are_named(good_draft: dict[str, object]) -> None:
    good_draft.pop("regret")
    good_draft["apology"] = "x"
    good_draft["fix"] = ["a", "b"]
    content, form = parse_content(json.dumps(good_draft))
    assert content is None
    assert "missing keys: regret" in form.detail
    assert "unexpected keys: apology" in form.detail
    assert "not strings: fix" in form.detail


def test_schema_is_strict() -> None:
    schema = draft_json_schema()
    assert schema["required"] == list(CONTENT_KEYS)
    assert schema["additionalProperties"] is False
