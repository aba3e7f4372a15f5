"""Every way an endpoint misbehaves, through the real CLI (a subprocess) and the Python API.

The server is real (127.0.0.1, a socket, the official SDK and httpx on the other side). Each
scenario is played twice: `draftkit draft ... --format json` in a subprocess, and
`draftkit.draft(...)` in-process. Each test asserts the outcome (the exit code, or the exit code
of the exception for the API), how many requests the server saw, and that nothing ended in a
traceback.

In the subprocess the backoff is real (the instant-backoff fixture does not reach it), so retries
are few and Retry-After values small. Interpreter startup dominates a CLI run, so the CLI runs of
the module are started together, a few at a time, each against its own server, on first use; a
test then waits for its own. No test bounds wall-clock time (a loaded machine would fail it, and
speed belongs in `bench/reliability.py`): the budget is asserted by what the server saw and what
the error says, and by `test_each_request_timeout_is_cut_to_the_budget_left`; the one timing
check left is a lower bound on the server's clock, that a retry after Retry-After came after most
of the requested wait, which a sleep cannot end early to break.
"""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import draftkit.api
from conftest import BASE_INCIDENT, EXAMPLES, GOOD_DRAFT
from draftkit.errors import DraftkitError, DraftRejected, ProviderError
from reliability.server import (
    SECRET,
    Fault,
    FaultServer,
    bad_schema,
    drop,
    length,
    not_json,
    partial,
    prose,
    rate_limited,
    refusal,
    slow,
    status,
    stream,
)

CLI_WORKERS = 4


@dataclass(frozen=True)
class Scenario:
    """What the server does, and the settings of the client that meets it."""

    faults: tuple[Fault, ...] = ()
    always: Fault | None = None
    timeout: float = 2.0
    retries: int = 1
    total: float = 6.0
    max_attempts: int | None = None
    verbose: bool = False

    def arm(self, server: FaultServer) -> FaultServer:
        server.script(*self.faults)
        if self.always is not None:
            server.always(self.always)
        return server


def _leaky_401(code: int = 401) -> Fault:
    """Like OpenAI's own 401, the body quotes the key back: it must not reach the user."""
    return status(code, body={"error": {"message": f"Incorrect API key provided: {SECRET}"}})


TRANSIENT = (408, 409, 500, 502, 503)
PERMANENT = (400, 401, 403, 404, 422)

#: answer kind -> (fault, exit codes allowed, what exit 3 must say, the finding behind exit 4)
NOT_A_DRAFT: dict[str, tuple[Fault, set[int], str, str]] = {
    "not_json": (not_json(), {3}, "not JSON", ""),
    # 3 as the body is not a completion; 4 would do if a client ever read the events
    "stream": (stream(), {3, 4}, "not JSON", "format"),
    "prose": (prose(), {4}, "", "format"),
    "bad_schema": (bad_schema(), {4}, "", "format"),
    "refusal": (refusal(), {4}, "", "refusal"),
    "length": (length(), {4}, "", "truncated"),
}

#: In the order of the tests, which is the order the CLI runs are started in.
SCENARIOS: dict[str, Scenario] = {
    "healthy": Scenario(),
    "drop_then_good": Scenario(faults=(drop(),)),
    "partial_then_good": Scenario(faults=(partial(),)),
    **{f"{code}_then_good": Scenario(faults=(status(code),)) for code in TRANSIENT},
    "502_drop_then_good": Scenario(faults=(status(502), drop()), retries=2, total=10),
    "429_seconds_then_good": Scenario(faults=(rate_limited(1),), total=8),
    "429_date_then_good": Scenario(faults=(rate_limited(2, http_date=True),), total=8),
    "429_bare_then_good": Scenario(faults=(rate_limited(None),)),
    "timeout_then_good": Scenario(faults=(slow(4),), timeout=1, total=5),
    "length_then_good": Scenario(faults=(length(),), max_attempts=3),
    "always_500": Scenario(always=status(500), retries=2, total=10),
    "always_drop": Scenario(always=drop()),
    "always_slow": Scenario(always=slow(30), timeout=1, retries=3, total=2.5),
    # a generous per-request timeout is still cut to what is left of the total budget
    "always_slow_budget": Scenario(always=slow(30), timeout=30, retries=3, total=2),
    "retry_after_beyond_budget": Scenario(always=status(429, retry_after="60"), retries=3, total=3),
    **{f"always_{code}": Scenario(always=_leaky_401(code), retries=3) for code in PERMANENT},
    **{
        f"always_{kind}": Scenario(always=fault, max_attempts=2)
        for kind, (fault, *_) in NOT_A_DRAFT.items()
    },
    "verbose_401": Scenario(always=_leaky_401(), verbose=True),
}

