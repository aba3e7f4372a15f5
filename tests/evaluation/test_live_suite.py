"""Real-model answers, replayed offline: the suite recorded from llama.cpp serving SmolLM2-135M.

`bench/live_smollm2.py record` drafted these cases through a real server and pinned what the
model did (accepted on attempt N, or rejected, and the checks that fired) as each case's
expectations. Replaying them runs the same SDK, parsing, guards and repair loop on answers no one
here wrote: a change that makes the guards read a real answer differently fails here.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.evaluation import run_suite

ROOT = Path(__file__).resolve().parents[2]
LIVE = ROOT / "evals-live" / "smollm2"


def test_the_recorded_real_model_answers_replay_offline() -> None:
    result = run_suite(LIVE)
    assert len(result.cases) >= 12
    assert {case.language for case in result.cases} == {"en", "es", "ro"}
    assert {c.name: c.failures for c in result.cases if not c.passed} == {}
    assert {case.outcome for case in result.cases} <= {"accepted", "rejected"}


def test_each_case_holds_answers_the_model_wrote() -> None:
    for path in sorted(LIVE.glob("*.yaml")):
        case = yaml.safe_load(path.read_text(encoding="utf-8"))
        shipped = yaml.safe_load((ROOT / "evals" / "cases" / path.name).read_text("utf-8"))
        assert case["incident"] == shipped["incident"], path.name
        assert case["responses"] and case["responses"] != shipped["responses"], path.name
        assert case["description"].startswith("SmolLM2-135M-Instruct"), path.name


def test_the_cli_replays_the_live_suite_without_a_network() -> None:
    result = CliRunner().invoke(app, ["eval", str(LIVE)])
    assert result.exit_code == 0, result.stdout
    assert result.stdout.rstrip().splitlines()[-1].startswith("eval: ")
