"""A real llama.cpp server (SmolLM2-135M-Instruct) on 127.0.0.1, behind a counting proxy.

The environment is built once by `scripts/live_server.py` (installing packages is setup, not a
test); the tests themselves only ever talk to 127.0.0.1. Where this machine cannot build
llama-cpp-python (no C or C++ compiler) the live tests are skipped, saying so; any other failure
to build or start the server is an error, never a skip.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from live.proxy import CountingProxy, Exchange

ROOT = Path(__file__).resolve().parents[2]
#: Generous: the server answers one request at a time, at a few seconds each on 2 cores.
SECONDS = 1800
#: A complete draft from this model takes 250-450 tokens.
MAX_TOKENS = "600"


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "live_server", ROOT / "scripts" / "live_server.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["live_server"] = module
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="session")
def proxy() -> Iterator[CountingProxy]:
    script = _script()
    try:
        script.ensure_environment()
    except script.Unavailable as exc:
        pytest.skip(f"no live llama.cpp server: {exc}")
    server = script.start()
    counting = CountingProxy(server.base_url.removesuffix("/v1")).start()
    try:
        yield counting
    finally:
        counting.stop()
        server.stop()


@dataclass
class Run:
    code: int
    stdout: str
    stderr: str
    exchanges: list[Exchange]

    @property
    def chat(self) -> list[Exchange]:
        return [e for e in self.exchanges if e.chat]

    def formats(self) -> list[str]:
        return [e.format for e in self.chat]


@pytest.fixture
def draftkit(proxy: CountingProxy, tmp_path: Path) -> object:
    """Run `python -m draftkit ARGS` against the live server; what the server saw comes along."""

    def run(*args: str, **env: str) -> Run:
        environment = {
            k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFTKIT_"))
        }
        environment.update(
            OPENAI_BASE_URL=proxy.base_url,
            DRAFTKIT_MODEL="smollm2",
            DRAFTKIT_LEDGER=str(tmp_path / "ledger.sqlite"),
            # A 135M model can ramble to its context size; the server answers one request at
            # a time, so a request may wait for others before its own turn.
            DRAFTKIT_MAX_TOKENS=MAX_TOKENS,
            DRAFTKIT_TIMEOUT="300",
            DRAFTKIT_TOTAL_TIMEOUT="900",
        )
        environment.update(env)
        mark = proxy.mark()
        done = subprocess.run(
            [sys.executable, "-m", "draftkit", *args],
            capture_output=True,
            text=True,
            env=environment,
            cwd=tmp_path,
            timeout=SECONDS,
            check=False,
        )
        proxy.settle()  # a request the client gave up on still runs on the server
        return Run(done.returncode, done.stdout, done.stderr, proxy.since(mark))

    return run
