"""One exception tree, so a helpdesk script can catch `DraftkitError` and still tell causes apart.

Each error carries the exit code the CLI uses and a message short enough for a ticket note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from draftkit.draft_types import AttemptTrace, Check, DraftContent, Usage


class DraftkitError(Exception):
    """Base of every error draftkit raises on purpose."""

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message

    #: The `error` field of `to_dict()`: input, provider, config, rejected (draftkit for others).
    kind = "draftkit"

    def to_dict(self) -> dict[str, Any]:
        """One JSON-ready object: the shape `batch` writes and `draft -f json` prints."""
        return {"error": self.kind, "message": self.message}


class InputError(DraftkitError):
    """Bad input or usage: a file, a field, a flag. Exit code 2."""

    exit_code = 2
    kind = "input"

    def __init__(
        self, message: str, *, source: str | None = None, field: str | None = None
    ) -> None:
        super().__init__(message)
        self.source = source
        self.field = field

    def to_dict(self) -> dict[str, Any]:
        return {**super().to_dict(), "source": self.source, "field": self.field}


class ProviderError(DraftkitError):
    """The model endpoint or its configuration failed, after any retries. Exit code 3."""

    exit_code = 3
    kind = "provider"

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        attempts: int = 1,
        usage: Usage | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.attempts = attempts
        self.usage = usage
        #: The drafting attempts judged before the call that failed (set by the drafting loop).
        self.trace: list[AttemptTrace] = []

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "status_code": self.status_code,
            "attempts": self.attempts,
            "usage": self.usage.model_dump() if self.usage else None,
        }


class ProviderTimeout(ProviderError):
    """The endpoint did not answer within the time limits, after any retries."""


class ProviderConnectionError(ProviderError):
    """The endpoint could not be reached (DNS, refused, reset), after any retries."""


class ProviderStatusError(ProviderError):
    """The endpoint answered with an HTTP error status, kept in `.status_code`."""

    status_code: int

    def __init__(
        self, message: str, *, status_code: int, attempts: int = 1, usage: Usage | None = None
    ) -> None:
        super().__init__(message, status_code=status_code, attempts=attempts, usage=usage)


class ConfigError(ProviderError):
    """A config file or environment variable draftkit cannot use. Exit code 3, like the endpoint
    it configures; a bad flag is usage, an `InputError`."""

    kind = "config"


class DraftRejected(DraftkitError):
    """Every attempt produced a draft that failed its checks. Exit code 4.

    Nothing is lost: the last draft, its failed checks, the attempts and the usage come along.
    """

    exit_code = 4
    kind = "rejected"

    def __init__(
        self,
        message: str,
        *,
        findings: list[Check],
        last_draft: DraftContent | None,
        attempts: int,
        usage: Usage,
        raw: str | None = None,
    ) -> None:
        super().__init__(message)
        self.findings = findings
        self.last_draft = last_draft
        self.attempts = attempts
        self.usage = usage
        self.raw = raw

    def to_dict(self) -> dict[str, Any]:
        return {
            **super().to_dict(),
            "attempts": self.attempts,
            "findings": [f.model_dump() for f in self.findings],
            "last_draft": self.last_draft.model_dump() if self.last_draft else None,
            "raw": None if self.last_draft else self.raw,
            "usage": self.usage.model_dump(),
        }
