"""The eval harness as a new user meets it: from any directory, with a judge never recorded,
with the template provider, and with --repeat."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from draftkit.cli import app
from draftkit.draft_types import DraftContent
from draftkit.evaluation import run_suite
from draftkit.evaluation.case import default_suite_dir
from draftkit.evaluation.html import to_html
from draftkit.evaluation.report import to_markdown
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.template import TemplateProvider

ROOT = Path(__file__).resolve().parents[2]
GOOD_CASE = ROOT / "evals" / "cases" / "textbooks-en-good.yaml"
runner = CliRunner()


@pytest.mark.default_http
def test_eval_runs_the_shipped_suite_from_any_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 0, result.stderr
    count = len(list((ROOT / "evals" / "cases").glob("*.yaml")))
    assert f"eval: {count} passed, 0 failed" in result.stdout
    assert default_suite_dir() == ROOT / "evals" / "cases"


@pytest.mark.default_http
def test_judge_without_recordings_is_reported_not_failed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval", "--judge"])
    assert result.exit_code == 0, result.stdout
    assert "FAIL" not in result.stdout
    line = next(x for x in result.stdout.splitlines() if x.startswith("judge: "))
    assert line.startswith("judge: 0 cases scored, ") and " not recorded (not failed;" in line


def test_template_mode_says_how_many_cases_expectations_it_skipped() -> None:
    result = runner.invoke(app, ["eval", "--provider", "template"])
    assert result.exit_code == 0, result.stdout
    suite = run_suite(ROOT / "evals" / "cases", provider=TemplateProvider())
    skipped = sum(bool(case.skipped) for case in suite.cases)
    assert 0 < skipped < len(suite.cases)
    assert (
        f"; {skipped} of {len(suite.cases)} cases' expectations of their recorded answers "
        "(outcome, attempt, findings) skipped with provider template"
    ) in result.stdout
    rejected = next(c for c in suite.cases if c.name == "textbooks-en-offer-rejected")
    assert rejected.skipped == ["outcome rejected", "findings approved_offers"]


class Alternating(TemplateProvider):
    """The template's draft, with a blander regret every other call: scores that vary."""

    def __init__(self) -> None:
        super().__init__()
        self.calls = 0

    def complete(self, request: ModelRequest) -> ModelReply:
        reply = super().complete(request)
        self.calls += 1
        if self.calls % 2 == 0:
            content = DraftContent.model_validate_json(reply.text)
            regret = "We are sorry."
            reply = ModelReply(text=content.model_copy(update={"regret": regret}).model_dump_json())
        return reply


def test_repeat_shows_the_spread_in_console_markdown_and_html(tmp_path: Path) -> None:
    directory = tmp_path / "suite"
    directory.mkdir()
    shutil.copy(GOOD_CASE, directory / "good.yaml")
    result = run_suite(directory, provider=Alternating(), repeat=2)
    spread = result.cases[0].spread["regret"]
    assert spread["min"] < spread["max"]
    cell = f"{spread['min']:.2f}–{spread['max']:.2f} ±{spread['stdev']:.2f}"
    assert "## Spread over 2 runs" in to_markdown(result) and cell in to_markdown(result)
    assert "Spread over 2 runs" in to_html(result) and cell in to_html(result)
    console = runner.invoke(app, ["eval", str(directory), "--repeat", "2"])
    assert console.exit_code == 0
    assert "spread over 2 runs (min–max ±stdev): 0 of 1 cases varied" in console.stdout


def test_the_html_report_reads_like_the_console(tmp_path: Path) -> None:
    import re

    directory = tmp_path / "suite"
    shutil.copytree(ROOT / "evals" / "cases", directory)
    strict = directory / "textbooks-en-good.yaml"
    strict.write_text(strict.read_text().replace("responsibility: 0.6", "responsibility: 0.99"))
    console = runner.invoke(app, ["eval", str(directory)])
    means_line = next(x for x in console.stdout.splitlines() if x.startswith("responsibility "))
    html = to_html(run_suite(directory))
    for pair in means_line.split(" · "):  # the means table rounds exactly as the console
        dimension, value = pair.split()
        assert f"<tr><td>{dimension}</td><td class=num>{value}</td>" in html
    assert '<span class="fail">FAIL</span>' in html
    assert '<tr class="why"><td colspan="9">why: responsibility 0.92 &lt; 0.99</td></tr>' in html
    assert "What cost points in the scores:" in html and "does not mention the remedy" in html
    for svg in re.findall(r"<svg .*?</svg>", html):
        height = int(re.search(r'height="(\d+)"', svg).group(1))  # type: ignore[union-attr]
        counts = [float(y) for y in re.findall(r'class="count" x="[\d.]+" y="([\d.]+)"', svg)]
        assert counts and min(counts) >= 11  # the tallest bar's count sits inside the chart
        axis = [float(y) for y in re.findall(r'class="axis" x="[\d.]+" y="([\d.]+)"', svg)]
        assert min(axis) > max(counts) and max(axis) <= height
    assert "<figcaption>" in html and 'name="viewport"' in html
    assert "appointments-<wbr>en-<wbr>wrong-<wbr>language-<wbr>rejected" in html
