"""draftkit against a real server nobody here wrote: llama.cpp serving SmolLM2-135M-Instruct.

A 135M model writes poor apologies, so these tests assert the protocol, never the prose: which
response_format each request asked for and what the server answered (counted by a proxy, not by
draftkit's own logs), valid JSON parsed, usage counted, no retry storms, timeouts honoured, and
every run ending in exit 0 or a clean exit 4 with findings (batch: 1 with rejected lines) — never
a traceback, never exit 3 from a mode mismatch. llama-cpp-python's server refuses `json_schema`
with HTTP 500 and takes `json_object` with a `schema`, which it turns into a grammar.

Run with `pytest -m live` (`.ci/run` does); the first run builds the server's environment.
"""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
import yaml

from draftkit.parsing import extract_json_object
from live.conftest import ROOT, Run

pytestmark = pytest.mark.live

EXAMPLE = str(ROOT / "examples" / "saas-outage-en.yaml")
NEGOTIATED = "json_object + schema"


def assert_clean(run: Run, codes: set[int]) -> None:
    assert "Traceback" not in run.stderr, run.stderr
    assert run.code in codes, run.stderr
    if run.code == 4:  # rejected after repairs: the findings are on stderr, one per line
        assert re.search(r"^draftkit: error: draft rejected after \d+ attempt", run.stderr, re.M)
        assert re.search(r"^  - [a-z_]+: ", run.stderr, re.M), run.stderr


def answered(run: Run) -> list[Any]:
    return [e for e in run.chat if e.status == 200]


def outcome(run: Run) -> tuple[int, int | None]:
    """(attempts, total tokens draftkit counted) from stdout's draft or stderr's rejection."""
    if run.code == 0:
        meta = json.loads(run.stdout)["meta"]
        return meta["attempts"], meta["usage"]["total_tokens"]
    attempts = int(re.findall(r"draft rejected after (\d+) attempt", run.stderr)[0])
    rejection = [line for line in run.stderr.splitlines() if line.startswith('{"error"')]
    tokens = json.loads(rejection[0])["usage"]["total_tokens"] if rejection else None
    return attempts, tokens


def assert_valid_json_answers(run: Run) -> None:
    """With a grammar from the schema, every complete answer is one JSON object draftkit reads.

    (llama.cpp's grammar lets line breaks into strings unescaped, which draftkit accepts.)
    """
    for exchange in answered(run):
        if exchange.format != "text" and exchange.finish_reason == "stop":
            assert extract_json_object(exchange.content or "") is not None, exchange.content


def test_draft_steps_down_at_once_and_pays_one_failed_probe(draftkit: Any) -> None:
    run = draftkit("draft", EXAMPLE, "--provider", "openai", "-f", "json")
    assert_clean(run, {0, 4})
    formats = run.formats()
    assert formats[0] == "json_schema" and run.chat[0].status == 500  # refused by llama.cpp
    assert formats[1:] and set(formats[1:]) == {NEGOTIATED}
    attempts, tokens = outcome(run)
    assert len(answered(run)) == attempts and len(run.chat) == attempts + 1  # no retries at all
    if tokens is not None:
        assert tokens == sum(e.tokens for e in answered(run)) > 0
    assert_valid_json_answers(run)
    assert f"draftkit: response format {NEGOTIATED} for model smollm2" in run.stderr
    assert "(it refused json_schema); kept for this run" in run.stderr


@pytest.mark.parametrize(("choice", "sent"), [("json_object", NEGOTIATED), ("text", "text")])
def test_each_mode_the_server_accepts(draftkit: Any, choice: str, sent: str) -> None:
    run = draftkit(
        "draft", EXAMPLE, "--provider", "openai", "-f", "json",
        "--response-format", choice, "--max-attempts", "1",
    )  # fmt: skip
    assert_clean(run, {0, 4})
    assert run.formats() == [sent] and run.chat[0].status == 200
    assert run.chat[0].tokens > 0
    assert f"response format {sent} for model smollm2" in run.stderr
    assert "set by --response-format" in run.stderr
    assert_valid_json_answers(run)


