"""The eval harness: the shipped suite, replay, expectations, reports, compare, record, judge."""

from __future__ import annotations

import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any
from xml.etree import ElementTree as ET

import pytest
import respx
import yaml
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.evaluation import run_suite
from draftkit.evaluation.compare import compare
from draftkit.evaluation.report import to_json, write_reports

ROOT = Path(__file__).resolve().parents[2]
SUITE = ROOT / "evals" / "cases"
GOOD_CASE = SUITE / "textbooks-en-good.yaml"
runner = CliRunner()


@pytest.fixture
def case_dir(tmp_path: Path) -> Path:
    directory = tmp_path / "suite"
    directory.mkdir()
    shutil.copy(GOOD_CASE, directory / "good.yaml")
    return directory


def edit(path: Path, change: Any) -> None:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")


@pytest.mark.default_http  # the replay hands the SDK an httpx client of its own
def test_the_shipped_suite_passes_offline() -> None:
    result = run_suite(SUITE)
    assert result.passed, [(c.name, c.failures) for c in result.cases if not c.passed]
    assert len(result.cases) >= 36
    languages = Counter(c.language for c in result.cases)
    assert min(languages[lang] for lang in ("en", "es", "ro")) >= 10
    outcomes = Counter(c.outcome for c in result.cases)
    assert outcomes["accepted"] and outcomes["rejected"]
    assert {c.attempts for c in result.cases if c.outcome == "accepted"} == {1, 2}
    fired = {name for c in result.cases for name in c.fired}
    assert fired >= {
        "no_blame",
        "no_non_apology",
        "approved_offers",
        "no_internal_notes",
        "no_foreign_contacts",
        "parts_present",
        "follow_up_date",
        "language",
        "truncated",
        "format",
        "refusal",
    }


def test_template_provider_mode(case_dir: Path) -> None:
    from draftkit.providers.template import TemplateProvider

    result = run_suite(case_dir, provider=TemplateProvider())
    assert result.provider == "template" and result.passed
    assert result.cases[0].attempts == 1


def test_a_request_without_a_recorded_answer_fails_loudly(case_dir: Path) -> None:
    def bad_answer_only(data: dict[str, Any]) -> None:
        data["responses"][0]["content"]["regret"] = ""

    edit(case_dir / "good.yaml", bad_answer_only)
    result = run_suite(case_dir)
    assert not result.passed
    failure = result.cases[0].failures[0]
    assert "case good: request #2 has no recorded response" in failure


def test_unmet_expectations_fail_with_reasons(case_dir: Path) -> None:
    def stricter(data: dict[str, Any]) -> None:
        data["expect"]["min_scores"]["responsibility"] = 0.99
        data["expect"]["findings"] = ["no_blame"]

    edit(case_dir / "good.yaml", stricter)
    result = runner.invoke(app, ["eval", str(case_dir)])
    assert result.exit_code == 1
    assert "responsibility 0.92 < 0.99" in result.stdout
    assert "expected findings did not fire: no_blame" in result.stdout


def test_a_broken_suite_exits_2(case_dir: Path) -> None:
    edit(case_dir / "good.yaml", lambda data: data["expect"].update(outcome="maybe"))
    result = runner.invoke(app, ["eval", str(case_dir)])
    assert result.exit_code == 2
    assert "good.yaml: expect.outcome: Input should be 'accepted' or 'rejected'" in result.stderr
    missing = runner.invoke(app, ["eval", str(case_dir / "nowhere")])
    assert missing.exit_code == 2 and "no such suite" in missing.stderr


def test_reports(tmp_path: Path) -> None:
    result = run_suite(SUITE)
    files = {p.name: p for p in write_reports(result, tmp_path / "report")}
    data = json.loads(files["report.json"].read_text())
    assert data["totals"]["cases"] == len(result.cases) and data["passed"] is True
    junit = ET.parse(files["junit.xml"]).getroot()
    assert junit.tag == "testsuite" and int(junit.get("tests", "0")) == len(result.cases)
    assert junit.get("failures") == "0"
    html = files["report.html"].read_text()
    assert html.count("<svg") == 4 and "<table>" in html
    assert "textbooks-en-good" in html and "<script" not in html
    assert "| textbooks-en-good | en | accepted | 1 |" in files["report.md"].read_text()


def test_compare_names_what_changed() -> None:
    result = run_suite(SUITE)
    old = to_json(result)
    new = json.loads(json.dumps(old))
    new["cases"][0]["scores"]["regret"] = old["cases"][0]["scores"]["regret"] - 0.3
    new["cases"][1]["passed"] = False
    new["means"]["regret"] -= 0.1
    lines = compare(old, new)
    assert any("mean regret" in line and "worse" in line for line in lines)
    assert any(line.startswith(old["cases"][0]["name"]) and "worse" in line for line in lines)
    assert f"{old['cases'][1]['name']}: now FAILS" in lines


