"""Error messages that say what to fix: the field, the expected form, the file, the URL."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import httpx
import pytest
import respx
import yaml
from typer.testing import CliRunner

from conftest import BASE_INCIDENT
from draftkit.cli import app
from draftkit.errors import InputError
from draftkit.incident import load_incident

runner = CliRunner()


def message_for(tmp_path: Path, text: str, name: str = "incident.yaml") -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_incident(path)
    message = str(caught.value)
    assert "\n" not in message and message.startswith(f"{path}: ")
    return message[len(f"{path}: ") :]


def as_yaml(**changes: Any) -> str:
    data = copy.deepcopy(BASE_INCIDENT)
    data.update(changes)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False)


@pytest.mark.parametrize("written", ["12/11/2026", "18 November 2026", "2026.11.18"])
def test_a_date_in_another_format_asks_for_yyyy_mm_dd(tmp_path: Path, written: str) -> None:
    message = message_for(tmp_path, as_yaml(occurred_at=written))
    assert message.startswith("occurred_at: expected a date as YYYY-MM-DD"), message
    assert repr(written) in message
    follow = message_for(tmp_path, as_yaml(follow_up={"action": "Call", "by": written}))
    assert follow.startswith("follow_up.by: expected a date as YYYY-MM-DD, got"), follow


def test_an_impossible_unquoted_yaml_date_names_its_field(tmp_path: Path) -> None:
    text = as_yaml().replace("by: '2026-11-28'", "by: 2026-13-45")
    assert "by: 2026-13-45" in text
    message = message_for(tmp_path, text)
    assert message.startswith("follow_up.by: expected a date as YYYY-MM-DD, got '2026-13-45'")
    assert "month" in message


def test_an_unquoted_yaml_date_still_loads(tmp_path: Path) -> None:
    text = as_yaml().replace("by: '2026-11-28'", "by: 2026-11-28")
    path = tmp_path / "incident.yaml"
    path.write_text(text)
    assert str(load_incident(path).follow_up.by) == "2026-11-28"  # type: ignore[union-attr]


def test_a_wrong_shape_shows_the_expected_one(tmp_path: Path) -> None:
    message = message_for(tmp_path, as_yaml(customer="Northside Academy"))
    assert (
        message == "customer: expected a mapping {name: ..., contact?: ..., salutation?: ...}, "
        "got 'Northside Academy'"
    )
    follow = message_for(tmp_path, as_yaml(follow_up="next week"))
    assert follow.startswith("follow_up: expected a mapping {action: ..., by: ...}")


def test_empty_remedies_say_what_belongs_there(tmp_path: Path) -> None:
    message = message_for(tmp_path, as_yaml(remedies=[]))
    assert message == (
        "remedies: list at least one approved remedy (what you may offer the customer); "
        "the list is empty"
    )


def test_every_problem_is_listed(tmp_path: Path) -> None:
    message = message_for(tmp_path, as_yaml(remedies=[], fixes=[], customer={"nam": "X"}))
    for part in ("customer.nam: unknown field", "customer.name: required", "remedies:", "fixes:"):
        assert part in message
    assert "more problem" not in message


def test_broken_json_on_stdin_is_reported_as_json() -> None:
    result = runner.invoke(app, ["draft", "-"], input='{"id": "INC-1",\n "language": }\n')
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "draftkit: error: <stdin>: invalid JSON at line 2 column 14: Expecting value"
    )


def test_a_yaml_flow_mapping_in_a_yaml_file_is_still_yaml(tmp_path: Path) -> None:
    path = tmp_path / "flow.yaml"
    path.write_text(json.dumps(BASE_INCIDENT).replace('"id": ', "id: "))
    assert load_incident(path).id == "INC-4821"


@respx.mock
def test_a_connection_error_names_the_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DRAFTKIT_RETRIES", "0")
    url = "http://127.0.0.1:9/v1"
    respx.post(f"{url}/chat/completions").mock(side_effect=httpx.ConnectError("refused"))
    path = tmp_path / "incident.yaml"
    path.write_text(as_yaml())
    result = runner.invoke(app, ["draft", str(path), "--base-url", url])
    assert result.exit_code == 3
    assert f"connection failed to {url}: " in result.stderr


def test_score_a_directory_says_what_it_expected(tmp_path: Path) -> None:
    result = runner.invoke(app, ["score", str(tmp_path)])
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        f"draftkit: error: {tmp_path}: is a directory, expected an apology "
        "(draft JSON or plain text)"
    )


def test_an_empty_apology_names_its_file(tmp_path: Path, good_draft: dict[str, str]) -> None:
    blank = {key: "" for key in good_draft}
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(blank))
    scored = runner.invoke(app, ["score", str(draft)])
    assert scored.exit_code == 2
    assert f"{draft}: every part of the draft is empty" in scored.stderr
    empty = tmp_path / "sent.txt"
    empty.write_text("  \n")
    incident = tmp_path / "incident.yaml"
    incident.write_text(as_yaml())
    ledger = tmp_path / "ledger.db"
    added = runner.invoke(
        app, ["ledger", "add", str(incident), "--text", str(empty), "--ledger", str(ledger)]
    )
    assert added.exit_code == 2
    assert f"{empty}: empty file, expected the apology that was sent" in added.stderr