#: The scenarios also played through the CLI (each costs an interpreter start, ~1 s of CPU); the
#: API plays them all. Variants that only differ inside the retry layer stay API-only.
THROUGH_CLI = frozenset(SCENARIOS) - {
    "healthy",
    "502_drop_then_good",
    "429_bare_then_good",
    "always_drop",
    "always_slow_budget",
    "408_then_good",
    "409_then_good",
    "always_401",  # verbose_401 plays it through the CLI
    "always_403",
    "always_422",
}


def modes(name: str) -> list[str]:
    return ["cli", "api"] if name in THROUGH_CLI else ["api"]


def cases(template: str, values: tuple[Any, ...] | list[Any]) -> list[Any]:
    """(value, mode) parameters: every value through the API, the CLI ones through the CLI too."""
    return [
        pytest.param(value, mode, id=f"{mode}-{value}")
        for value in values
        for mode in modes(template.format(value))
    ]


# -- running a scenario ----------------------------------------------------------------------


@dataclass
class Outcome:
    mode: str
    code: int
    stdout: str
    stderr: str
    seconds: float
    draft: dict[str, Any] | None = None
    error: DraftkitError | None = field(default=None, repr=False)

    @property
    def error_lines(self) -> list[str]:
        return [line for line in self.stderr.splitlines() if line.startswith("draftkit: error:")]


def run_cli(scenario: Scenario, server: FaultServer, workdir: Path) -> Outcome:
    incident_file = workdir / "incident.json"
    command = [
        sys.executable,
        "-m",
        "draftkit",
        "draft",
        str(incident_file),
        "--format",
        "json",
        "--base-url",
        server.url,
        "--provider",
        "openai",
        "--timeout",
        f"{scenario.timeout:g}",
    ]
    if scenario.max_attempts is not None:
        command += ["--max-attempts", str(scenario.max_attempts)]
    if scenario.verbose:
        command.append("--verbose")
    env = {
        name: value
        for name, value in os.environ.items()
        if not name.startswith(("OPENAI_", "DRAFTKIT_"))
    }
    env.update(
        OPENAI_API_KEY=SECRET,
        DRAFTKIT_RETRIES=str(scenario.retries),
        DRAFTKIT_TOTAL_TIMEOUT=f"{scenario.total:g}",
        DRAFTKIT_LEDGER=str(workdir / "ledger.sqlite"),
    )
    started = time.monotonic()
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        env=env,
        cwd=workdir,
        timeout=scenario.total + 60,
        check=False,
    )
    seconds = time.monotonic() - started
    result = json.loads(done.stdout) if done.returncode == 0 else None
    return Outcome("cli", done.returncode, done.stdout, done.stderr, seconds, result)


def run_api(scenario: Scenario, server: FaultServer, monkeypatch: pytest.MonkeyPatch) -> Outcome:
    monkeypatch.setenv("DRAFTKIT_RETRIES", str(scenario.retries))
    monkeypatch.setenv("DRAFTKIT_TOTAL_TIMEOUT", f"{scenario.total:g}")
    started = time.monotonic()
    try:
        made = draftkit.draft(
            copy.deepcopy(BASE_INCIDENT),
            provider="openai",
            base_url=server.url,
            api_key=SECRET,
            timeout=scenario.timeout,
            max_attempts=scenario.max_attempts,
        )
    except DraftkitError as exc:
        return Outcome("api", exc.exit_code, "", str(exc), time.monotonic() - started, error=exc)
    except Exception:  # anything else is a bug: make it visible as a traceback
        return Outcome("api", -1, "", traceback.format_exc(), time.monotonic() - started)
    return Outcome("api", 0, "", "", time.monotonic() - started, made.to_json_dict())


