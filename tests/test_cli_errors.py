"""One error shape, no tracebacks: output paths, closed stdin, error objects, --version, notices."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import respx
import yaml
from typer.testing import CliRunner

from conftest import BASE_INCIDENT
from draftkit.cli import app
from draftkit.draft_types import Usage
from draftkit.errors import DraftkitError, DraftRejected, InputError, ProviderError
from fakes import BASE_URL, KEY, ok

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()


def one_line_error(result: Any, code: int = 2) -> str:
    assert result.exit_code == code, (result.exit_code, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("draftkit: error: "), result.stderr
    return str(lines[0])


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps(BASE_INCIDENT) + "\n")
    return path


def test_batch_into_a_missing_directory_is_one_line(jsonl: Path, tmp_path: Path) -> None:
    target = tmp_path / "missing" / "dir" / "out.jsonl"
    result = runner.invoke(app, ["batch", str(jsonl), "-o", str(target), "--provider", "template"])
    line = one_line_error(result)
    assert f"{target}: directory {target.parent} does not exist" in line
    assert not target.parent.exists()


def test_batch_into_a_directory_is_one_line(jsonl: Path, tmp_path: Path) -> None:
    result = runner.invoke(
        app, ["batch", str(jsonl), "-o", str(tmp_path), "--provider", "template"]
    )
    assert f"{tmp_path}: is a directory" in one_line_error(result)


def test_eval_report_onto_an_existing_file_fails_before_running(tmp_path: Path) -> None:
    existing = tmp_path / "report.txt"
    existing.write_text("keep me")
    result = runner.invoke(app, ["eval", "--report", str(existing)])
    assert f"{existing}: is a file; --report takes a directory" in one_line_error(result)
    assert result.stdout == "" and existing.read_text() == "keep me"


def test_eval_report_where_nothing_can_be_written_is_one_line() -> None:
    result = runner.invoke(app, ["eval", "--report", "/proc/draftkit-report"])
    assert "/proc/draftkit-report: cannot create it" in one_line_error(result)


@pytest.mark.parametrize(
    "args",
    [["draft", "-"], ["prompt", "-"], ["score", "-"], ["batch", "-", "-o", "out.jsonl"]],
)
def test_a_closed_stdin_is_one_line(args: list[str], tmp_path: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "draftkit", *args],
        preexec_fn=lambda: os.close(0),  # as `draftkit draft - <&-` in a shell
        capture_output=True,
        text=True,
        cwd=tmp_path,
        timeout=60,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr
    assert done.stderr.strip().splitlines() == [
        next(line for line in done.stderr.splitlines() if "standard input is closed" in line)
    ]


def test_every_error_has_to_dict() -> None:
    assert InputError("f: x: bad", source="f", field="x").to_dict() == {
        "error": "input",
        "message": "f: x: bad",
        "source": "f",
        "field": "x",
    }
    provider = ProviderError("HTTP 500", status_code=500, attempts=3).to_dict()
    assert provider["error"] == "provider" and provider["status_code"] == 500
    assert provider["attempts"] == 3 and provider["message"] == "HTTP 500"
    rejected = DraftRejected("no", findings=[], last_draft=None, attempts=3, usage=Usage())
    assert rejected.to_dict()["error"] == "rejected"
    assert DraftkitError("other").to_dict() == {"error": "draftkit", "message": "other"}
    for error in (InputError("x"), ProviderError("y"), rejected):
        json.dumps(error.to_dict())


@respx.mock(base_url=BASE_URL)
def test_draft_json_prints_the_rejection_object_on_stdout(
    respx_mock: respx.MockRouter,
    tmp_path: Path,
    good_draft: dict[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(BASE_INCIDENT, allow_unicode=True))
    offer = dict(good_draft, restore_value="We will give you a full refund and three free months.")
    respx_mock.post("/chat/completions").mock(return_value=ok(offer))
    result = runner.invoke(app, ["draft", str(path), "-f", "json"])
    assert result.exit_code == 4
    error = json.loads(result.stdout)
    assert error["incident_id"] == "INC-4821" and error["error"] == "rejected"
    assert error["findings"][0]["name"] == "approved_offers"
    assert "full refund" in error["last_draft"]["restore_value"]
    assert "draft rejected after 3 attempts" in result.stderr


def test_batch_error_lines_carry_the_incident_id_and_the_column(tmp_path: Path) -> None:
    invalid = copy.deepcopy(BASE_INCIDENT)
    invalid["id"] = "INC-77"
    invalid["customer"] = "Northside Academy"
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps(invalid) + "\n" + '{"id": "INC-78", "language": \n')
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(output), "--provider", "template"])
    assert result.exit_code == 1
    first, second = (json.loads(line) for line in output.read_text().splitlines())
    assert first["incident_id"] == "INC-77" and first["error"] == "input"
    assert first["field"] == "customer"
    assert second["message"] == (f"{source}:2: invalid JSON at column 30: Expecting value"), second[
        "message"
    ]


def test_version_is_the_package_version() -> None:
    pyproject = (ROOT / "pyproject.toml").read_text()
    declared = re.search(r'^version = "([^"]+)"', pyproject, re.MULTILINE).group(1)  # type: ignore[union-attr]
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout == f"draftkit {declared}\n"


def test_prompt_as_markdown(tmp_path: Path) -> None:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(BASE_INCIDENT, allow_unicode=True))
    result = runner.invoke(app, ["prompt", str(path), "-f", "markdown"])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("# Prompt `v1-")
    assert "\n## system\n\n```text\n" in result.stdout and "\n## user\n\n" in result.stdout
    assert "Northside Academy" in result.stdout


def test_template_chosen_in_the_config_file_gets_no_fallback_notice(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(BASE_INCIDENT, allow_unicode=True))
    monkeypatch.chdir(tmp_path)
    unconfigured = runner.invoke(app, ["draft", str(path)])
    assert "no OPENAI_API_KEY" in unconfigured.stderr  # the notice when nothing was chosen
    (tmp_path / "draftkit.toml").write_text('provider = "template"\n')
    chosen = runner.invoke(app, ["draft", str(path)])
    assert chosen.exit_code == 0, chosen.stderr
    assert "no OPENAI_API_KEY" not in chosen.stderr
    assert "drafting with provider template" in chosen.stderr
