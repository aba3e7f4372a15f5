"""From a model's raw answer to `DraftContent`, tolerating the ways servers wrap JSON.

Servers without structured outputs put the object in a code fence or after a sentence of prose;
the first balanced `{...}` that parses as a JSON object is taken. Anything else is a finding that
the repair turn can quote back to the model.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from pydantic import ValidationError

from draftkit.draft_types import CONTENT_KEYS, Check, DraftContent


def _objects(text: str) -> Any:
    """Yield each balanced {...} candidate in text, outermost first, honouring JSON strings."""
    start = text.find("{")
    while start != -1:
        depth, in_string, escaped = 0, False, False
        for index in range(start, len(text)):
            char = text[index]
            if in_string:
                if escaped:
                    escaped = False
                elif char == "\\":
                    escaped = True
                elif char == '"':
                    in_string = False
            elif char == '"':
                in_string = True
            elif char == "{":
                depth += 1
            elif char == "}":
                depth -= 1
                if depth == 0:
                    yield text[start : index + 1]
                    break
        start = text.find("{", start + 1)


def extract_json_object(text: str) -> dict[str, Any] | None:
    """The first JSON object in text; raw newlines and tabs inside strings are taken as written.

    llama.cpp's grammars (json_object with a schema) let a model write a line break inside a
    string unescaped; strict JSON refuses it, and the whole draft would fail on format.
    """
    stripped = text.strip()
    try:
        value = json.loads(stripped, strict=False)
        if isinstance(value, dict):
            return value
    except json.JSONDecodeError:
        pass
    for candidate in _objects(stripped):
        try:
            value = json.loads(candidate, strict=False)
        except json.JSONDecodeError:
            continue
        if isinstance(value, dict):
            return value
    return None


def parse_content(
    text: str, base: DraftContent | None = None, required: Sequence[str] = CONTENT_KEYS
) -> tuple[DraftContent | None, Check]:
    """Return the content, or None and a `format` finding saying exactly what was wrong.

    A repair of some parts answers only the REQUIRED keys; the rest are taken from BASE.
    """
    data = extract_json_object(text)
    expected = ", ".join(required)
    if data is None:
        preview = " ".join(text.split())[:80]
        return None, Check(
            name="format",
            passed=False,
            detail=f'the answer is not a JSON object with keys {expected}; it began "{preview}"',
        )
    missing = [key for key in required if key not in data]
    extra = [key for key in data if key not in CONTENT_KEYS]
    wrong = [key for key in CONTENT_KEYS if key in data and not isinstance(data[key], str)]
    problems = []
    if missing:
        problems.append(f"missing keys: {', '.join(missing)}")
    if extra:
        problems.append(f"unexpected keys: {', '.join(extra)}")
    if wrong:
        problems.append(f"not strings: {', '.join(wrong)}")
    if problems:
        return None, Check(name="format", passed=False, detail="; ".join(problems))
    if base is not None:
        data = {**base.model_dump(), **data}
    try:
        content = DraftContent.model_validate(data)
    except ValidationError as exc:  # pragma: no cover - covered by the key checks above
        return None, Check(name="format", passed=False, detail=str(exc.errors()[0]["msg"]))
    return content, Check(name="format", passed=True, detail="")


def compact(content: DraftContent) -> str:
    """The draft as the shortest JSON, for quoting a failed answer back in a repair turn."""
    return json.dumps(content.model_dump(), ensure_ascii=False, separators=(",", ":"))


def draft_json_schema(keys: Sequence[str] = CONTENT_KEYS) -> dict[str, Any]:
    """The strict JSON Schema of `DraftContent`, or of the KEYS a repair rewrites."""
    return {
        "type": "object",
        "properties": {key: {"type": "string"} for key in keys},
        "required": list(keys),
        "additionalProperties": False,
    }
