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
    "Draft": "draftkit.draft_types",
    "DraftContent": "draftkit.draft_types",
    "Check": "draftkit.draft_types",
    "Usage": "draftkit.draft_types",
    "DraftkitError": "draftkit.errors",
    "InputError": "draftkit.errors",
    "ProviderError": "draftkit.errors",
    "DraftRejected": "draftkit.errors",
    "Settings": "draftkit.settings",
    "draft": "draftkit.api",
    "adraft": "draftkit.api",
    "score": "draftkit.api",
}

__all__ = [
    "Check",
    "Draft",
    "DraftContent",
    "DraftRejected",
    "DraftkitError",
    "Incident",
    "InputError",
    "ProviderError",
    "Settings",
    "Usage",
    "__version__",
    "adraft",
    "draft",
    "score",
]

if TYPE_CHECKING:
    from draftkit.api import adraft, draft, score
    from draftkit.draft_types import Check, Draft, DraftContent, Usage
    from draftkit.errors import DraftkitError, DraftRejected, InputError, ProviderError
    from draftkit.incident import Incident
    from draftkit.settings import Settings


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'draftkit' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value