class CliPool:
    """Every CLI scenario, each with its own server, run a few at a time from the first use."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.servers: dict[str, FaultServer] = {}
        self.futures: dict[str, Future[Outcome]] = {}
        self.executor = ThreadPoolExecutor(max_workers=CLI_WORKERS)

    def start(self) -> None:
        incident = json.dumps(BASE_INCIDENT)
        for name in [name for name in SCENARIOS if name in THROUGH_CLI]:
            scenario = SCENARIOS[name]
            workdir = Path(tempfile.mkdtemp(prefix=f"{name}-", dir=self.root))
            (workdir / "incident.json").write_text(incident, encoding="utf-8")
            server = scenario.arm(FaultServer(dict(GOOD_DRAFT)).start())
            self.servers[name] = server
            self.futures[name] = self.executor.submit(run_cli, scenario, server, workdir)

    def get(self, name: str) -> tuple[Outcome, FaultServer]:
        return self.futures[name].result(), self.servers[name]

    def close(self) -> None:
        self.executor.shutdown(wait=True)
        for server in self.servers.values():
            server.stop()


@pytest.fixture(scope="module")
def cli_pool(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CliPool]:
    pool = CliPool(tmp_path_factory.mktemp("cli"))
    pool.start()  # at once: the API tests run while the subprocesses do
    yield pool
    pool.close()


Play = Callable[[str], tuple[Outcome, FaultServer]]


@pytest.fixture
def mode() -> str:
    """Overridden by each test's parametrization: "cli" or "api"."""
    return "api"


@pytest.fixture
def play(
    mode: str,
    request: pytest.FixtureRequest,
    fault_server: FaultServer,
    monkeypatch: pytest.MonkeyPatch,
) -> Play:
    """`outcome, server = play("scenario")`, through the CLI or the API."""
    if mode == "cli":  # the first CLI test starts them all; `-k api` starts none
        pool: CliPool = request.getfixturevalue("cli_pool")
        return pool.get

    def api(name: str) -> tuple[Outcome, FaultServer]:
        scenario = SCENARIOS[name]
        return run_api(scenario, scenario.arm(fault_server), monkeypatch), fault_server

    return api


# -- assertions ------------------------------------------------------------------------------


def assert_no_traceback(outcome: Outcome) -> None:
    assert "Traceback" not in outcome.stderr, outcome.stderr
    assert outcome.code != -1, outcome.stderr


def assert_drafted(outcome: Outcome, *, attempts: int = 1) -> None:
    """Exit 0 and a valid JSON draft of the incident, carrying what the server answered."""
    assert_no_traceback(outcome)
    assert outcome.code == 0, outcome.stderr
    draft = outcome.draft
    assert draft is not None
    assert draft["incident_id"] == "INC-4821"
    assert draft["meta"]["provider"] == "openai" and draft["meta"]["model"] == "fault-model"
    assert draft["meta"]["attempts"] == attempts
    assert draft["parts"]["restore_value"] == GOOD_DRAFT["restore_value"]
    assert all(check["passed"] for check in draft["checks"])
    if outcome.mode == "cli":
        tokens = 1000 * attempts  # the server's usage, summed over the draft attempts
        assert outcome.stderr.rstrip().endswith(f"accepted on attempt {attempts}, {tokens} tokens")


def assert_failed(outcome: Outcome, code: int) -> None:
    """The documented exit code, one error line (CLI), no traceback."""
    assert_no_traceback(outcome)
    assert outcome.code == code, outcome.stderr
    if outcome.mode == "cli":  # --format json: only the error object, as batch writes it
        error = json.loads(outcome.stdout)
        assert error["error"] == ("rejected" if code == 4 else "provider"), error
        assert error["incident_id"] == "INC-4821" and "draft" not in error
        assert len(outcome.error_lines) == 1, outcome.stderr
        if code == 3:  # the provider line, then the one error line
            assert len(outcome.stderr.splitlines()) == 2, outcome.stderr
    assert SECRET not in outcome.stderr + outcome.stdout
    assert "SECRET123" not in outcome.stderr


