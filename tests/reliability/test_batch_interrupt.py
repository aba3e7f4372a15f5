"""Ctrl-C in the middle of `draftkit batch`, then a rerun: every incident once, every line whole."""

from __future__ import annotations

import copy
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from conftest import BASE_INCIDENT
from reliability.server import SECRET, FaultServer, slow

COUNT = 120


def batch(source: Path, output: Path, url: str) -> subprocess.Popen[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTKIT_"))}
    env["OPENAI_API_KEY"] = SECRET
    return subprocess.Popen(
        [sys.executable, "-m", "draftkit", "batch", str(source), "-o", str(output),
         "--base-url", url, "--provider", "openai", "--concurrency", "4"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
        # A shell runs background jobs with SIGINT ignored, and children inherit that: give the
        # batch the Ctrl-C a user's terminal would, wherever the tests themselves were started.
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )  # fmt: skip


def lines_of(output: Path) -> list[int]:
    return [json.loads(raw)["line"] for raw in output.read_text(encoding="utf-8").splitlines()]


def test_sigint_then_rerun_drafts_every_incident_exactly_once(
    tmp_path: Path, fault_server: FaultServer
) -> None:
    source, output = tmp_path / "incidents.jsonl", tmp_path / "out.jsonl"
    with source.open("w", encoding="utf-8") as handle:
        for line in range(1, COUNT + 1):
            data = copy.deepcopy(BASE_INCIDENT)
            data["id"] = f"INC-{line:04d}"
            handle.write(json.dumps(data) + "\n")
    # Twenty quick answers, then five seconds per request: the interrupt lands mid-batch however
    # fast or loaded the machine is (the rest would take two minutes), and a request in flight
    # still ends soon after it.
    fault_server.script(*[fault_server.good] * 20).always(slow(5.0))
    first = batch(source, output, fault_server.url)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (
        not output.exists() or len(output.read_text().splitlines()) < 10
    ):
        time.sleep(0.05)
    first.send_signal(signal.SIGINT)
    _, stderr = first.communicate(timeout=60)
    assert first.returncode == 130, stderr
    assert "interrupted" in stderr and "Traceback" not in stderr
    done = lines_of(output)  # every line parses: nothing torn
    assert 10 <= len(done) < COUNT and len(done) == len(set(done))

    fault_server.reset()  # healthy and fast for the rerun
    second = batch(source, output, fault_server.url)
    _, stderr = second.communicate(timeout=120)
    assert second.returncode == 0, stderr
    assert sorted(lines_of(output)) == list(range(1, COUNT + 1))
    assert fault_server.count == COUNT - len(done)  # only what the first run had not finished
