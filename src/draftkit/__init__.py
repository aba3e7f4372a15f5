"""draftkit: draft, check and score five-part customer apologies after a service failure.

`import draftkit` stays light (no openai, no httpx): the public names below load on first use, so a
helpdesk script that only scores text never pays for the model client.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS: dict[str, str] = {
    "Incident": "draftkit.incident",
    "load_incident": "draftkit.incident",
    "Draft": "draftkit.draft_types",
    "DraftContent": "draftkit.draft_types",
    "Check": "draftkit.draft_types",
    "Usage": "draftkit.draft_types",
    "DraftkitError": "draftkit.errors",
    "InputError": "draftkit.errors",
    "ConfigError": "draftkit.errors",
    "Context": "draftkit.context",
    "ProviderError": "draftkit.errors",
    "ProviderConnectionError": "draftkit.errors",
    "ProviderStatusError": "draftkit.errors",
    "ProviderTimeout": "draftkit.errors",
    "DraftRejected": "draftkit.errors",
    "Settings": "draftkit.settings",
    "load_settings": "draftkit.settings",
    "ScoreResult": "draftkit.scoring.model",
    "OpenAIProvider": "draftkit.providers.openai_chat",
    "TemplateProvider": "draftkit.providers.template",
    "Mapping": "draftkit.adapters",
    "incident_from_payload": "draftkit.adapters",
    "load_mapping": "draftkit.adapters",
    "write_back": "draftkit.adapters",
    "draft": "draftkit.api",
    "adraft": "draftkit.api",
    "score": "draftkit.api",
}

__all__ = [
    "Check",
    "ConfigError",
    "Context",
    "Draft",
    "DraftContent",
    "DraftRejected",
    "DraftkitError",
    "Incident",
    "InputError",
    "Mapping",
    "OpenAIProvider",
    "ProviderConnectionError",
    "ProviderError",
    "ProviderStatusError",
    "ProviderTimeout",
    "ScoreResult",
    "Settings",
    "TemplateProvider",
    "Usage",
    "__version__",
    "adraft",
    "draft",
    "incident_from_payload",
    "load_incident",
    "load_mapping",
    "load_settings",
    "score",
    "write_back",
]

if TYPE_CHECKING:
    from draftkit.adapters import Mapping, incident_from_payload, load_mapping, write_back
    from draftkit.api import adraft, draft, score
    from draftkit.context import Context
    from draftkit.draft_types import Check, Draft, DraftContent, Usage
    from draftkit.errors import (
        ConfigError,
        DraftkitError,
        DraftRejected,
        InputError,
        ProviderConnectionError,
        ProviderError,
        ProviderStatusError,
        ProviderTimeout,
    )
    from draftkit.incident import Incident, load_incident
    from draftkit.providers.openai_chat import OpenAIProvider
    from draftkit.providers.template import TemplateProvider
    from draftkit.scoring.model import ScoreResult
    from draftkit.settings import Settings, load_settings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'draftkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return __all__
