"""Third-party providers and scorers, found through entry points like the built-ins.

A tiny plugin package (tests/data/plugin_pkg) is really installed, with pip, into a scratch
directory, and draftkit runs in a subprocess that has it on its path.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES, ROOT
from draftkit.registry import load_plugin, plugins

PLUGIN_SOURCE = ROOT / "tests" / "data" / "plugin_pkg"


@pytest.fixture(scope="module")
def plugin_path(tmp_path_factory: pytest.TempPathFactory) -> Path:
    scratch = tmp_path_factory.mktemp("plugin")
    source = scratch / "src"
    shutil.copytree(PLUGIN_SOURCE, source)  # build outside the checkout
    target = scratch / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--quiet", "--no-index", "--no-deps",
         "--no-build-isolation", "--target", str(target), str(source)],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    return target


def draftkit(plugin_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTKIT_"))}
    env["PYTHONPATH"] = os.pathsep.join([str(plugin_path), env.get("PYTHONPATH", "")])
    return subprocess.run(
        [sys.executable, "-m", "draftkit", *args],
        capture_output=True, text=True, env=env, cwd=ROOT, timeout=120,
    )  # fmt: skip


def test_builtins_go_through_the_registry() -> None:
    providers, scorers = plugins("draftkit.providers"), plugins("draftkit.scorers")
    assert {"openai", "template"} <= set(providers)
    assert {"responsibility", "specificity", "regret", "structure"} <= set(scorers)
    assert all(
        p.origin == "draftkit" for p in providers.values() if p.name in {"openai", "template"}
    )
    regret = load_plugin("draftkit.scorers", "regret")
    assert 0 <= regret("We are deeply sorry that your students lost three days.", None, "en") <= 1


def test_plugins_lists_an_installed_package(plugin_path: Path) -> None:
    result = draftkit(plugin_path, "plugins", "--json")
    assert result.returncode == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    found = {(row["kind"], row["name"]): row["from"] for row in rows}
    assert found[("provider", "gateway")] == "draftkit-gateway"
    assert found[("scorer", "brevity")] == "draftkit-gateway"
    assert found[("provider", "template")] == "draftkit"


def test_a_plugin_provider_drafts_and_is_held_to_the_checks(plugin_path: Path) -> None:
    result = draftkit(
        plugin_path, "draft", str(EXAMPLES / "saas-outage-en.yaml"), "--provider", "gateway",
        "--format", "json",
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    draft: dict[str, Any] = json.loads(result.stdout)
    assert draft["meta"]["provider"] == "gateway"
    assert draft["meta"]["usage"]["total_tokens"] == 10
    assert draft["closing"].endswith("(via gateway)")
    assert [c["name"] for c in draft["checks"] if not c["passed"]] == []


def test_a_plugin_scorer_adds_its_score(plugin_path: Path, tmp_path: Path) -> None:
    words = " ".join(["word"] * 360)
    letter = tmp_path / "letter.txt"
    letter.write_text(f"We made a mistake and we are sorry. {words}", encoding="utf-8")
    result = draftkit(plugin_path, "score", str(letter), "--scorer", "brevity", "-f", "json")
    assert result.returncode == 0, result.stderr
    extra = json.loads(result.stdout)["extra"]
    assert extra == {"brevity": round((600 - 368) / 480, 4)}


def test_eval_uses_plugin_provider_and_scorer(plugin_path: Path) -> None:
    result = draftkit(plugin_path, "eval", "--provider", "gateway", "--scorer", "brevity")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "brevity" in result.stdout
    assert "40 passed" in result.stdout


def test_an_unknown_plugin_is_a_usage_error_naming_what_exists(plugin_path: Path) -> None:
    result = draftkit(
        plugin_path, "draft", str(EXAMPLES / "saas-outage-en.yaml"), "--provider", "gatewy"
    )
    assert result.returncode == 2
    assert "gateway" in result.stderr and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_package_cannot_take_over_a_builtin_name(monkeypatch: pytest.MonkeyPatch) -> None:
    from importlib.metadata import EntryPoint

    import draftkit.registry as registry
    from draftkit.providers.openai_chat import OpenAIProvider

    group = "draftkit.providers"
    hijack = EntryPoint(name="openai", value="evil_package:Provider", group=group)
    extra = EntryPoint(name="gateway", value="draftkit_gateway:GatewayProvider", group=group)
    monkeypatch.setattr(registry, "entry_points", lambda group: [hijack, extra])
    found = registry.plugins(group)
    assert found["openai"].target == "draftkit.providers.openai_chat:OpenAIProvider"
    assert found["gateway"].target == "draftkit_gateway:GatewayProvider"
    assert registry.load_plugin(group, "openai") is OpenAIProvider
