"""The top-level names scripts import: sorted, all resolvable, and still cheap to import."""

from __future__ import annotations

import re
from pathlib import Path

import draftkit

README = Path(__file__).resolve().parents[1] / "README.md"


def test_all_is_sorted() -> None:
    assert draftkit.__all__ == sorted(draftkit.__all__)


def test_every_exported_name_resolves() -> None:
    missing = [name for name in draftkit.__all__ if getattr(draftkit, name, None) is None]
    assert missing == []


def test_the_names_scripts_need_are_exported() -> None:
    needed = {"ScoreResult", "OpenAIProvider", "write_back", "load_mapping", "draft", "score"}
    needed |= {"ProviderTimeout", "ProviderConnectionError", "ProviderStatusError"}
    assert needed <= set(draftkit.__all__)


def test_the_readme_uses_only_exported_top_level_names() -> None:
    used = set(re.findall(r"\bdraftkit\.([A-Za-z_]\w*)\b(?!\.)", README.read_text("utf-8")))
    modules = {"adapters", "evaluation", "languages", "providers", "scorers", "testing", "toml"}
    assert used - modules <= set(draftkit.__all__), used - modules - set(draftkit.__all__)


def test_the_provider_errors_are_provider_errors() -> None:
    for cause in (draftkit.ProviderTimeout, draftkit.ProviderConnectionError):
        assert issubclass(cause, draftkit.ProviderError)
    assert draftkit.ProviderStatusError("HTTP 500", status_code=500).status_code == 500
