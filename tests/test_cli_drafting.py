"""`draftkit draft`, `prompt` and `schema` through typer's CliRunner: output, stderr, exit codes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml
from typer.testing import CliRunner

from draftkit.cli import app
from fakes import BASE_URL, KEY, error, ok

runner = CliRunner()


@pytest.fixture
def incident_file(tmp_path: Path, incident_data: dict[str, Any]) -> Path:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(incident_data, allow_unicode=True))
    return path


def test_offline_draft_by_default(incident_file: Path) -> None:
    result = runner.invoke(app, ["draft", str(incident_file)])
    assert result.exit_code == 0, result.stderr
    assert "template provider" in result.stderr
    assert result.stdout.startswith("Dear Ms. Rivera") or "Rivera" in result.stdout.splitlines()[0]
    assert "Traceback" not in result.stderr


def test_json_output_is_one_object_with_the_contract(incident_file: Path) -> None:
    result = runner.invoke(app, ["draft", str(incident_file), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    document = json.loads(result.stdout)
    assert list(document) == [
        "incident_id",
        "language",
        "channel",
        "subject",
        "greeting",
        "parts",
        "closing",
        "text",
        "checks",
        "meta",
    ]
    assert list(document["parts"]) == [
        "restore_value",
        "responsibility",
        "explanation",
        "fix",
        "regret",
    ]
    assert set(document["meta"]) == {"provider", "model", "prompt_version", "attempts", "usage"}
    assert document["incident_id"] == "INC-4821"
    assert {c["name"] for c in document["checks"]} >= {"parts_present", "approved_offers"}


def test_markdown_labels_the_parts(incident_file: Path) -> None:
    result = runner.invoke(app, ["draft", str(incident_file), "-f", "markdown"])
    assert result.exit_code == 0
    labels = [
        "1. Restore the lost value",
        "2. Acknowledge responsibility",
        "3. Explain the problem",
        "4. Fix and prevention",
        "5. Regret",
    ]
    positions = [result.stdout.index(label) for label in labels]
    assert positions == sorted(positions)
    assert "## Checks" in result.stdout


def test_bad_incident_exits_2_with_one_line(tmp_path: Path, incident_data: dict[str, Any]) -> None:
    incident_data["customer"].pop("name")
    path = tmp_path / "broken.json"
    path.write_text(json.dumps(incident_data))
    result = runner.invoke(app, ["draft", str(path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"draftkit: error: {path}: customer.name: required field is missing"
    )


def test_forcing_openai_without_a_key_exits_3(incident_file: Path) -> None:
    result = runner.invoke(app, ["draft", str(incident_file), "--provider", "openai"])
    assert result.exit_code == 3
    assert "no API key" in result.stderr


def test_json_output_carries_the_error_object_on_exit_2_and_3(
    tmp_path: Path, incident_file: Path, incident_data: dict[str, Any]
) -> None:
    """With -f json a script reads one JSON object on stdout whatever the outcome."""
    incident_data["customer"].pop("name")
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(incident_data))
    bad = runner.invoke(app, ["draft", str(broken), "-f", "json"])
    assert bad.exit_code == 2
    error = json.loads(bad.stdout)
    assert error["error"] == "input" and error["field"] == "customer.name"
    assert error["incident_id"] is None  # the incident did not load
    keyless = runner.invoke(
        app, ["draft", str(incident_file), "--provider", "openai", "-f", "json"]
    )
    assert keyless.exit_code == 3
    error = json.loads(keyless.stdout)
    assert error["error"] == "provider" and "no API key" in error["message"]
    assert error["incident_id"] == incident_data["id"]
    text = runner.invoke(app, ["draft", str(broken)])
    assert text.exit_code == 2 and text.stdout == ""  # plain text output stays clean


def test_unknown_provider_exits_2(incident_file: Path) -> None:
    result = runner.invoke(app, ["draft", str(incident_file), "--provider", "nope"])
    assert result.exit_code == 2
    assert "unknown provider 'nope'; available:" in result.stderr


def test_unknown_provider_from_the_environment_or_config_is_configuration(
    incident_file: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Exit 3 and the place it was set, so a helpdesk script can tell its own bug from a host's."""
    from_env = runner.invoke(app, ["draft", str(incident_file)], env={"DRAFTKIT_PROVIDER": "nope"})
    assert from_env.exit_code == 3, from_env.stderr
    assert "environment variable DRAFTKIT_PROVIDER: unknown provider 'nope'" in from_env.stderr
    (tmp_path / "draftkit.toml").write_text('provider = "nope"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    from_file = runner.invoke(app, ["draft", str(incident_file)])
    assert from_file.exit_code == 3, from_file.stderr
    assert "draftkit.toml: unknown provider 'nope'" in from_file.stderr


@respx.mock(base_url=BASE_URL)
def test_openai_success_and_meta(
    respx_mock: respx.MockRouter,
    incident_file: Path,
    good_draft: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    respx_mock.post("/chat/completions").mock(
        side_effect=[error(429, "slow", {"Retry-After": "0"}), ok(good_draft)]
    )
    result = runner.invoke(app, ["draft", str(incident_file), "-f", "json", "--model", "gpt-x"])
    assert result.exit_code == 0, result.stderr
    meta = json.loads(result.stdout)["meta"]
    assert (meta["provider"], meta["model"], meta["attempts"]) == ("openai", "gpt-test", 1)


@respx.mock(base_url=BASE_URL)
def test_401_exits_3_without_printing_the_key(
    respx_mock: respx.MockRouter, incident_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    respx_mock.post("/chat/completions").mock(return_value=error(401, f"Incorrect key {KEY}"))
    result = runner.invoke(app, ["draft", str(incident_file), "--verbose"])
    assert result.exit_code == 3
    assert "HTTP 401" in result.stderr
    assert KEY not in result.stderr + result.stdout


@respx.mock(base_url=BASE_URL)
def test_rejection_exits_4_and_loses_nothing(
    respx_mock: respx.MockRouter,
    incident_file: Path,
    good_draft: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    offer = dict(good_draft, restore_value="We will give you a full refund and three free months.")
    respx_mock.post("/chat/completions").mock(return_value=ok(offer))
    result = runner.invoke(app, ["draft", str(incident_file)])
    assert result.exit_code == 4
    assert "draft rejected after 3 attempts: approved_offers" in result.stderr
    assert "full refund and three free months" in result.stderr
    assert result.stdout == ""


def test_prompt_prints_messages_without_calling(incident_file: Path) -> None:
    result = runner.invoke(app, ["prompt", str(incident_file), "--format", "json"])
    assert result.exit_code == 0
    document = json.loads(result.stdout)
    assert [m["role"] for m in document["messages"]] == ["system", "user"]
    assert document["prompt_version"].startswith("v1-")


@pytest.mark.parametrize("name", ["incident", "draft"])
def test_schema(name: str) -> None:
    result = runner.invoke(app, ["schema", name])
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    assert "properties" in schema
    assert ("remedies" if name == "incident" else "parts") in schema["properties"]


def test_help_lists_the_commands() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("draft", "prompt", "schema"):
        assert command in result.stdout


def test_a_missing_language_is_read_from_the_facts_and_said(tmp_path: Path) -> None:
    example = Path(__file__).parents[1] / "examples" / "telecom-billing-ro.yaml"
    data = yaml.safe_load(example.read_text(encoding="utf-8"))
    del data["language"]
    path = tmp_path / "no-language.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["draft", str(path), "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["language"] == "ro"
    assert f"{path}: no language given and the facts are in ro, so the draft is in ro" in (
        result.stderr
    )
    data["language"] = "en"  # said on purpose: no second-guessing
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    result = runner.invoke(app, ["prompt", str(path)])
    assert "no language given" not in result.stderr and "English" in result.stdout


def test_english_facts_without_a_language_need_no_note(
    tmp_path: Path, incident_data: dict[str, Any]
) -> None:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump({k: v for k, v in incident_data.items() if k != "language"}))
    result = runner.invoke(app, ["draft", str(path)])
    assert result.exit_code == 0 and "no language given" not in result.stderr, result.stderr
