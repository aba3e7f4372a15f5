"""Language packs: everything draftkit knows about one language lives in one folder.

A pack is a folder `<code>/` holding `manifest.yaml` (its name, ISO code and stemmer, how its
contractions and abbreviations read) and data files: `lexicon.yaml` (the phrases the guards and
scorers look for), `facts.yaml` (months, number words, units, currencies), `words.yaml` (its
function words) and `template.yaml` (the offline drafts). The packs shipped with draftkit are the
folders next to this file; `register(path)` adds one from anywhere else. Adding a language means
adding one pack: the incident contract, the CLI's choices, the prompt and the checks all read the
registry.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any, TypeVar

import yaml

if sys.version_info >= (3, 11):
    from importlib.resources.abc import Traversable
else:
    from importlib.abc import Traversable

# Our own data files are trusted and plain; libyaml's C loader reads them ~10x faster, which is
# most of an offline draft's start-up. Incident files keep the stricter loader in `loading`.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

_REQUIRED = ("code", "name", "native_name", "iso", "stemmer")


class LanguagePackError(ValueError):
    """A pack that is missing or malformed: a packaging bug, not bad user input."""


@dataclass(frozen=True)
class LanguagePack:
    code: str
    name: str  # the English name, as prompts say it: "Spanish"
    native_name: str
    iso: str  # ISO 639-1 code, as the language identifier names the language
    stemmer: str  # name of the Snowball algorithm
    root: Traversable
    manifest: dict[str, Any] = field(repr=False, compare=False)
    _data: dict[str, dict[str, Any]] = field(default_factory=dict, repr=False, compare=False)

    def data(self, topic: str) -> dict[str, Any]:
        """`<topic>.yaml` of this pack, read once; an absent file is an empty mapping."""
        if topic not in self._data:
            path = self.root.joinpath(f"{topic}.yaml")
            value = (
                yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
                if path.is_file()
                else {}
            )
            if not isinstance(value, dict):
                raise LanguagePackError(
                    f"language pack {self.code}: {topic}.yaml must hold a mapping"
                )
            self._data[topic] = value
        return self._data[topic]


def _read_pack(root: Traversable) -> LanguagePack:
    manifest_path = root.joinpath("manifest.yaml")
    if not manifest_path.is_file():
        raise LanguagePackError(f"{root}: a language pack needs a manifest.yaml")
    manifest = yaml.load(manifest_path.read_text(encoding="utf-8"), Loader=_LOADER)
    missing = [key for key in _REQUIRED if not isinstance(manifest, dict) or key not in manifest]
    if missing:
        raise LanguagePackError(f"{manifest_path}: missing {', '.join(missing)}")
    code, name, native_name, iso, stemmer = (str(manifest[key]) for key in _REQUIRED)
    return LanguagePack(code, name, native_name, iso, stemmer, root=root, manifest=manifest)


_registered: dict[str, LanguagePack] = {}


@cache
def _shipped() -> dict[str, LanguagePack]:
    here = resources.files(__name__)
    found = [
        _read_pack(entry) for entry in here.iterdir() if entry.joinpath("manifest.yaml").is_file()
    ]
    return {pack.code: pack for pack in sorted(found, key=lambda pack: pack.code)}


def packs() -> dict[str, LanguagePack]:
    """Every known pack by code: the shipped ones, then those registered."""
    return {**_shipped(), **_registered}


def codes() -> tuple[str, ...]:
    return tuple(packs())


def pack(code: str) -> LanguagePack:
    try:
        return packs()[code]
    except KeyError:
        raise LanguagePackError(
            f"no language pack for {code!r}; known: {', '.join(codes())}"
        ) from None


def register(path: str | Path) -> LanguagePack:
    """Add (or replace) a pack from a folder outside draftkit, e.g. a plugin's or a test's."""
    new = _read_pack(Path(path))
    _registered[new.code] = new
    changed()
    return new


def unregister(code: str) -> None:
    _registered.pop(code, None)
    changed()


_listeners: list[Any] = []
_T = TypeVar("_T")


def on_change(clear: _T) -> _T:
    """Register a cache to clear when the set of packs changes: a `functools.cache` function (its
    `cache_clear` is called) or any callable. Every cache keyed by a language code needs one, or a
    replaced pack would be read through the old one's verdicts."""
    _listeners.append(clear)
    return clear


def changed() -> None:
    """Clear every registered cache: the packs changed, or what the guards judge with."""
    for listener in _listeners:
        getattr(listener, "cache_clear", listener)()