def assert_requests_well_formed(server: FaultServer) -> None:
    assert server.requests, "the server saw no request"
    for request in server.requests:
        assert request.path == "/v1/chat/completions"
        assert request.headers["authorization"] == f"Bearer {SECRET}"
        assert request.body["model"] and request.body["messages"]
        assert not request.body.get("stream")


# -- recovered within the bounded attempts ---------------------------------------------------


@pytest.mark.parametrize("mode", modes("healthy"))
def test_healthy_endpoint_drafts_in_one_request(play: Play) -> None:
    outcome, server = play("healthy")
    assert_drafted(outcome)
    assert server.count == 1
    assert_requests_well_formed(server)
    assert server.requests[0].body["response_format"]["type"] == "json_schema"


@pytest.mark.parametrize("mode", modes("drop_then_good"))
def test_dropped_connection_then_good(play: Play) -> None:
    outcome, server = play("drop_then_good")
    assert_drafted(outcome)
    assert server.count == 2
    assert_requests_well_formed(server)


@pytest.mark.parametrize("mode", modes("partial_then_good"))
def test_body_cut_short_then_good(play: Play) -> None:
    outcome, server = play("partial_then_good")
    assert_drafted(outcome)
    assert server.count == 2


@pytest.mark.parametrize(("code", "mode"), cases("{}_then_good", TRANSIENT))
def test_transient_status_then_good(play: Play, code: int) -> None:
    outcome, server = play(f"{code}_then_good")
    assert_drafted(outcome)
    assert server.count == 2
    assert_requests_well_formed(server)


@pytest.mark.parametrize("mode", modes("502_drop_then_good"))
def test_two_different_faults_then_good(play: Play) -> None:
    outcome, server = play("502_drop_then_good")
    assert_drafted(outcome)
    assert server.count == 3


@pytest.mark.parametrize(
    ("name", "mode"), cases("{}", ["429_seconds_then_good", "429_date_then_good"])
)
def test_429_retry_after_is_honoured(play: Play, name: str) -> None:
    outcome, server = play(name)
    assert_drafted(outcome)
    assert server.count == 2
    first, second = server.requests
    # The retry came after (most of) the requested wait: 1 s, or an HTTP date "2 s from now"
    # which, at whole-second resolution, is between 1 and 2 s away.
    assert second.at - first.at >= 0.8


@pytest.mark.parametrize("mode", modes("429_bare_then_good"))
def test_429_without_retry_after_backs_off_and_recovers(play: Play) -> None:
    outcome, server = play("429_bare_then_good")
    assert_drafted(outcome)
    assert server.count == 2


@pytest.mark.parametrize("mode", modes("timeout_then_good"))
def test_timeout_then_good(play: Play) -> None:
    outcome, server = play("timeout_then_good")
    assert_drafted(outcome)
    assert server.count == 2


@pytest.mark.parametrize("mode", modes("length_then_good"))
def test_truncated_then_good_is_repaired(play: Play) -> None:
    outcome, server = play("length_then_good")
    assert_drafted(outcome, attempts=2)
    assert server.count == 2
    assert "finish_reason=length" in server.requests[1].text  # the model was told why


# -- giving up, bounded ----------------------------------------------------------------------


@pytest.mark.parametrize("mode", modes("always_500"))
def test_always_500_gives_up_after_the_retries(play: Play) -> None:
    outcome, server = play("always_500")
    assert_failed(outcome, 3)
    assert server.count == 3
    assert "HTTP 500" in outcome.stderr and "gave up after 3 attempts" in outcome.stderr
    if outcome.error is not None:
        assert isinstance(outcome.error, ProviderError)
        assert (outcome.error.status_code, outcome.error.attempts) == (500, 3)


@pytest.mark.parametrize("mode", modes("always_drop"))
def test_always_dropped_gives_up(play: Play) -> None:
    outcome, server = play("always_drop")
    assert_failed(outcome, 3)
    assert server.count == 2
    assert "connection failed" in outcome.stderr


@pytest.mark.parametrize("mode", modes("always_slow"))
def test_slower_than_the_timeout_fails_promptly(play: Play) -> None:
    outcome, server = play("always_slow")
    assert_failed(outcome, 3)
    assert "timed out" in outcome.stderr
    assert 1 <= server.count <= 4


