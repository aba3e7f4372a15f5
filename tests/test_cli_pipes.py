"""Pipes: an incident on stdin, exactly one JSON object on stdout, notices on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from typer.testing import CliRunner

from draftkit.cli import app


def test_stdin_to_json(incident_data: dict[str, Any]) -> None:
    result = CliRunner().invoke(
        app, ["draft", "-", "--format", "json"], input=json.dumps(incident_data)
    )
    assert result.exit_code == 0
    document = json.loads(result.stdout)  # exactly one object: it parses whole
    assert document["incident_id"] == "INC-4821"
    assert "template provider" in result.stderr


def test_real_process_pipe(incident_data: dict[str, Any], tmp_path: Any) -> None:
    env = {"PATH": "", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, "-m", "draftkit", "draft", "-", "-f", "json"],
        input=json.dumps(incident_data),
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["meta"]["provider"] == "template"
    broken = subprocess.run(
        [sys.executable, "-m", "draftkit", "draft", "-"],
        input="{not json",
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert broken.returncode == 2
    assert broken.stderr.startswith("draftkit: error: <stdin>: invalid")
    assert "Traceback" not in broken.stderr
