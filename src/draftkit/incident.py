"""The incident contract: what a support agent or a helpdesk script tells draftkit.

Unknown fields are errors (a typo like `remedys` must never be silently dropped), every free-text
field has a documented size limit, and control or bidi-override characters are refused because
they can hide text from the person who reviews the draft.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    ValidationError,
    model_validator,
)
from pydantic_core import PydanticCustomError

from draftkit.errors import InputError
from draftkit.loading import parse_document, read_source, validation_message


def _known_language(code: str) -> str:
    from draftkit.languages import codes

    known = codes()
    if code not in known:
        expected = " or ".join([", ".join(map(repr, known[:-1])), repr(known[-1])][-2:])
        raise PydanticCustomError("language", "Input should be {expected}", {"expected": expected})
    return code


def _language_enum(schema: dict[str, Any]) -> None:
    from draftkit.languages import codes

    schema["enum"] = list(codes())


#: A language with a pack in `draftkit.languages` (en, es and ro ship with draftkit).
Language = Annotated[str, AfterValidator(_known_language), Field(json_schema_extra=_language_enum)]
Channel = Literal["email", "chat", "social", "letter"]
Severity = Literal["low", "medium", "high", "critical"]


#: Size limits, in characters, documented in the README.
MAX_NAME = 200
MAX_TEXT = 4000
MAX_ITEM = 500
MAX_ITEMS = 20

_FORBIDDEN = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]"
)


def _clean(value: str) -> str:
    match = _FORBIDDEN.search(value)
    if match:
        raise ValueError(
            f"contains a control or bidi character U+{ord(match.group()):04X} at offset "
            f"{match.start()}; remove it"
        )
    value = value.strip()
    if not value:
        raise ValueError("must not be blank")
    return value


Name = Annotated[str, Field(max_length=MAX_NAME), AfterValidator(_clean)]
Text = Annotated[str, Field(max_length=MAX_TEXT), AfterValidator(_clean)]
Item = Annotated[str, Field(max_length=MAX_ITEM), AfterValidator(_clean)]


def _salutation(value: str) -> str:
    """A title and a surname ("Sra. Herrera"), not a whole greeting ("Estimada Sra. Herrera:")."""
    from draftkit.languages import packs
    from draftkit.text import fold

    openers = {
        fold(str(w)) for p in packs().values() for w in p.data("template").get("openers", ())
    }
    if value[-1] in ",:;!" or fold(value.split()[0]) in openers:
        raise ValueError(
            "give the title and surname only, e.g. 'Ms Shah', 'Sra. Herrera' or 'domnul "
            "Popescu' (the greeting is written around it)"
        )
    return value


Salutation = Annotated[Name, AfterValidator(_salutation)]


def _facts_language(data: dict[Any, Any]) -> str | None:
    """The language the facts are plainly written in, when `language` is left out and it is not en.

    A draft in English around facts in Romanian helps nobody; a real identifier reads the facts.
    """
    if "language" in data:
        return None
    facts = [data.get(key) for key in ("what_happened", "impact", "root_cause")]
    text = " ".join(fact for fact in facts if isinstance(fact, str))
    if not text.strip():
        return None
    from draftkit.langid import language_of
    from draftkit.languages import packs

    by_iso = {known.iso: code for code, known in packs().items()}
    found = language_of(text, tuple(by_iso))
    code = by_iso[found[0]] if found and found[1] >= 0.5 else None
    return code if code != "en" else None


def _day(moment: dt.date | dt.datetime) -> dt.date:
    return moment.date() if isinstance(moment, dt.datetime) else moment


def check_follow_up(
    incident: Incident,
    *,
    allow_past: bool = False,
    today: dt.date | None = None,
    source: str = "incident",
) -> None:
    """Refuse a draft that would promise a next step by a date already gone.

    A past date is accepted when it falls after `occurred_at` (an incident drafted or replayed
    after the fact) or when the caller allows it (`--allow-past-follow-up`).
    """
    if incident.follow_up is None or allow_past:
        return
    by, today = incident.follow_up.by, today or dt.date.today()
    if by >= today or (incident.occurred_at and by > _day(incident.occurred_at)):
        return
    raise InputError(
        f"{source}: follow_up.by: {by} is in the past (today is {today}) and not after "
        "occurred_at; expected a future date (or give occurred_at, or pass "
        "--allow-past-follow-up / DRAFTKIT_ALLOW_PAST_FOLLOW_UP=1)",
        source=source,
        field="follow_up.by",
    )


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Customer(_Strict):
    name: Name
    contact: Name | None = None
    #: How a formal greeting names the person addressed: title and surname, "Ms Shah".
    salutation: Salutation | None = None


class Company(_Strict):
    name: Name
    sender: Name | None = None
    sender_role: Name | None = None


class FollowUp(_Strict):
    action: Item
    by: dt.date


class Incident(_Strict):
    """A service failure, described as facts, with the remedies the company approved to offer."""

    id: Name | None = None
    language: Language = Field(
        "en",
        description="Language of the draft. Left out: es or ro when the facts are plainly "
        "written in it, else en.",
    )
    channel: Channel = "email"
    severity: Severity = "medium"
    customer: Customer
    company: Company
    occurred_at: dt.date | dt.datetime | None = None
    what_happened: Text
    impact: Text
    root_cause: Text | None = None
    remedies: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)
    fixes: list[Item] = Field(min_length=1, max_length=MAX_ITEMS)
    follow_up: FollowUp | None = None
    customer_message: Text | None = None
    internal_notes: Text | None = None
    _language_detected: bool = PrivateAttr(default=False)

    @model_validator(mode="wrap")
    @classmethod
    def _language_from_facts(cls, data: Any, handler: ModelWrapValidatorHandler[Incident]) -> Any:
        """A draft in English around facts in Romanian helps nobody: left out, read the facts."""
        detected = _facts_language(data) if isinstance(data, dict) else None
        incident = handler({**data, "language": detected} if detected else data)
        if detected and isinstance(incident, Incident):
            incident._language_detected = True
        return incident

    @model_validator(mode="after")
    def _follow_up_after_incident(self) -> Incident:
        """A follow-up dated before the incident is a typo (2020 for 2026), never a plan."""
        if self.follow_up and self.occurred_at and self.follow_up.by < _day(self.occurred_at):
            raise ValueError(
                f"follow_up.by: {self.follow_up.by} is before occurred_at "
                f"({_day(self.occurred_at)}); expected a date after the incident"
            )
        return self

    @property
    def language_detected(self) -> bool:
        """True when `language` was left out and read from the facts."""
        return self._language_detected

    def facts_language(self) -> str | None:
        """The language the facts are plainly written in (ISO 639-1), when they say enough.

        A model translates facts written in another language than the draft's; the offline
        template provider quotes them as written, so it refuses such an incident.
        """
        from draftkit.langid import identify, word_count

        text = " ".join(filter(None, (self.what_happened, self.impact, self.root_cause)))
        ranked = identify(text) if word_count(text) >= 8 else ()
        return ranked[0][0] if ranked and ranked[0][1] >= 0.5 else None

    @classmethod
    def from_file(cls, path: str | Path) -> Incident:
        """Load a YAML or JSON incident (`-` reads stdin); raises `InputError` in one line."""
        return load_incident(path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>") -> Incident:
        """Validate a mapping, raising `InputError` (not pydantic's multi-line error)."""
        return incident_from_data(data, source)


def incident_from_data(data: Any, name: str) -> Incident:
    """Validate parsed data as an incident, every problem in one `InputError` line."""
    if not isinstance(data, dict):
        kind = "nothing" if data is None else type(data).__name__
        raise InputError(f"{name}: expected a mapping of incident fields, got {kind}", source=name)
    try:
        return Incident.model_validate(data)
    except ValidationError as exc:
        raise validation_message(name, exc, Incident) from None
    except RecursionError:
        raise InputError(f"{name}: nested too deeply", source=name) from None


def load_incident(path: str | Path) -> Incident:
    """Read, parse and validate one incident file (`-` is stdin)."""
    name, raw = read_source(path)
    return incident_from_data(parse_document(name, raw), name)
