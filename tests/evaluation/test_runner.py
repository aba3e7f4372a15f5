"""The eval runner reads what the drafting loop judged, attempt by attempt, not judging again."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from draftkit.evaluation.case import load_case
from draftkit.evaluation.runner import run_case

ROOT = Path(__file__).resolve().parents[2]
GOOD_CASE = ROOT / "evals" / "cases" / "textbooks-en-good.yaml"
BLAME = "Our courier partner mixed up the parcels; it was outside our control."


def case_with(tmp_path: Path, responses: Any, expect: dict[str, Any]) -> Any:
    data = yaml.safe_load(GOOD_CASE.read_text(encoding="utf-8"))
    good = data["responses"][0]["content"]
    data["responses"] = responses(good)
    data["expect"].update(expect)
    path = tmp_path / "case.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return load_case(path)


def test_a_recorded_partial_repair_reports_no_spurious_format_finding(tmp_path: Path) -> None:
    case = case_with(
        tmp_path,
        lambda good: [
            {"content": dict(good, responsibility=BLAME)},
            {"content": {"responsibility": good["responsibility"]}},  # only the repaired key
        ],
        {"attempts": 2, "findings": ["no_blame"]},
    )
    result = run_case(case)
    assert result.outcome == "accepted" and result.attempts == 2, result.failures
    assert result.fired == ["no_blame"]
    assert result.passed, result.failures


def test_a_malformed_partial_answer_is_reported_as_the_loop_saw_it(tmp_path: Path) -> None:
    case = case_with(
        tmp_path,
        lambda good: [
            {"content": dict(good, responsibility=BLAME)},
            {"content": {"subject": "wrong key"}},
            {"content": {"responsibility": good["responsibility"]}},
        ],
        {"attempts": 3, "findings": ["no_blame", "format"]},
    )
    result = run_case(case)
    assert result.fired == ["no_blame", "format"]
    assert result.passed, result.failures
