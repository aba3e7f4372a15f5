"""The eval case file: an incident, the model's recorded answers in order, and expectations.

Cases are YAML so that a person can read a recorded draft and the reason it must be rejected side
by side; unknown keys are errors, like everywhere else in draftkit.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from draftkit.errors import InputError
from draftkit.incident import Incident

Dimension = Literal["responsibility", "specificity", "regret", "structure"]
DIMENSIONS: tuple[Dimension, ...] = ("responsibility", "specificity", "regret", "structure")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Recorded(_Strict):
    """One chat-completion answer as the endpoint gave it."""

    content: str | dict[str, Any] | None = None
    finish_reason: Literal["stop", "length", "content_filter"] = "stop"
    refusal: str | None = None

    def text(self) -> str | None:
        if isinstance(self.content, dict):
            return json.dumps(self.content, ensure_ascii=False)
        return self.content


class Expect(_Strict):
    outcome: Literal["accepted", "rejected"]
    attempts: int | None = Field(default=None, ge=1, le=10)
    min_scores: dict[Dimension, float] = Field(default_factory=dict)
    findings: list[str] = Field(default_factory=list, description="checks that must fire")


class Case(_Strict):
    description: str = ""
    industry: str = ""
    incident: Incident
    responses: list[Recorded] = Field(default_factory=list)
    judge_responses: list[Recorded] = Field(default_factory=list)
    expect: Expect
    # Set on load, not in the file:
    name: str = Field(default="", exclude=True)
    path: Path | None = Field(default=None, exclude=True)


def load_case(path: Path) -> Case:
    from draftkit.loading import parse_document, read_source, validation_message

    name, raw = read_source(path)
    data = parse_document(name, raw)
    if not isinstance(data, dict):
        raise InputError(f"{name}: expected a mapping with incident, responses and expect")
    try:
        case = Case.model_validate(data)
    except ValidationError as exc:
        raise validation_message(name, exc, Case) from None
    case.name = path.stem
    case.path = path
    return case


def default_suite_dir() -> Path:
    """The shipped suite: inside the wheel as `draftkit/evals/cases`, or `evals/cases` in a
    checkout (where `evals/` also holds the judgement corpora, which are not eval cases)."""
    from importlib import resources

    packaged = Path(str(resources.files("draftkit").joinpath("evals").joinpath("cases")))
    if packaged.is_dir():
        return packaged
    checkout = Path(__file__).resolve().parents[3] / "evals" / "cases"
    if checkout.is_dir():
        return checkout
    raise InputError("draftkit's eval suite is missing from this installation; name a suite DIR")


def load_suite(path: Path) -> list[Case]:
    """Every `*.yaml` case under a directory (sorted), or one case file."""
    if path.is_file():
        return [load_case(path)]
    if not path.is_dir():
        raise InputError(f"{path}: no such suite (expected a directory of case files)")
    files = sorted(p for p in path.rglob("*.yaml") if p.is_file())
    if not files:
        raise InputError(f"{path}: the suite has no *.yaml case files")
    return [load_case(file) for file in files]
