"""One context from the settings: prompts, attempts, ledger and scorers mean the same everywhere."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.context import Context
from draftkit.errors import DraftRejected
from draftkit.prompt import default_prompts_dir, prompt_set
from draftkit.settings import Settings, load_settings
from draftkit.testing import ScriptedProvider

ROOT = Path(__file__).resolve().parents[1]
runner = CliRunner()
BLAMING = {"responsibility": "The delay was caused by our courier partner."}


def test_a_provider_handed_in_is_used_and_never_closed(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider([good_draft])
    with Context(Settings(), provider=provider) as context:
        draft = context.draft(make_incident())
    assert draft.meta.attempts == 1 and not provider.closed


def test_max_attempts_comes_from_the_settings(make_incident: Any, good_draft: Any) -> None:
    provider = ScriptedProvider([good_draft | BLAMING] * 3)
    with pytest.raises(DraftRejected) as rejected:
        Context(Settings(max_attempts=2), provider=provider).draft(make_incident())
    assert rejected.value.attempts == 2 and provider.remaining == 1


def test_a_context_built_provider_is_closed_with_it() -> None:
    context = Context(Settings(provider="template"))
    built = context.provider
    assert context.provider is built  # built once
    context.close()
    assert context._provider is None


def test_using_shares_the_prompt_set_and_borrows_the_provider(tmp_path: Path) -> None:
    custom = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), custom)
    (custom / "system.j2").write_text("You write apologies. Five parts, in order.\n")
    context = Context(Settings(prompts_dir=custom))
    provider = ScriptedProvider([])
    other = context.using(provider)
    assert other.prompts is context.prompts and other.prompts.system.startswith("You write")
    other.close()
    assert not provider.closed


def test_the_judge_rubric_is_part_of_the_prompt_fingerprint(tmp_path: Path) -> None:
    custom = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), custom)
    same = prompt_set(custom).version
    assert same == prompt_set().version
    stricter = tmp_path / "stricter"
    shutil.copytree(default_prompts_dir(), stricter)
    (stricter / "judge.j2").write_text((custom / "judge.j2").read_text() + "\nBe strict.\n")
    assert prompt_set(stricter).version != same
    lacking = tmp_path / "lacking"
    shutil.copytree(default_prompts_dir(), lacking)
    (lacking / "judge.j2").unlink()  # falls back to the shipped rubric, fingerprinted too
    assert prompt_set(lacking).version == same


def test_the_config_file_ledger_is_the_ledger_every_command_opens(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("DRAFTKIT_LEDGER", raising=False)  # the test default would win over it
    (tmp_path / "draftkit.toml").write_text('ledger = "books/team.sqlite3"\n')
    incident = ROOT / "examples" / "saas-outage-en.yaml"
    letter = tmp_path / "letter.txt"
    letter.write_text("We are sorry: the outage was our fault and we refund the month.\n")
    added = runner.invoke(app, ["ledger", "add", str(incident), "--text", str(letter)])
    assert added.exit_code == 0, added.stderr
    assert (tmp_path / "books" / "team.sqlite3").is_file()
    assert Context(load_settings()).settings.ledger == tmp_path / "books" / "team.sqlite3"
    listed = runner.invoke(app, ["ledger", "list"])
    assert listed.exit_code == 0 and "INC-2291" in listed.stdout


@pytest.mark.default_http
def test_eval_takes_max_attempts_from_flag_and_environment(tmp_path: Path) -> None:
    """Shipped cases that repair on attempt 2 or 3 are rejected when one attempt is allowed."""
    default = runner.invoke(app, ["eval"])
    assert default.exit_code == 0, default.stdout
    once = runner.invoke(app, ["eval", "--max-attempts", "1"])
    assert once.exit_code == 1
    assert "expected accepted, got rejected" in once.stdout
    env = runner.invoke(app, ["eval"], env={"DRAFTKIT_MAX_ATTEMPTS": "1"})
    assert env.exit_code == 1 and env.stdout.count("FAIL") == once.stdout.count("FAIL")


@pytest.mark.default_http
def test_eval_reports_the_prompt_set_it_was_given(tmp_path: Path) -> None:
    custom = tmp_path / "prompts"
    shutil.copytree(default_prompts_dir(), custom)
    (custom / "user.j2").write_text((custom / "user.j2").read_text() + "\n")
    report = tmp_path / "report"
    result = runner.invoke(
        app, ["eval", "--prompts", str(custom), "--provider", "template", "--report", str(report)]
    )
    assert result.exit_code == 0, result.stdout
    written = (report / "report.json").read_text()
    assert prompt_set(custom).version in written
    assert prompt_set().version not in written


def test_scorers_from_the_environment_reach_the_score_command(tmp_path: Path) -> None:
    letter = tmp_path / "letter.txt"
    letter.write_text("We are sorry: the outage was our fault. We refund the month.\n")
    plain = runner.invoke(app, ["score", str(letter), "-f", "json"])
    assert plain.exit_code == 0 and '"extra": {}' in plain.stdout
    configured = runner.invoke(
        app, ["score", str(letter), "-f", "json"], env={"DRAFTKIT_SCORERS": "regret, nosuch"}
    )
    # A name from the environment is configuration (exit 3), and the message says where it was.
    assert configured.exit_code == 3, configured.stderr
    assert "environment variable DRAFTKIT_SCORERS: unknown scorer 'nosuch'" in configured.stderr
    flagged = runner.invoke(app, ["score", str(letter), "--scorer", "nosuch"])
    assert flagged.exit_code == 2 and "unknown scorer 'nosuch'" in flagged.stderr
    flag = runner.invoke(
        app, ["score", str(letter), "--scorer", "regret"], env={"DRAFTKIT_SCORERS": "nosuch"}
    )
    assert flag.exit_code == 0, flag.stderr  # the flag replaces the configured list
