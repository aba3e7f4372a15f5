"""Providers and scorers are found through entry points, the built-in ones included.

`draftkit.providers` entry points name a factory taking the resolved `Settings`;
`draftkit.scorers` name a callable `(text, incident, language) -> float | ScoreLike`.
The built-ins are also listed here so a source checkout without installed metadata still works.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from importlib.metadata import entry_points
from typing import Any

from draftkit.errors import InputError


class PluginError(InputError):
    """A named provider or scorer that is not installed or does not load: usage when the name
    came from a flag, configuration when it came from the environment or a config file."""


BUILTIN: dict[str, dict[str, str]] = {
    "draftkit.providers": {
        "openai": "draftkit.providers.openai_chat:OpenAIProvider",
        "template": "draftkit.providers.template:TemplateProvider",
    },
    "draftkit.scorers": {
        name: f"draftkit.scoring:{name}"
        for name in ("responsibility", "specificity", "regret", "structure")
    },
}


@dataclass(frozen=True)
class Plugin:
    group: str
    name: str
    target: str
    origin: str  # "draftkit" or the distribution that provides it

    def load(self) -> Any:
        module, _, attribute = self.target.partition(":")
        value: Any = import_module(module)
        for part in attribute.split(".") if attribute else ():
            value = getattr(value, part)
        return value


def plugins(group: str) -> dict[str, Plugin]:
    found = {
        name: Plugin(group, name, target, "draftkit")
        for name, target in BUILTIN.get(group, {}).items()
    }
    for ep in entry_points(group=group):
        if ep.name in found:
            continue  # a built-in name is never taken over by another package
        dist = ep.dist.name if ep.dist is not None else "unknown"
        found[ep.name] = Plugin(group, ep.name, ep.value, dist)
    return found


def load_plugin(group: str, name: str) -> Any:
    builtin = BUILTIN.get(group, {}).get(name)
    if builtin is not None:  # no scan of every installed distribution's metadata
        return Plugin(group, name, builtin, "draftkit").load()
    available = plugins(group)
    plugin = available.get(name)
    if plugin is None:
        kind = group.rsplit(".", 1)[-1].rstrip("s")
        raise PluginError(f"unknown {kind} '{name}'; available: {', '.join(sorted(available))}")
    try:
        return plugin.load()
    except (ImportError, AttributeError) as exc:
        raise PluginError(
            f"{group} plugin '{name}' ({plugin.target}) failed to load: {exc}"
        ) from None
