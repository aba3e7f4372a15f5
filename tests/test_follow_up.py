"""A follow-up date already gone is bad input, unless it falls after the incident or is allowed."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

import draftkit
from conftest import BASE_INCIDENT
from draftkit.cli import app
from draftkit.errors import InputError
from draftkit.incident import Incident, check_follow_up

runner = CliRunner()
TODAY = dt.date.today()
LAST_MONTH = TODAY - dt.timedelta(days=30)


def incident(by: dt.date, occurred_at: dt.date | None = None) -> dict[str, Any]:
    data = copy.deepcopy(BASE_INCIDENT)
    data["follow_up"]["by"] = by.isoformat()
    data.pop("occurred_at")
    if occurred_at is not None:
        data["occurred_at"] = occurred_at.isoformat()
    return data


def test_a_follow_up_before_the_incident_names_the_field(tmp_path: Path) -> None:
    path = tmp_path / "incident.yaml"
    data = incident(dt.date(2020, 1, 1), occurred_at=dt.date(2026, 11, 18))
    path.write_text(yaml.safe_dump(data))
    with pytest.raises(InputError) as caught:
        Incident.from_file(path)
    assert str(caught.value) == (
        f"{path}: follow_up.by: 2020-01-01 is before occurred_at (2026-11-18); "
        "expected a date after the incident"
    )
    assert caught.value.field == "follow_up.by"


def test_past_dates_against_today() -> None:
    today = dt.date(2026, 12, 2)
    past = Incident.model_validate(incident(dt.date(2026, 11, 28)))
    with pytest.raises(InputError, match=r"^x\.yaml: follow_up\.by: 2026-11-28 is in the past"):
        check_follow_up(past, today=today, source="x.yaml")
    check_follow_up(past, today=today, allow_past=True)  # allowed by option
    after = incident(dt.date(2026, 11, 28), occurred_at=dt.date(2026, 11, 18))
    check_follow_up(Incident.model_validate(after), today=today)  # after the incident
    same_day = incident(dt.date(2026, 11, 18), occurred_at=dt.date(2026, 11, 18))
    with pytest.raises(InputError):
        check_follow_up(Incident.model_validate(same_day), today=today)
    check_follow_up(Incident.model_validate(incident(today)), today=today)  # due today is fine


def test_draft_refuses_a_past_follow_up_unless_allowed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "incident.yaml"
    path.write_text(yaml.safe_dump(incident(LAST_MONTH)))
    refused = runner.invoke(app, ["draft", str(path)])
    assert refused.exit_code == 2
    assert refused.stderr.startswith(f"draftkit: error: {path}: follow_up.by: {LAST_MONTH}")
    assert "--allow-past-follow-up" in refused.stderr and refused.stdout == ""
    assert runner.invoke(app, ["prompt", str(path)]).exit_code == 2
    allowed = runner.invoke(app, ["draft", str(path), "--allow-past-follow-up"])
    assert allowed.exit_code == 0, allowed.stderr
    monkeypatch.setenv("DRAFTKIT_ALLOW_PAST_FOLLOW_UP", "1")
    assert runner.invoke(app, ["draft", str(path)]).exit_code == 0


def test_the_api_and_batch_refuse_it_too(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"follow_up\.by"):
        draftkit.draft(incident(LAST_MONTH))
    assert draftkit.draft(incident(LAST_MONTH, occurred_at=LAST_MONTH - dt.timedelta(days=3)))
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({**incident(LAST_MONTH), "id": "INC-9"}) + "\n")
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(output)])
    assert result.exit_code == 1
    line = json.loads(output.read_text())
    assert (line["incident_id"], line["error"], line["field"]) == ("INC-9", "input", "follow_up.by")
    assert line["message"].startswith(f"{source}:1: follow_up.by: ")


def test_the_shipped_examples_stay_valid_as_time_passes() -> None:
    """Each example dates its incident, so its follow-up is after it on any day it is run."""
    root = Path(__file__).resolve().parents[1] / "examples"
    for path in [*root.glob("*.yaml"), *root.glob("*.json")]:
        case = Incident.from_file(path)
        if case.follow_up is not None:
            check_follow_up(case, today=dt.date(2099, 1, 1), source=str(path))
