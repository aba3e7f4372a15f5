"""Language data (phrase lists for en/es/ro) lives in YAML files under `draftkit/data/`.

`load("guards", "es")` reads `data/guards/es.yaml` once and caches it. Patterns are written in the
files as plain phrases or as regular expressions (`re:` prefix) and compiled here, accent- and
case-insensitively, so the data files stay readable to the linguists who maintain them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import resources
from typing import Any

import yaml


@cache
def load(topic: str, language: str) -> dict[str, Any]:
    path = resources.files("draftkit").joinpath(f"data/{topic}/{language}.yaml")
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict):
        raise ValueError(f"draftkit data file {topic}/{language}.yaml must hold a mapping")
    return data


def fold(text: str) -> str:
    """Lower-case and strip diacritics, so 'Greșeala' matches 'greseala' and 'ș' matches 'ş'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _pattern_source(entry: str) -> str:
    if entry.startswith("re:"):
        return fold(entry[3:].strip())
    words = [re.escape(word) for word in fold(entry).split()]
    return r"\b" + r"\s+".join(words) + r"\b"


@cache
def compile_list(entries: tuple[str, ...]) -> re.Pattern[str] | None:
    """One alternation over a phrase list; match it against `fold(text)`."""
    if not entries:
        return None
    return re.compile("|".join(f"(?:{_pattern_source(e)})" for e in entries))


def patterns(topic: str, language: str, key: str) -> re.Pattern[str] | None:
    """The compiled phrase list `key` of `data/<topic>/<language>.yaml` (None when empty)."""
    entries = load(topic, language).get(key) or []
    return compile_list(tuple(str(e) for e in entries))


def find(topic: str, language: str, key: str, text: str) -> list[str]:
    """Every match of phrase list `key` in `text` (folded), in order."""
    pattern = patterns(topic, language, key)
    if pattern is None:
        return []
    return [m.group(0) for m in pattern.finditer(fold(text))]
