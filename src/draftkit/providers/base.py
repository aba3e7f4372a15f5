"""The provider contract, shared by the built-in `openai` and `template` providers and plugins.

A provider gets the rendered messages *and* the incident (a deterministic provider such as
`template` composes from the incident; an LLM provider sends the messages) and returns the raw text
of its answer. Parsing, checks and repair happen in the drafting loop, never in a provider, so every
provider is held to the same guards.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, runtime_checkable

from draftkit.draft_types import Usage

if TYPE_CHECKING:
    from draftkit.incident import Incident


@dataclass(frozen=True)
class ModelRequest:
    messages: list[dict[str, str]]
    incident: Incident
    attempt: int
    response_schema: dict[str, Any]
    #: the `json_schema.name` sent with structured outputs
    schema_name: str = "apology_draft"


@dataclass(frozen=True)
class ModelReply:
    text: str
    usage: Usage = field(default_factory=Usage)
    finish_reason: str | None = "stop"
    refusal: str | None = None
    model: str = ""


@runtime_checkable
class Provider(Protocol):
    """Implement `complete` and `acomplete`; `name` and `model` go into `Draft.meta`."""

    name: str
    model: str

    def complete(self, request: ModelRequest) -> ModelReply: ...

    async def acomplete(self, request: ModelRequest) -> ModelReply: ...

    def close(self) -> None: ...

    async def aclose(self) -> None: ...