def test_repeat_reports_the_spread(case_dir: Path) -> None:
    result = run_suite(case_dir, repeat=3)
    spread = result.cases[0].spread["regret"]
    assert spread["min"] == spread["max"] and spread["stdev"] == 0.0


def test_record_saves_live_answers_for_replay(
    case_dir: Path, monkeypatch: pytest.MonkeyPatch, good_draft: dict[str, str]
) -> None:
    import sys

    sys.path.insert(0, str(ROOT / "tests"))
    from fakes import ok

    edit(case_dir / "good.yaml", lambda data: data.update(responses=[]))
    monkeypatch.setenv("OPENAI_API_KEY", "sk-record-test")
    with respx.mock(base_url="http://127.0.0.1:9/v1") as live:
        route = live.post("/chat/completions").mock(return_value=ok(good_draft))
        result = runner.invoke(
            app, ["eval", str(case_dir), "--record", "--base-url", "http://127.0.0.1:9/v1"]
        )
    assert result.exit_code == 0, result.stderr
    assert route.call_count == 1
    body = json.loads(route.calls.last.request.content)
    assert body["temperature"] == 0 and body["seed"] == 7
    saved = yaml.safe_load((case_dir / "good.yaml").read_text(encoding="utf-8"))
    assert saved["responses"][0]["content"]["regret"] == good_draft["regret"]
    assert "sk-record-test" not in (case_dir / "good.yaml").read_text()
    assert run_suite(case_dir).passed  # and it replays offline


def test_record_refuses_to_rewrite_the_installed_suite() -> None:
    from draftkit.evaluation.case import default_suite_dir

    before = {p.name: p.read_bytes() for p in default_suite_dir().glob("*.yaml")}
    result = runner.invoke(app, ["eval", "--record", "--base-url", "http://127.0.0.1:9/v1"])
    assert result.exit_code == 2
    assert "--record rewrites the case files it runs" in result.stderr
    assert {p.name: p.read_bytes() for p in default_suite_dir().glob("*.yaml")} == before


def test_judge_scores_and_agreement(case_dir: Path) -> None:
    verdict = {
        d: {"score": 0.9, "reason": "fine"} for d in ("responsibility", "specificity", "regret")
    }
    for index in range(3):
        shutil.copy(case_dir / "good.yaml", case_dir / f"copy{index}.yaml")
        edit(
            case_dir / f"copy{index}.yaml",
            lambda data, i=index: data.update(
                judge_responses=[
                    {"content": {**verdict, "regret": {"score": 0.5 + i / 10, "reason": "x"}}}
                ]
            ),
        )
    edit(case_dir / "good.yaml", lambda data: data.update(judge_responses=[{"content": verdict}]))
    result = run_suite(case_dir, judge=True)
    assert result.passed
    assert result.cases[0].judge["regret"] in {0.5, 0.6, 0.7, 0.9}
    row = result.agreement["regret"]
    assert row["cases"] == 4 and row["mean_abs_diff"] > 0
    (case_dir / "copy0.yaml").unlink()
    edit(case_dir / "copy1.yaml", lambda data: data.update(judge_responses=[]))
    missing = run_suite(case_dir, judge=True)
    assert missing.passed  # a judge never recorded is reported, not failed
    unrecorded = next(c for c in missing.cases if c.name == "copy1")
    assert unrecorded.judge == {} and unrecorded.judge_recorded is False
    assert next(c for c in missing.cases if c.name == "good").judge_recorded is True


def test_a_partial_repair_answer_replays_without_a_format_finding(
    case_dir: Path, good_draft: dict[str, str]
) -> None:
    blame = "Our courier partner mixed up the parcels; it was outside our control."

    def blame_then_partial(data: dict[str, Any]) -> None:
        first = dict(data["responses"][0]["content"], responsibility=blame)
        fixed = {"responsibility": data["responses"][0]["content"]["responsibility"]}
        data["responses"] = [{"content": first}, {"content": fixed}]
        data["expect"].update(attempts=2, findings=["no_blame"])

    edit(case_dir / "good.yaml", blame_then_partial)
    result = run_suite(case_dir)
    assert result.passed, result.cases[0].failures
    assert result.cases[0].fired == ["no_blame"]  # not "format": the answer merges into the base


@pytest.mark.default_http
def test_recorded_repairs_answer_only_the_keys_the_loop_asked_for() -> None:
    """Replaying each shipped case, every recorded answer has exactly the requested keys."""
    from draftkit.evaluation.case import load_suite
    from draftkit.evaluation.replay import Replay, replay_provider, serving
    from draftkit.evaluation.runner import draft_case

    partial = 0
    for case in load_suite(SUITE):
        replay = Replay(case.name, case.responses)
        with serving(replay):
            draft_case(case, replay_provider())
        for request, answer in zip(replay.requests, case.responses, strict=False):
            asked = request["response_format"]["json_schema"]["schema"]["required"]
            if isinstance(answer.content, dict):
                assert sorted(answer.content) == sorted(asked), (case.name, asked)
                partial += len(asked) < 8
    assert partial >= 10  # the repaired and rejected cases exercise the partial-repair path
