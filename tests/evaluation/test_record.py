"""`eval --record` never loses recordings: all of a case's answers arrive, or its file stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import httpx
import pytest
import respx
import yaml
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.evaluation.record import write_atomically
from fakes import ok

ROOT = Path(__file__).resolve().parents[2]
GOOD_CASE = ROOT / "evals" / "cases" / "textbooks-en-good.yaml"
LIVE = "http://127.0.0.1:9/v1"
runner = CliRunner()


@pytest.fixture
def suite(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-record-test")
    monkeypatch.setenv("DRAFTKIT_RETRIES", "0")
    directory = tmp_path / "suite"
    directory.mkdir()
    shutil.copy(GOOD_CASE, directory / "a.yaml")
    shutil.copy(GOOD_CASE, directory / "b.yaml")
    return directory


def record(suite: Path, *answers: httpx.Response | Exception) -> tuple[int, str, str]:
    with respx.mock(base_url=LIVE) as live:
        live.post("/chat/completions").mock(side_effect=list(answers))
        result = runner.invoke(app, ["eval", str(suite), "--record", "--base-url", LIVE])
    return result.exit_code, result.stdout, result.stderr


def test_nothing_listening_exits_3_and_touches_no_case(suite: Path) -> None:
    before = {p.name: p.read_bytes() for p in suite.iterdir()}
    code, _, stderr = record(suite, httpx.ConnectError("refused"))
    assert code == 3
    assert stderr.strip().splitlines() == [
        f"draftkit: error: case a: connection failed to {LIVE}: ConnectError: refused "
        "(gave up after 1 attempt); recorded 0 of 2 case files, left 2 as they were"
    ]
    assert {p.name: p.read_bytes() for p in suite.iterdir()} == before  # no temp file either


def test_the_cases_recorded_before_a_failure_are_kept(
    suite: Path, good_draft: dict[str, str]
) -> None:
    original = (suite / "b.yaml").read_bytes()
    changed = dict(good_draft, closing="Kind regards,\nDana Okafor\nHead of Support")
    code, _, stderr = record(suite, ok(changed), httpx.ConnectError("refused"))
    assert code == 3 and "case b:" in stderr and "recorded 1 of 2" in stderr
    saved = yaml.safe_load((suite / "a.yaml").read_text(encoding="utf-8"))
    assert saved["responses"] == [{"content": changed}]
    assert (suite / "b.yaml").read_bytes() == original


def test_a_case_whose_repair_answer_never_came_is_left_whole(
    suite: Path, good_draft: dict[str, str]
) -> None:
    (suite / "b.yaml").unlink()
    original = (suite / "a.yaml").read_bytes()
    offer = dict(good_draft, restore_value="We will refund you in full and add three free months.")
    code, _, stderr = record(suite, ok(offer), httpx.ConnectError("refused"))
    assert code == 3 and "case a:" in stderr
    assert (suite / "a.yaml").read_bytes() == original  # not `responses: [the bad answer]`


def test_an_interrupted_write_keeps_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("old: true\n")

    def crash(source: str, target: str) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("os.replace", crash)
    with pytest.raises(OSError, match="disk full"):
        write_atomically(path, "new: true\n")
    assert path.read_text() == "old: true\n"
    assert [p.name for p in tmp_path.iterdir()] == ["case.yaml"]
