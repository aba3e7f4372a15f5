"""The live harness stops a llama.cpp server an interrupted run left behind, and nothing else."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from live.conftest import _script

#: A stand-in whose command line names llama.cpp's server module, as the real one's does.
SLEEPER = [sys.executable, "-c", "import time; time.sleep(120)", "llama_cpp.server"]


@pytest.fixture
def script(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.setenv("DRAFTKIT_LIVE_HOME", str(tmp_path))
    return _script()


@pytest.fixture
def orphan() -> Iterator[int]:
    """A sleeper whose starter has exited, so it is nobody's child here (init reaps it)."""
    starter = subprocess.run(
        [
            sys.executable,
            "-c",
            "import subprocess, sys; "
            f"print(subprocess.Popen({SLEEPER!r}, start_new_session=True, "
            "stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).pid)",
        ],
        capture_output=True,
        text=True,
        check=True,
    )
    pid = int(starter.stdout)
    yield pid
    subprocess.run(["kill", "-9", str(pid)], capture_output=True, check=False)


def _dead_pid() -> int:
    done = subprocess.Popen([sys.executable, "-c", "pass"])
    done.wait()
    return done.pid


def _gone(script: ModuleType, pid: int) -> bool:
    for _ in range(100):
        if not script._alive(pid):
            return True
        time.sleep(0.1)
    return False


def test_a_server_whose_starter_died_is_stopped(script: ModuleType, orphan: int) -> None:
    script._pidfile().write_text(f"{orphan} {_dead_pid()}\n")
    assert script._is_llama_server(orphan)
    assert script.stop_orphan() == orphan
    assert _gone(script, orphan)
    assert not script._pidfile().exists()


def test_a_server_whose_starter_lives_is_left_alone(script: ModuleType, orphan: int) -> None:
    script._pidfile().write_text(f"{orphan} {os.getpid()}\n")
    assert script.stop_orphan() is None
    assert script._alive(orphan)


def test_a_pid_that_is_no_llama_server_is_never_stopped(script: ModuleType) -> None:
    other = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    try:
        script._pidfile().write_text(f"{other.pid} {_dead_pid()}\n")
        assert script.stop_orphan() is None
        assert other.poll() is None
        assert not script._pidfile().exists()
    finally:
        other.kill()
        other.wait()


def test_an_unreadable_pidfile_is_no_error(script: ModuleType) -> None:
    script._pidfile().write_text("not a pid\n")
    assert script.stop_orphan() is None
