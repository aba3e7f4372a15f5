"""`draftkit score` on draft JSON and plain text, in order, as JSON lines or a table."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml
from typer.testing import CliRunner

from conftest import GOOD_DRAFT
from draftkit.cli import app

runner = CliRunner()


def test_json_lines_in_the_order_given(tmp_path: Path, incident_data: dict[str, Any]) -> None:
    incident = tmp_path / "incident.yaml"
    incident.write_text(yaml.safe_dump(incident_data))
    draft = tmp_path / "draft.json"
    draft.write_text(json.dumps(GOOD_DRAFT))
    generic = tmp_path / "generic.txt"
    generic.write_text("We apologize for any inconvenience. We are taking steps.\n")
    result = runner.invoke(
        app, ["score", "-f", "json", "--incident", str(incident), str(generic), str(draft)]
    )
    assert result.exit_code == 0, result.stderr
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [line["file"] for line in lines] == [str(generic), str(draft)]
    for key in ("responsibility", "specificity", "regret", "structure", "findings"):
        assert key in lines[0]
    assert lines[1]["regret"] > lines[0]["regret"]
    assert any(not c["passed"] for c in lines[0]["checks"])


def test_language_is_detected_or_forced(tmp_path: Path) -> None:
    text = tmp_path / "ro.txt"
    text.write_text("Ne pare rău că ați așteptat trei ore. A fost greșeala noastră.")
    detected = runner.invoke(app, ["score", "-f", "json", str(text)])
    forced = runner.invoke(app, ["score", "-f", "json", "--language", "es", str(text)])
    assert json.loads(detected.stdout)["language"] == "ro"
    assert json.loads(forced.stdout)["language"] == "es"


def test_table_output(tmp_path: Path) -> None:
    text = tmp_path / "a.txt"
    text.write_text("We are sorry if you feel upset.")
    result = runner.invoke(app, ["score", str(text)])
    assert result.exit_code == 0
    assert "resp" in result.stdout.splitlines()[0]
    assert "non-apology" in result.stdout


def test_bad_inputs_exit_2(tmp_path: Path) -> None:
    broken = tmp_path / "broken.json"
    broken.write_text('{"subject": "x"')
    partial = tmp_path / "partial.json"
    partial.write_text('{"subject": "x"}')
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n")
    for path, message in (
        (broken, "invalid JSON"),
        (partial, "greeting: required field"),
        (empty, "empty file"),
        (tmp_path / "nope.txt", "no such file"),
    ):
        result = runner.invoke(app, ["score", str(path)])
        assert result.exit_code == 2
        assert message in result.stderr and "Traceback" not in result.stderr