def test_a_chosen_mode_the_server_refuses_fails_at_once_in_one_line(draftkit: Any) -> None:
    run = draftkit("draft", EXAMPLE, "--provider", "openai", "--response-format", "json_schema")
    assert run.code == 3 and "Traceback" not in run.stderr
    assert run.formats() == ["json_schema"]  # one refusal, no retries
    errors = [line for line in run.stderr.splitlines() if line.startswith("draftkit: error:")]
    assert len(errors) == 1 and "refused response_format json_schema (HTTP 500" in errors[0]
    assert "--response-format auto" in errors[0]


def test_a_batch_of_five_pays_one_failed_probe_in_all(draftkit: Any, tmp_path: Path) -> None:
    files = sorted((ROOT / "examples").glob("*.yaml"))[:5]
    source, output = tmp_path / "in.jsonl", tmp_path / "out.jsonl"
    lines = [json.dumps(yaml.safe_load(f.read_text()), default=str) for f in files]
    source.write_text("\n".join(lines) + "\n")
    run = draftkit(
        "batch", str(source), "-o", str(output), "-c", "5", "--provider", "openai",
        "--timeout", "600", DRAFTKIT_MAX_ATTEMPTS="2", DRAFTKIT_TOTAL_TIMEOUT="1800",
    )  # fmt: skip
    assert_clean(run, {0, 1})
    results = [json.loads(line) for line in output.read_text().splitlines()]
    assert sorted(r["line"] for r in results) == [1, 2, 3, 4, 5]
    # Drafted or rejected with findings: never a provider failure, never a mode mismatch.
    assert all(r.get("error") in (None, "rejected") for r in results), results
    assert all(r["findings"] for r in results if r.get("error"))
    assert run.formats().count("json_schema") == 1 and run.chat[0].status == 500
    attempts = sum(r["meta"]["attempts"] if "meta" in r else r["attempts"] for r in results)
    assert len(answered(run)) == attempts and len(run.chat) == attempts + 1
    assert {e.format for e in answered(run)} == {NEGOTIATED}
    tokens = sum(e.tokens for e in answered(run))
    counted = sum((r.get("meta") or r)["usage"]["total_tokens"] for r in results)
    assert counted == tokens > 0 and f", {tokens} tokens," in run.stderr
    assert run.stderr.count(f"response format {NEGOTIATED} for model smollm2") == 1
    assert_valid_json_answers(run)


def test_eval_record_then_replay_offline(draftkit: Any, tmp_path: Path) -> None:
    suite = tmp_path / "suite"
    suite.mkdir()
    names = ["textbooks-en-good", "textbooks-es-good", "textbooks-ro-good"]
    for name in names:
        shutil.copy(ROOT / "evals" / "cases" / f"{name}.yaml", suite)
    before = {name: (suite / f"{name}.yaml").read_text() for name in names}
    run = draftkit("eval", str(suite), "--record", "--model", "smollm2")
    assert run.code == 0 and "Traceback" not in run.stderr, run.stderr
    assert "draftkit: recorded answers into 3 case files" in run.stderr
    assert run.formats().count("json_schema") == 1  # one process, one failed probe
    recorded = [yaml.safe_load((suite / f"{n}.yaml").read_text())["responses"] for n in names]
    assert all(recorded) and sum(map(len, recorded)) == len(answered(run))
    assert all((suite / f"{n}.yaml").read_text() != before[n] for n in names)
    assert_valid_json_answers(run)
    replay = draftkit("eval", str(suite))
    assert replay.exchanges == []  # offline: nothing reached the server
    assert replay.code in (0, 1) and "Traceback" not in replay.stderr  # 1: old expectations
    assert "has no recorded response" not in replay.stdout
    assert re.search(r"^eval: ", replay.stdout, re.M), replay.stdout


def test_timeouts_are_honoured_with_one_retry_not_a_storm(draftkit: Any) -> None:
    """Last: the server goes on generating the answers nobody waits for any more."""
    run = draftkit("draft", EXAMPLE, "--provider", "openai", "--timeout", "0.5")
    assert run.code == 3 and "Traceback" not in run.stderr
    errors = [line for line in run.stderr.splitlines() if line.startswith("draftkit: error:")]
    assert len(errors) == 1 and "timed out (limits: 0.5 s per request" in errors[0]
    # The refusal of json_schema, then the request and its one retry, both given up on.
    assert run.formats() == ["json_schema", NEGOTIATED, NEGOTIATED]
    assert all(e.client_gone for e in run.chat[1:])
