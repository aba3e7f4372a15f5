"""The reliability figures: faults injected and survived, inputs fuzzed, injections caught.

Runs offline, on loopback, with the test suite's own fault server, scenarios and mutations (so
the figures and the tests cannot drift apart); needs the test extras (`pip install -e '.[test]'`).

    python bench/reliability.py [--fuzz 1000] [--json out.json]
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import io
import json
import os
import random
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from _common import ROOT, table, write_json

sys.path[:0] = [str(ROOT / "tests")]  # the fault server and scenarios live with the tests

import draftkit  # noqa: E402
from conftest import BASE_INCIDENT, GOOD_DRAFT  # noqa: E402
from draftkit.batch import run_batch  # noqa: E402
from draftkit.errors import DraftkitError  # noqa: E402
from draftkit.evaluation.injection import run_injection_suite  # noqa: E402
from reliability.server import SECRET, FaultServer  # noqa: E402
from reliability.test_batch_faults import COUNT, PerIncident, incident_id, kind  # noqa: E402
from reliability.test_faults import NOT_A_DRAFT, SCENARIOS, Scenario  # noqa: E402


def expected_exits(name: str) -> set[int]:
    if name == "healthy" or name.endswith("_then_good"):
        return {0}
    answer = NOT_A_DRAFT.get(name.removeprefix("always_"))
    return answer[1] if answer else {3}


def play(name: str, scenario: Scenario) -> dict[str, Any]:
    """One fault scenario through the Python API; a non-draftkit exception is a failure."""
    os.environ["DRAFTKIT_RETRIES"] = str(scenario.retries)
    os.environ["DRAFTKIT_TOTAL_TIMEOUT"] = f"{scenario.total:g}"
    with FaultServer(dict(GOOD_DRAFT)) as server:
        scenario.arm(server)
        started = time.monotonic()
        try:
            draftkit.draft(
                copy.deepcopy(BASE_INCIDENT), provider="openai", base_url=server.url,
                api_key=SECRET, timeout=scenario.timeout, max_attempts=scenario.max_attempts,
            )  # fmt: skip
            code, message = 0, ""
        except DraftkitError as exc:
            code, message = exc.exit_code, exc.message
        except Exception:
            code, message = -1, traceback.format_exc(limit=1)
        seconds = time.monotonic() - started
        requests = server.count
    ok = code in expected_exits(name) and SECRET not in message and seconds <= scenario.total + 5
    return {"exit": code, "requests": requests, "seconds": round(seconds, 2), "ok": ok}


def batch_under_faults() -> dict[str, Any]:
    """300 incidents, 20% failing once and 5% for good; then a rerun on a healthy server."""
    settings = draftkit.Settings(
        provider="openai", api_key=SECRET, base_url="", timeout=10, total_timeout=30, retries=2
    )
    with tempfile.TemporaryDirectory() as scratch, FaultServer(dict(GOOD_DRAFT)) as server:
        source, output = Path(scratch) / "in.jsonl", Path(scratch) / "out.jsonl"
        with source.open("w") as handle:
            for line in range(1, COUNT + 1):
                handle.write(json.dumps({**BASE_INCIDENT, "id": incident_id(line)}) + "\n")
        settings = settings.model_copy(update={"base_url": server.url})
        server.hook = PerIncident()
        first = run_batch(source, output, concurrency=16, settings=settings)
        server.reset()
        server.hook = PerIncident(healthy=True)
        second = run_batch(source, output, concurrency=16, settings=settings)
        lines = [json.loads(raw)["line"] for raw in output.read_text().splitlines()]
    dead = sum(kind(incident_id(n)).startswith("dead") for n in range(1, COUNT + 1))
    return {
        "incidents": COUNT,
        "first_run": first.line(),
        "rerun_requests": server.count,
        "expected_rerun": dead,
        "every_incident_once": sorted(lines) == list(range(1, COUNT + 1)),
        "drafted_after_rerun": first.drafted + second.drafted,
    }


def fuzz(count: int) -> dict[str, Any]:
    """Seeded mutations of the examples through the real CLI: only exit 0 or 2, one-line errors."""
    from test_fuzz_input import EXAMPLE_DOCS, _mutate_example, draft_file

    rng = random.Random(20261126)
    exits: Counter[int] = Counter()
    failures = 0
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as scratch:
        os.chdir(scratch)
        for index in range(count):
            name, content = EXAMPLE_DOCS[index % len(EXAMPLE_DOCS)]
            name, content = _mutate_example(rng, name, content)
            try:
                result = draft_file(f"fuzz-{index}-{name}", content)  # asserts the contract
                exits[result.exit_code] += 1
            except AssertionError:
                failures += 1
        os.chdir(here)
    return {
        "files": count,
        "exit_0": exits[0],
        "exit_2": exits[2],
        "contract_broken": failures,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--fuzz", type=int, default=1000)
    parser.add_argument("--json", dest="json_path")
    args = parser.parse_args()
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL", "DRAFTKIT_MAX_ATTEMPTS"):
        os.environ.pop(name, None)

    faults = {name: play(name, scenario) for name, scenario in SCENARIOS.items()}
    rows = [[n, r["exit"], r["requests"], r["seconds"], "ok" if r["ok"] else "FAIL"]
            for n, r in faults.items()]  # fmt: skip
    print(table(["fault scenario", "exit", "requests", "seconds", "outcome"], rows))
    survived = sum(r["ok"] for r in faults.values())
    print(f"\nfault scenarios: {survived}/{len(faults)} ended as documented\n")

    batch = batch_under_faults()
    print(f"batch under faults: {batch['first_run']}; rerun sent {batch['rerun_requests']} "
          f"requests (expected {batch['expected_rerun']}); every incident once: "
          f"{batch['every_incident_once']}; drafted after rerun {batch['drafted_after_rerun']}"
          f"/{batch['incidents']}\n")  # fmt: skip

    with contextlib.redirect_stderr(io.StringIO()):
        fuzzed = fuzz(args.fuzz)
    print(f"fuzzed incident files: {fuzzed['files']} -> exit 0: {fuzzed['exit_0']}, exit 2: "
          f"{fuzzed['exit_2']}, contract broken (traceback, other code, multi-line error): "
          f"{fuzzed['contract_broken']}\n")  # fmt: skip

    report = run_injection_suite(ROOT / "evals" / "injection")
    print(report.table())
    write_json(args.json_path, {"faults": faults, "batch": batch, "fuzz": fuzzed,
                                "injection": report.model_dump(mode="json")})  # fmt: skip


if __name__ == "__main__":
    main()
