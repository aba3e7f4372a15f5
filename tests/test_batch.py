"""Batch drafting: streaming, bounded concurrency, every incident once, resume after failures."""

from __future__ import annotations

import asyncio
import copy
import json
from pathlib import Path
from typing import Any

import pytest
import respx
from pydantic import SecretStr
from typer.testing import CliRunner

from conftest import BASE_INCIDENT
from draftkit.batch import BatchSummary, arun_batch, run_batch
from draftkit.cli import app
from draftkit.providers.base import ModelReply, ModelRequest
from draftkit.providers.template import TemplateProvider
from draftkit.settings import Settings
from fakes import BASE_URL, KEY, error, ok

runner = CliRunner()


def write_input(path: Path, count: int, broken: tuple[int, ...] = ()) -> Path:
    with path.open("w") as handle:
        for index in range(1, count + 1):
            if index in broken:
                handle.write('{"id": "truncated", "language": \n')
                continue
            data = copy.deepcopy(BASE_INCIDENT)
            data["id"] = f"INC-{index}"
            if index == 2:
                data.pop("id")
            handle.write(json.dumps(data) + "\n")
    return path


def results(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text().splitlines()]


def test_every_line_gets_one_result(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 30, broken=(5,))
    output = tmp_path / "out.jsonl"
    summary = run_batch(source, output, concurrency=4, provider=TemplateProvider())
    assert (summary.drafted, summary.failed, summary.total) == (29, 1, 30)
    lines = results(output)
    assert sorted(r["line"] for r in lines) == list(range(1, 31))
    bad = next(r for r in lines if r["line"] == 5)
    assert bad["error"] == "input" and "in.jsonl:5" in bad["message"]
    assert next(r for r in lines if r["line"] == 2)["incident_id"] is None
    assert next(r for r in lines if r["line"] == 3)["incident_id"] == "INC-3"


class Tracking(TemplateProvider):
    """A slow provider that records how many drafts were in flight at once."""

    def __init__(self) -> None:
        super().__init__()
        self.active = 0
        self.peak = 0

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        self.active += 1
        self.peak = max(self.peak, self.active)
        await asyncio.sleep(0.002)
        self.active -= 1
        return self.complete(request)


def test_concurrency_is_bounded(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 40)
    provider = Tracking()
    run_batch(source, tmp_path / "out.jsonl", concurrency=5, provider=provider)
    assert provider.peak == 5


@respx.mock(base_url=BASE_URL)
def test_rerun_retries_only_failures(
    respx_mock: respx.MockRouter, tmp_path: Path, good_draft: dict[str, str]
) -> None:
    source = write_input(tmp_path / "in.jsonl", 6)
    output = tmp_path / "out.jsonl"
    settings = Settings(api_key=SecretStr(KEY), retries=0, max_attempts=1)
    bad = dict(good_draft, responsibility="Our courier partner caused this.")
    route = respx_mock.post("/chat/completions").mock(
        side_effect=[
            ok(good_draft),
            error(500),
            ok(bad),
            ok(good_draft),
            error(401),
            ok(good_draft),
        ]
    )
    first = run_batch(source, output, concurrency=1, settings=settings)
    assert (first.drafted, first.rejected, first.failed) == (3, 1, 2)
    assert route.call_count == 6
    route.side_effect = None
    route.return_value = ok(good_draft)
    second = run_batch(source, output, concurrency=2, settings=settings)
    assert (second.skipped, second.drafted) == (3, 3)
    assert route.call_count == 9  # only the three that failed were asked again
    lines = results(output)
    assert sorted(r["line"] for r in lines) == [1, 2, 3, 4, 5, 6]
    assert all("error" not in r for r in lines)


def test_torn_last_line_is_redrafted(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 5)
    output = tmp_path / "out.jsonl"
    run_batch(source, output, provider=TemplateProvider())
    text = output.read_text()
    output.write_text(text[: len(text) - 40])  # a hard kill in the middle of the last line
    summary = run_batch(source, output, provider=TemplateProvider())
    assert (summary.skipped, summary.drafted) == (4, 1)
    assert sorted(r["line"] for r in results(output)) == [1, 2, 3, 4, 5]


class Interrupting(TemplateProvider):
    def __init__(self, after: int) -> None:
        super().__init__()
        self.calls = 0
        self.after = after

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        self.calls += 1
        if self.calls > self.after:
            await asyncio.sleep(10)  # still in flight when the run is cancelled
        return self.complete(request)


def test_interruption_keeps_whole_lines_and_rerun_completes(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 20)
    output = tmp_path / "out.jsonl"
    summary = BatchSummary()

    async def interrupted() -> None:
        task = asyncio.create_task(
            arun_batch(
                source, output, concurrency=4, provider=Interrupting(after=7), summary=summary
            )
        )
        await asyncio.sleep(0.2)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    asyncio.run(interrupted())
    assert summary.interrupted and summary.drafted == 7
    assert len(results(output)) == 7  # every line is valid JSON
    rerun = run_batch(source, output, provider=TemplateProvider())
    assert (rerun.skipped, rerun.drafted) == (7, 13)
    assert sorted(r["line"] for r in results(output)) == list(range(1, 21))


def test_cli_summary_and_exit_codes(tmp_path: Path) -> None:
    source = write_input(tmp_path / "in.jsonl", 4, broken=(3,))
    output = tmp_path / "out.jsonl"
    result = runner.invoke(app, ["batch", str(source), "-o", str(output), "--provider", "template"])
    assert result.exit_code == 1
    assert "3 drafted, 0 rejected, 1 failed" in result.stderr
    missing = runner.invoke(app, ["batch", str(tmp_path / "nope.jsonl"), "-o", str(output)])
    assert missing.exit_code == 2 and "no such file" in missing.stderr
