"""`customer.salutation`: how a formal greeting names the person addressed ("Sra. Herrera").

It is a title and a surname, validated like the other names (size, control characters) and
refused, in one line naming the field, when it is a whole greeting instead.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.errors import InputError
from draftkit.incident import MAX_NAME, Incident
from draftkit.prompt import prompt_set

runner = CliRunner()


def with_salutation(data: dict[str, Any], salutation: str) -> dict[str, Any]:
    return {**data, "customer": {**data["customer"], "salutation": salutation}}


@pytest.mark.parametrize("salutation", ["Ms Shah", "Sra. Herrera", "domnul Popescu", "Dr Okafor"])
def test_a_title_and_surname_is_kept_as_written(
    incident_data: dict[str, Any], salutation: str
) -> None:
    incident = Incident.from_dict(with_salutation(incident_data, salutation))
    assert incident.customer.salutation == salutation


def test_it_is_optional(incident_data: dict[str, Any]) -> None:
    assert Incident.from_dict(incident_data).customer.salutation is None


@pytest.mark.parametrize(
    "salutation",
    ["Dear Ms Shah,", "Estimada Sra. Herrera:", "Stimate domnule Popescu", "Ms Shah,", "Hi Priya"],
)
def test_a_whole_greeting_is_refused_in_one_line(
    incident_data: dict[str, Any], salutation: str
) -> None:
    with pytest.raises(InputError) as caught:
        Incident.from_dict(with_salutation(incident_data, salutation))
    message = str(caught.value)
    assert "\n" not in message
    assert message.startswith("<dict>: customer.salutation: give the title and surname only")
    assert caught.value.field == "customer.salutation"


@pytest.mark.parametrize(
    ("salutation", "expected"),
    [
        ("M" * (MAX_NAME + 1), "customer.salutation: String should have at most 200 characters"),
        ("Ms\u202eShah", "customer.salutation: contains a control or bidi character U+202E"),
        ("   ", "customer.salutation: must not be blank"),
    ],
)
def test_limits_like_other_names(
    incident_data: dict[str, Any], salutation: str, expected: str
) -> None:
    with pytest.raises(InputError, match=re.escape(expected)):
        Incident.from_dict(with_salutation(incident_data, salutation))


def test_bad_salutation_on_the_command_line_is_exit_2_without_traceback(
    tmp_path: Path, incident_data: dict[str, Any]
) -> None:
    path = tmp_path / "incident.json"
    path.write_text(json.dumps(with_salutation(incident_data, "Dear Ms Rivera,")))
    result = runner.invoke(app, ["draft", str(path), "--provider", "template"])
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert f"{path}: customer.salutation: give the title and surname only" in result.stderr
    assert "Traceback" not in result.stderr


def test_the_prompt_tells_the_model_how_to_greet(incident_data: dict[str, Any]) -> None:
    incident = Incident.from_dict(with_salutation(incident_data, "Ms Rivera"))
    user = prompt_set().messages(incident)[1]["content"]
    assert "(address: Ms. Rivera) (greet as: Ms Rivera)" in user
    plain = prompt_set().messages(Incident.from_dict(incident_data))[1]["content"]
    assert "greet as" not in plain
