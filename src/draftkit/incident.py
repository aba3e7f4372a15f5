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

from pydantic import AfterValidator, BaseModel, ConfigDict, Field

Language = Literal["en", "es", "ro"]
Channel = Literal["email", "chat", "social", "letter"]
Severity = Literal["low", "medium", "high", "critical"]

LANGUAGES: tuple[Language, ...] = ("en", "es", "ro")

#: Size limits, in characters, documented in the README.
MAX_NAME = 200
MAX_TEXT = 4000
MAX_ITEM = 500
MAX_ITEMS = 20
#: The largest incident file (or stdin payload, or batch line) draftkit reads, in bytes.
MAX_INPUT_BYTES = 256 * 1024

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


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class Customer(_Strict):
    name: Name
    contact: Name | None = None


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
    language: Language = "en"
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

    @classmethod
    def from_file(cls, path: str | Path) -> Incident:
        """Load a YAML or JSON incident (`-` reads stdin); raises `InputError` in one line."""
        from draftkit.loading import load_incident

        return load_incident(path)

    @classmethod
    def from_dict(cls, data: dict[str, Any], *, source: str = "<dict>") -> Incident:
        """Validate a mapping, raising `InputError` (not pydantic's multi-line error)."""
        from draftkit.loading import incident_from_data

        return incident_from_data(data, source)
