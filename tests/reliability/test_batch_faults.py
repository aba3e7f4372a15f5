"""A 300-incident batch against a flaky endpoint: every incident once, failures resumable.

The server decides per incident (by the id in the prompt, hashed, so the split is deterministic):
20% fail transiently once (a 503 or a dropped connection on their first request), 5% fail for
good (always 500, or a 400), the rest answer at once. The expected sets are computed here from the
same hash, never copied from a run.
"""

from __future__ import annotations

import copy
import hashlib
import json
import threading
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from pydantic import SecretStr

from conftest import BASE_INCIDENT, GOOD_DRAFT
from draftkit.batch import run_batch
from draftkit.settings import Settings
from reliability.server import SECRET, Fault, FaultServer, Recorded, drop, ok, status

COUNT = 300
RETRIES = 2


def incident_id(line: int) -> str:
    return f"INC-{line:04d}"


def _plan() -> dict[str, str]:
    """Each incident's behaviour: ranked by a hash of its id, 5% dead and 20% flaky, exactly."""
    ids = sorted(
        (incident_id(line) for line in range(1, COUNT + 1)),
        key=lambda identifier: hashlib.sha256(identifier.encode()).hexdigest(),
    )
    dead, flaky = COUNT * 5 // 100, COUNT * 20 // 100
    plan = {}
    for rank, identifier in enumerate(ids):
        if rank < dead:
            plan[identifier] = "dead-500" if rank % 2 == 0 else "dead-400"
        elif rank < dead + flaky:
            plan[identifier] = "flaky-503" if rank % 2 == 0 else "flaky-drop"
        else:
            plan[identifier] = "healthy"
    return plan


PLAN = _plan()


def kind(identifier: str) -> str:
    """ "dead-500", "dead-400", "flaky-503", "flaky-drop" or "healthy"."""
    return PLAN[identifier]


def draft_for(identifier: str) -> dict[str, str]:
    return {**GOOD_DRAFT, "subject": GOOD_DRAFT["subject"].replace("INC-4821", identifier)}


class PerIncident:
    """The hook: what each incident's requests get, counting them."""

    def __init__(self, *, healthy: bool = False) -> None:
        self.healthy = healthy
        self.seen: Counter[str] = Counter()
        self.lock = threading.Lock()

    def __call__(self, request: Recorded) -> Fault:
        identifier = request.incident_id
        assert identifier is not None, request.text[:200]
        with self.lock:
            self.seen[identifier] += 1
            first = self.seen[identifier] == 1
        behaviour = "healthy" if self.healthy else kind(identifier)
        if behaviour == "dead-500":
            return status(500)
        if behaviour == "dead-400":
            return status(400, body={"error": {"message": "this incident is refused"}})
        if behaviour == "flaky-503" and first:
            return status(503)
        if behaviour == "flaky-drop" and first:
            return drop()
        return ok(draft_for(identifier))


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "incidents.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for line in range(1, COUNT + 1):
            data = copy.deepcopy(BASE_INCIDENT)
            data["id"] = incident_id(line)
            handle.write(json.dumps(data) + "\n")
    return path


def read_output(path: Path) -> list[dict[str, Any]]:
    lines = path.read_text(encoding="utf-8").splitlines()
    results = [json.loads(line) for line in lines]  # every line is whole, valid JSON
    assert all(isinstance(result, dict) for result in results)
    return results


def test_flaky_batch_writes_every_incident_once_and_resumes_only_the_failures(
    source: Path, tmp_path: Path, fault_server: FaultServer
) -> None:
    ids = {line: incident_id(line) for line in range(1, COUNT + 1)}
    kinds = {identifier: kind(identifier) for identifier in ids.values()}
    dead = {line for line, identifier in ids.items() if kinds[identifier].startswith("dead")}
    flaky = {line for line, identifier in ids.items() if kinds[identifier].startswith("flaky")}
    # the split exercises each behaviour: 15 dead (8 always 500, 7 a 400), 60 flaky
    assert (len(dead), len(flaky)) == (15, 60)
    assert {"dead-500", "dead-400", "flaky-503", "flaky-drop"} <= set(kinds.values())

    settings = Settings(
        provider="openai",
        api_key=SecretStr(SECRET),
        base_url=fault_server.url,
        timeout=10,
        total_timeout=30,
        retries=RETRIES,
    )
    output = tmp_path / "out.jsonl"
    hook = PerIncident()
    fault_server.hook = hook

    summary = run_batch(source, output, concurrency=16, settings=settings)

    assert (summary.total, summary.drafted, summary.failed, summary.rejected) == (
        COUNT,
        COUNT - len(dead),
        len(dead),
        0,
    )
    results = read_output(output)
    assert sorted(result["line"] for result in results) == list(range(1, COUNT + 1))
    for result in results:
        identifier = ids[result["line"]]
        assert result["incident_id"] == identifier
        if result["line"] in dead:
            expected = 500 if kinds[identifier] == "dead-500" else 400
            assert (result["error"], result["status_code"]) == ("provider", expected)
            assert f"HTTP {expected}" in result["message"]
            assert SECRET not in result["message"]
        else:
            assert "error" not in result, result
            assert result["subject"].startswith(f"[{identifier}]")
            assert result["meta"]["attempts"] == 1  # transport retries are not draft attempts
    # every request was one the plan called for: one, two for the flaky, all retries for a 500
    expected_requests = {
        "healthy": 1,
        "flaky-503": 2,
        "flaky-drop": 2,
        "dead-500": RETRIES + 1,
        "dead-400": 1,
    }
    assert hook.seen == Counter(
        {identifier: expected_requests[kinds[identifier]] for identifier in ids.values()}
    )
    assert all(
        request.headers["authorization"] == f"Bearer {SECRET}" for request in fault_server.requests
    )

    # The endpoint recovers; the rerun on the same OUTPUT asks only for the failed incidents.
    fault_server.reset()
    healed = PerIncident(healthy=True)
    fault_server.hook = healed
    rerun = run_batch(source, output, concurrency=16, settings=settings)

    assert (rerun.total, rerun.skipped, rerun.drafted, rerun.failed) == (
        COUNT,
        COUNT - len(dead),
        len(dead),
        0,
    )
    assert healed.seen == Counter({ids[line]: 1 for line in dead})
    assert fault_server.count == len(dead)
    final = read_output(output)
    assert sorted(result["line"] for result in final) == list(range(1, COUNT + 1))
    assert not [result for result in final if "error" in result]
    assert {result["incident_id"] for result in final} == set(ids.values())
