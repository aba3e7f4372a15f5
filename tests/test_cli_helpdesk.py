"""The helpdesk paths of the CLI: ticket payloads in, ledger examples, the example script."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from conftest import BASE_INCIDENT, EXAMPLES, ROOT
from draftkit.cli import app
from draftkit.incident import Incident
from draftkit.ledger import Ledger

ZENDESK = EXAMPLES / "helpdesk" / "zendesk-ticket.json"
FRESHDESK = EXAMPLES / "helpdesk" / "freshdesk-ticket.json"


def invoke(*args: str) -> Any:
    return CliRunner().invoke(app, list(args))


def test_draft_from_a_zendesk_payload() -> None:
    result = invoke("draft", "--from", "zendesk", str(ZENDESK), "--format", "json")
    assert result.exit_code == 0, result.stderr
    draft = json.loads(result.stdout)
    assert draft["incident_id"] == "4821"
    assert "GBP 2,310" in draft["parts"]["restore_value"]
    assert "Certificate owner" not in draft["text"]  # internal notes stay internal
    assert all(check["passed"] for check in draft["checks"])


def test_a_payload_missing_a_required_field_names_the_payload_path(tmp_path: Path) -> None:
    payload = json.loads(FRESHDESK.read_text(encoding="utf-8"))
    del payload["freshdesk_webhook"]["ticket_cf_impact"]
    path = tmp_path / "ticket.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    result = invoke("draft", "--from", "freshdesk", str(path))
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "impact: missing" in lines[0] and "freshdesk_webhook.ticket_cf_impact" in lines[0]


def test_mapping_without_an_adapter_is_a_usage_error() -> None:
    result = invoke("draft", str(ZENDESK), "--mapping", "mine.yaml")
    assert result.exit_code == 2
    assert "--mapping needs --from" in result.stderr


def test_batch_from_payloads_keeps_every_line(tmp_path: Path) -> None:
    good = json.loads(ZENDESK.read_text(encoding="utf-8"))
    second = copy.deepcopy(good)
    second["ticket"]["id"] = "4822"
    broken = copy.deepcopy(good)
    broken["ticket"]["id"] = "4823"
    del broken["ticket"]["custom_fields"]["approved_remedies"]
    source = tmp_path / "tickets.jsonl"
    source.write_text("".join(json.dumps(p) + "\n" for p in (good, second, broken)))
    output = tmp_path / "out.jsonl"
    result = invoke("batch", str(source), "-o", str(output), "--from", "zendesk")
    assert result.exit_code == 1  # one ticket could not be mapped
    lines = [json.loads(line) for line in output.read_text().splitlines()]
    by_line = {row["line"]: row for row in lines}
    assert sorted(by_line) == [1, 2, 3]
    assert by_line[1]["incident_id"] == "4821" and "error" not in by_line[1]
    assert by_line[2]["incident_id"] == "4822" and "error" not in by_line[2]
    assert by_line[3]["error"] == "input" and "remedies" in by_line[3]["message"]


def _incident(**changes: Any) -> Incident:
    data = copy.deepcopy(BASE_INCIDENT)
    data.update(changes)
    return Incident.model_validate(data)


def test_examples_from_ledger_adds_similar_approved_apologies(tmp_path: Path) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    entries = [
        (_incident(), "Dear Ms. Rivera, APPROVED-EN-ONE textbook edition apology.", "Dana"),
        (_incident(), "UNAPPROVED draft about the textbook edition.", None),
        (_incident(language="es"), "APPROVED-ES apology about textbooks.", "Ana"),
        (_incident(what_happened="A router rebooted."), "APPROVED-EN-TWO.", "Dana"),
        (_incident(impact="Nothing in common at all"), "APPROVED-EN-THREE.", "Dana"),
    ]
    with Ledger.open(ledger) as book:
        for incident_, text, approver in entries:
            book.add(incident_, text, approved_by=approver)
    incident = tmp_path / "incident.json"
    incident.write_text(json.dumps(BASE_INCIDENT), encoding="utf-8")
    result = invoke(
        "prompt", str(incident), "--examples-from-ledger", "--ledger", str(ledger), "-f", "json"
    )
    assert result.exit_code == 0, result.stderr
    user = json.loads(result.stdout)["messages"][1]["content"]
    assert user.count("<example>") == 2  # at most two
    assert "APPROVED-EN-ONE" in user
    assert "Ms. Rivera" not in user.split("<example>")[1]  # a past customer's name is removed
    assert "UNAPPROVED" not in user and "APPROVED-ES" not in user


def test_examples_from_ledger_is_honoured_by_draft(tmp_path: Path, monkeypatch: Any) -> None:
    ledger = tmp_path / "ledger.sqlite3"
    monkeypatch.setenv("DRAFTKIT_LEDGER", str(ledger))
    with Ledger.open(ledger) as book:
        book.add(_incident(), "A past approved apology.", approved_by="Dana")
    incident = tmp_path / "incident.json"
    incident.write_text(json.dumps(BASE_INCIDENT), encoding="utf-8")
    result = invoke("draft", str(incident), "--examples-from-ledger")
    assert result.exit_code == 0, result.stderr
    assert "1 example(s) from the ledger" in result.stderr


def test_the_helpdesk_script_example_files_a_private_note() -> None:
    script = ROOT / "examples" / "helpdesk_script.py"
    result = subprocess.run(
        [sys.executable, str(script), str(ZENDESK), "zendesk"],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    request = json.loads(result.stdout)
    assert request["method"] == "PUT" and request["path"] == "/api/v2/tickets/4821.json"
    comment = request["json"]["ticket"]["comment"]
    assert comment["public"] is False
    assert comment["body"].startswith("Suggested reply (review before sending)")
    assert "GBP 2,310" in comment["body"] and "Certificate owner" not in comment["body"]


@pytest.mark.parametrize(
    ("args", "code", "needle"),
    [
        ([], 2, "python examples/helpdesk_script.py"),
        (["missing.json"], 2, "missing.json: cannot read a JSON payload"),
        (["README.md"], 2, "README.md: cannot read a JSON payload"),
        ([str(ZENDESK), "bogus"], 2, "unknown adapter 'bogus'"),
    ],
)
def test_the_helpdesk_script_refuses_bad_input_in_one_line(
    args: list[str], code: int, needle: str
) -> None:
    script = ROOT / "examples" / "helpdesk_script.py"
    result = subprocess.run(
        [sys.executable, str(script), *args],
        capture_output=True, text=True, timeout=120, cwd=ROOT,
        env={"PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT / "src")},
    )  # fmt: skip
    assert result.returncode == code and needle in result.stderr, result.stderr
    assert "Traceback" not in result.stderr and result.stdout == ""