@pytest.mark.parametrize("mode", modes("always_slow_budget"))
def test_the_total_budget_bounds_a_single_slow_request(play: Play) -> None:
    outcome, server = play("always_slow_budget")
    assert_failed(outcome, 3)
    assert server.count == 1  # no time left for a second request
    assert "timed out" in outcome.stderr


@pytest.mark.parametrize("mode", modes("retry_after_beyond_budget"))
def test_retry_after_beyond_the_budget_is_not_waited_for(play: Play) -> None:
    outcome, server = play("retry_after_beyond_budget")
    assert_failed(outcome, 3)
    assert server.count == 1
    assert "HTTP 429" in outcome.stderr


@pytest.mark.parametrize(("code", "mode"), cases("always_{}", PERMANENT))
def test_client_errors_fail_at_once(play: Play, code: int) -> None:
    outcome, server = play(f"always_{code}")
    assert_failed(outcome, 3)
    assert server.count == 1
    assert f"HTTP {code}" in outcome.stderr
    assert_requests_well_formed(server)


# -- answers that are not drafts -------------------------------------------------------------


@pytest.mark.parametrize(("kind", "mode"), cases("always_{}", list(NOT_A_DRAFT)))
def test_answers_that_are_never_drafts(play: Play, kind: str) -> None:
    _, codes, says, finding = NOT_A_DRAFT[kind]
    scenario = SCENARIOS[f"always_{kind}"]
    outcome, server = play(f"always_{kind}")
    assert_no_traceback(outcome)
    assert outcome.code in codes, outcome.stderr
    assert SECRET not in outcome.stderr
    if outcome.code == 3:
        assert says in outcome.stderr
        assert server.count == 1  # a body that is not a completion will not get better
    else:
        # one request per draft attempt: an answer that is not a draft is not a transport fault
        assert server.count == scenario.max_attempts
        assert finding in outcome.stderr
        if isinstance(outcome.error, DraftRejected):
            assert outcome.error.attempts == scenario.max_attempts
            assert {f.name for f in outcome.error.findings} == {finding}
    if outcome.mode == "cli":
        assert len(outcome.error_lines) == 1
        error = json.loads(outcome.stdout)  # --format json: the error object, as batch writes it
        if outcome.code == 4:
            assert error["error"] == "rejected" and error["findings"][0]["name"] == finding
        else:
            assert error["error"] == "provider" and error["incident_id"] == "INC-4821"


# -- secrets ---------------------------------------------------------------------------------


def test_verbose_401_logs_the_request_but_never_the_key(cli_pool: CliPool) -> None:
    outcome, server = cli_pool.get("verbose_401")
    assert_no_traceback(outcome)
    assert outcome.code == 3
    assert server.count == 1
    assert server.requests[0].headers["authorization"] == f"Bearer {SECRET}"
    assert SECRET not in outcome.stdout and SECRET not in outcome.stderr
    assert "SECRET123" not in outcome.stderr
    lines = outcome.stderr.splitlines()
    logged = [line for line in lines if "-> POST" in line]
    assert len(logged) == 1 and server.url + "/chat/completions" in logged[0]
    assert "[REDACTED]" in logged[0] and "INC-4821" in logged[0]  # the body is logged too
    assert any("<- 401" in line for line in lines)
    assert len(outcome.error_lines) == 1 and "HTTP 401" in outcome.error_lines[0]


# -- the public entry point itself -----------------------------------------------------------


def test_public_draft_stays_callable() -> None:
    """`draftkit.draft(...)` must work more than once in a process.

    It once did not: a submodule named `draftkit/draft.py` replaced the package attribute `draft`
    on first import, so the second call raised "'module' object is not callable".
    """
    code = (
        "import draftkit, sys\n"
        "draftkit.draft(sys.argv[1])\n"
        "print('first call ok', flush=True)\n"
        "draftkit.draft(sys.argv[1])\n"
        "print('second call ok', flush=True)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(EXAMPLES / "saas-outage-en.yaml")],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert "first call ok" in done.stdout, done.stderr
    assert done.returncode == 0 and "second call ok" in done.stdout, done.stderr
