"""The stable Python API: `draft`, `adraft` and `score`, for scripts and helpdesk integrations.

Options resolve through `draftkit.settings.load_settings` (argument > environment > config file >
default) into one `draftkit.context.Context`, as on the command line; every failure is a
`DraftkitError` carrying what a script needs to report it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypedDict

from draftkit.incident import Incident

if TYPE_CHECKING:
    from typing_extensions import Unpack  # typing.Unpack from 3.11 on

    from draftkit.context import Context
    from draftkit.draft_types import Draft
    from draftkit.providers.base import Provider
    from draftkit.scoring import ScoreResult
    from draftkit.settings import Settings

IncidentLike = Incident | Mapping[str, Any] | str | Path


class DraftOptions(TypedDict, total=False):
    """The keyword arguments of `draft` and `adraft`; unset ones resolve as on the command line."""

    provider: str | Provider | None  # a name, or a provider of yours (used, never closed)
    model: str | None
    base_url: str | None
    api_key: str | None
    timeout: float | None
    max_attempts: int | None
    prompts_dir: str | Path | None
    examples: Sequence[str]  # approved past apologies to show the model
    settings: Settings | None  # complete settings: the options above are then ignored


def as_incident(incident: IncidentLike) -> Incident:
    if isinstance(incident, Incident):
        return incident
    if isinstance(incident, Mapping):
        return Incident.from_dict(dict(incident))
    return Incident.from_file(incident)


def _prepare(
    incident: IncidentLike, options: DraftOptions
) -> tuple[Context, Incident, Sequence[str], str]:
    from draftkit.context import Context

    flags: dict[str, Any] = dict(options)
    provider, settings = flags.pop("provider", None), flags.pop("settings", None)
    examples = flags.pop("examples", ())
    context = Context.from_options(flags, provider=provider, settings=settings)
    source = str(incident) if isinstance(incident, (str, Path)) else "incident"
    return context, as_incident(incident), examples, source


def draft(incident: IncidentLike, **options: Unpack[DraftOptions]) -> Draft:
    """Draft, check and return an apology; raises InputError, ProviderError or DraftRejected."""
    context, case, examples, source = _prepare(incident, options)
    with context:
        return context.draft(case, examples, source=source)


async def adraft(incident: IncidentLike, **options: Unpack[DraftOptions]) -> Draft:
    """The async twin of `draft`; pass one shared `provider` to reuse its connection pool."""
    context, case, examples, source = _prepare(incident, options)
    async with context:
        return await context.adraft(case, examples, source=source)


def score(
    text_or_draft: Any, incident: IncidentLike | None = None, language: str | None = None
) -> ScoreResult:
    """Score a draft or a plain-text apology for responsibility, specificity, regret, structure."""
    from draftkit.scoring import score as _score

    return _score(text_or_draft, as_incident(incident) if incident is not None else None, language)
