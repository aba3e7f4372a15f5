"""The incident contract and its loading: every bad input is one clear line naming the field."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from pydantic import ValidationError

from draftkit.errors import InputError
from draftkit.incident import MAX_TEXT, Incident, load_incident
from draftkit.loading import MAX_INPUT_BYTES


def write(tmp_path: Path, data: Any, name: str = "incident.yaml") -> Path:
    path = tmp_path / name
    if isinstance(data, (bytes, str)):
        path.write_bytes(data.encode() if isinstance(data, str) else data)
    elif name.endswith(".json"):
        path.write_text(json.dumps(data))
    else:
        path.write_text(yaml.safe_dump(data, allow_unicode=True))
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        load_incident(path)
    message = str(caught.value)
    assert "\n" not in message
    return message


def test_valid_yaml_and_json_load_the_same(tmp_path: Path, incident_data: dict[str, Any]) -> None:
    from_yaml = load_incident(write(tmp_path, incident_data))
    from_json = load_incident(write(tmp_path, incident_data, "incident.json"))
    assert from_yaml == from_json
    assert from_yaml.follow_up is not None
    assert from_yaml.follow_up.by == dt.date(2026, 11, 28)
    assert from_yaml.remedies[1] == "A 15% discount on the next semester order"


def test_defaults(incident_data: dict[str, Any]) -> None:
    for key in ("language", "channel", "severity", "root_cause", "follow_up"):
        incident_data.pop(key)
    incident = Incident.from_dict(incident_data)
    assert (incident.language, incident.channel, incident.severity) == ("en", "email", "medium")
    assert incident.root_cause is None


def test_unknown_field_is_an_error_with_a_suggestion(
    tmp_path: Path, incident_data: dict[str, Any]
) -> None:
    incident_data["remedys"] = incident_data.pop("remedies")
    message = error_of(write(tmp_path, incident_data))
    assert "incident.yaml: remedys: unknown field (did you mean 'remedies'?)" in message


def test_nested_unknown_field_names_the_path(tmp_path: Path, incident_data: dict[str, Any]) -> None:
    incident_data["customer"]["emial"] = "x@example.com"
    message = error_of(write(tmp_path, incident_data))
    assert "customer.emial: unknown field" in message


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda d: d.pop("what_happened"), "what_happened: required field is missing"),
        (lambda d: d.update(remedies=[]), "remedies: list at least one approved remedy"),
        (lambda d: d.update(language="fr"), "language: Input should be 'en', 'es' or 'ro'"),
        (lambda d: d["follow_up"].update(by="next week"), "follow_up.by:"),
        (lambda d: d.update(fixes=["ok", 3]), "fixes[1]: Input should be a valid string"),
        (lambda d: d.update(impact="   "), "impact: must not be blank"),
        (lambda d: d.update(impact="x" * (MAX_TEXT + 1)), "impact: String should have at most"),
        (
            lambda d: d.update(impact="a\u202eb"),
            "impact: contains a control or bidi character U+202E",
        ),
    ],
)
def test_field_errors(
    tmp_path: Path, incident_data: dict[str, Any], change: Any, expected: str
) -> None:
    change(incident_data)
    message = error_of(write(tmp_path, incident_data))
    assert message.startswith(str(tmp_path / "incident.yaml"))
    assert expected in message


def test_every_problem_is_listed_on_one_line(tmp_path: Path, incident_data: dict[str, Any]) -> None:
    incident_data.pop("impact")
    incident_data.pop("fixes")
    message = error_of(write(tmp_path, incident_data))
    assert "impact: required field is missing; fixes: required field is missing" in message
    assert "more problem" not in message and "\n" not in message


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("key: [unclosed", "invalid YAML at line"),
        ('{"id": 1,', "invalid JSON"),
        (b"\xff\xfe\x00bad", "not valid UTF-8"),
        ("- a\n- b\n", "expected a mapping of incident fields, got list"),
        ("", "expected a mapping of incident fields, got nothing"),
        ("a: &x [1]\nb: *x\n", "YAML aliases (*name) are not allowed"),
    ],
)
def test_unparseable_files(tmp_path: Path, content: str | bytes, expected: str) -> None:
    name = "incident.json" if expected == "invalid JSON" else "incident.yaml"
    assert expected in error_of(write(tmp_path, content, name))


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in error_of(tmp_path / "absent.yaml")
    assert "is a directory" in error_of(tmp_path)


def test_oversized_input_is_refused(tmp_path: Path) -> None:
    path = write(tmp_path, "a: " + "x" * MAX_INPUT_BYTES)
    assert "input limit" in error_of(path)


def test_stdin(monkeypatch: pytest.MonkeyPatch, incident_data: dict[str, Any]) -> None:
    import io
    import sys

    payload = json.dumps(incident_data).encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(payload)))
    assert load_incident("-").id == "INC-4821"


def test_frozen(make_incident: Any) -> None:
    incident = make_incident()
    with pytest.raises(ValidationError):
        incident.language = "es"


FACTS = {
    "es": {
        "what_happened": "El 18 de noviembre enviamos 240 libros de la edición equivocada.",
        "impact": "Sus alumnos empezaron las clases sin el libro correcto.",
        "root_cause": "Un error manual de codificación apuntaba a una tabla obsoleta.",
    },
    "ro": {
        "what_happened": "Pe 3 noiembrie v-am debitat de două ori abonamentul lunar.",
        "impact": "Ați plătit de două ori și ați rămas fără bani până la salariu.",
        "root_cause": "O actualizare a repornit plățile fără să verifice ce era încasat.",
    },
}


@pytest.mark.parametrize("language", ["es", "ro"])
def test_a_left_out_language_is_read_from_the_facts(
    incident_data: dict[str, Any], language: str
) -> None:
    data = {k: v for k, v in incident_data.items() if k != "language"} | FACTS[language]
    incident = Incident.model_validate(data)
    assert incident.language == language and incident.language_detected
    assert Incident.model_validate(incident.model_dump()).language == language


def test_a_given_language_is_never_second_guessed(incident_data: dict[str, Any]) -> None:
    incident = Incident.model_validate(incident_data | FACTS["ro"] | {"language": "en"})
    assert incident.language == "en" and not incident.language_detected


def test_english_or_unclear_facts_keep_the_default(incident_data: dict[str, Any]) -> None:
    data = {k: v for k, v in incident_data.items() if k != "language"}
    assert Incident.model_validate(data).language == "en"
    unclear = data | {"what_happened": "Server 42 down 3h.", "impact": "API 503."}
    assert not Incident.model_validate(unclear).language_detected
    mixed = data | FACTS["es"] | {"root_cause": incident_data["root_cause"] * 3}
    assert Incident.model_validate(mixed).language == "en"  # not plainly Spanish: the default
    with pytest.raises(ValidationError):  # wrong types still fail validation, not detection
        Incident.model_validate(data | {"what_happened": 42, "impact": ["x"]})
