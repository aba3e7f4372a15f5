"""The offline template provider on the shipped examples and on every channel and severity."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from conftest import EXAMPLES
from draftkit.checks import failed, run_checks
from draftkit.draft_types import DraftContent
from draftkit.errors import InputError
from draftkit.incident import Incident, load_incident
from draftkit.prompt import prompt_set
from draftkit.providers.base import ModelRequest
from draftkit.providers.template import TemplateProvider

FILES = sorted(p for p in EXAMPLES.iterdir() if p.suffix in {".yaml", ".json"})
provider = TemplateProvider()


def test_examples_cover_languages_channels_and_severities() -> None:
    incidents = [load_incident(p) for p in FILES]
    assert len(incidents) >= 6
    assert {i.language for i in incidents} == {"en", "es", "ro"}
    assert {i.channel for i in incidents} == {"email", "chat", "social", "letter"}
    assert {i.severity for i in incidents} == {"low", "medium", "high", "critical"}
    assert any(i.root_cause is None for i in incidents)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
@pytest.mark.parametrize("channel", ["email", "chat", "social", "letter"])
@pytest.mark.parametrize("severity", ["low", "medium", "high", "critical"])
def test_every_variant_passes_every_check(path: Path, channel: str, severity: str) -> None:
    data = load_incident(path).model_dump()
    incident = Incident.model_validate({**data, "channel": channel, "severity": severity})
    content = provider.compose(incident)
    problems = failed(run_checks(content, incident, system_prompt=prompt_set().system))
    assert problems == []


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_parts_facts_and_determinism(path: Path) -> None:
    incident = load_incident(path)
    content = provider.compose(incident)
    assert content == provider.compose(incident)
    assert all(value.strip() for value in content.parts().values())
    if incident.channel != "social":
        assert incident.remedies[0][1:30] in content.restore_value
    if incident.internal_notes:
        assert incident.internal_notes[:25] not in content.text()
    if incident.follow_up:
        date = provider.format_date(incident.follow_up.by, incident.language)
        assert date in content.fix


def test_chat_is_shorter_than_email(make_incident: Any) -> None:
    chat = provider.compose(make_incident(channel="chat")).text()
    email = provider.compose(make_incident(channel="email")).text()
    assert len(chat) < len(email)


def test_social_names_nobody(make_incident: Any) -> None:
    text = provider.compose(make_incident(channel="social")).text()
    assert "Rivera" not in text and "Northside" not in text and "INC-4821" not in text


def test_missing_root_cause_is_never_invented(make_incident: Any) -> None:
    """Nor is a promise: the follow-up (about something else here) is stated once, in the fix."""
    content = provider.compose(make_incident(root_cause=None))
    assert "We are still investigating why it happened" in content.explanation
    assert "28 November 2026" not in content.explanation
    assert content.text().count("28 November 2026") == 1
    assert "By 28 November 2026, we will confirm" in content.fix
    without_date = provider.compose(make_incident(root_cause=None, follow_up=None))
    assert "We are still investigating why it happened" in without_date.explanation
    assert "we will tell you" not in without_date.text()


def test_braces_in_user_text_are_plain_text(make_incident: Any) -> None:
    content = provider.compose(make_incident(impact="Your {customer} field {0} broke."))
    assert "{customer} field {0}" in content.regret


def test_complete_returns_the_json_contract() -> None:
    incident = Incident.from_file(EXAMPLES / "telecom-billing-ro.yaml")
    reply = provider.complete(ModelRequest([], incident, 1, {}))
    assert DraftContent.model_validate_json(reply.text) == provider.compose(incident)
    assert json.loads(reply.text)["greeting"].startswith(("Bună ziua", "Stimat"))


def test_facts_in_another_language_are_refused_not_quoted(make_incident: Any) -> None:
    """The template cannot translate: English facts in a Romanian draft would mix languages."""
    incident = make_incident(language="ro")
    with pytest.raises(InputError, match="read as English while `language:` is ro"):
        provider.complete(ModelRequest([], incident, 1, {}))
