"""The stable Python API: `draft`, `adraft` and `score`, for scripts and helpdesk integrations.

Options resolve through `draftkit.settings.load_settings` (argument > environment > config file >
default); every failure is a `DraftkitError` carrying what a script needs to report it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from draftkit.incident import Incident

if TYPE_CHECKING:
    from draftkit.draft_types import Draft
    from draftkit.providers.base import Provider
    from draftkit.scoring import ScoreResult
    from draftkit.settings import Settings

IncidentLike = Incident | Mapping[str, Any] | str | Path


def as_incident(incident: IncidentLike) -> Incident:
    if isinstance(incident, Incident):
        return incident
    if isinstance(incident, Mapping):
        return Incident.from_dict(dict(incident))
    return Incident.from_file(incident)


def make_provider(settings: Settings, **clients: Any) -> Provider:
    """Build the provider the settings name (explicitly, or picked by what is configured)."""
    from draftkit.registry import load_plugin

    factory = load_plugin("draftkit.providers", settings.resolved_provider())
    provider: Provider = factory(settings, **clients) if clients else factory(settings)
    return provider


def _prepare(
    incident: IncidentLike,
    provider: str | Provider | None,
    settings: Settings | None,
    options: dict[str, Any],
) -> tuple[Incident, Settings, Provider, bool]:
    from draftkit.settings import load_settings

    resolved = settings or load_settings(
        {**options, "provider": provider if isinstance(provider, str) else None}
    )
    from draftkit.incident import check_follow_up

    case = as_incident(incident)
    source = str(incident) if isinstance(incident, (str, Path)) else "incident"
    check_follow_up(case, allow_past=resolved.allow_past_follow_up, source=source)
    own = provider is None or isinstance(provider, str)
    chosen = make_provider(resolved) if own else provider
    assert chosen is not None and not isinstance(chosen, str)
    return case, resolved, chosen, own


def draft(
    incident: IncidentLike,
    *,
    provider: str | Provider | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    timeout: float | None = None,
    max_attempts: int | None = None,
    prompts_dir: str | Path | None = None,
    examples: Sequence[str] = (),
    settings: Settings | None = None,
) -> Draft:
    """Draft, check and return an apology; raises InputError, ProviderError or DraftRejected."""
    from draftkit.drafting import run
    from draftkit.prompt import prompt_set

    options = {
        "model": model,
        "base_url": base_url,
        "api_key": api_key,
        "timeout": timeout,
        "max_attempts": max_attempts,
        "prompts_dir": prompts_dir,
    }
    case, resolved, chosen, own = _prepare(incident, provider, settings, options)
    try:
        return run(
            case,
            prompt_set(resolved.prompts_dir),
            chosen,
            max_attempts=resolved.max_attempts,
            examples=examples,
        )
    finally:
        if own:
            chosen.close()


async def adraft(
    incident: IncidentLike,
    *,
    provider: str | Provider | None = None,
    model: str | None = None,
    base_url: str | None = None,
    api_key: str | None = None,
    timeout: float | None = None,
    max_attempts: int | None = None,
    prompts_dir: str | Path | None = None,
    examples: Sequence[str] = (),
    settings: Settings | None = None,
) -> Draft:
    """The async twin of `draft`; pass one shared `provider` to reuse its connection pool."""
    from draftkit.drafting import arun
    from draftkit.prompt import prompt_set

    options = {
        "model": model,
        "base_url": base_url,
        "api_key": api_key,
        "timeout": timeout,
        "max_attempts": max_attempts,
        "prompts_dir": prompts_dir,
    }
    case, resolved, chosen, own = _prepare(incident, provider, settings, options)
    try:
        return await arun(
            case,
            prompt_set(resolved.prompts_dir),
            chosen,
            max_attempts=resolved.max_attempts,
            examples=examples,
        )
    finally:
        if own:
            await chosen.aclose()


def score(
    text_or_draft: Any, incident: IncidentLike | None = None, language: str | None = None
) -> ScoreResult:
    """Score a draft or a plain-text apology for responsibility, specificity, regret, structure."""
    from draftkit.scoring import score as _score

    return _score(text_or_draft, as_incident(incident) if incident is not None else None, language)
