"""`draftkit batch`: many incidents, one shared connection pool, nothing lost on a crash.

Input is streamed (one JSON incident per line) and at most `concurrency` drafts are in flight, so
memory stays flat in the number of lines. Each result is written as one whole line and flushed as
soon as it is ready; a rerun with the same OUTPUT keeps what was drafted, drops what failed (and a
line torn by a hard kill) and retries exactly those incidents.
"""

from __future__ import annotations

import asyncio
import json
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from pydantic import BaseModel

from draftkit.errors import DraftkitError, DraftRejected, InputError, ProviderError
from draftkit.incident import Incident
from draftkit.loading import MAX_INPUT_BYTES
from draftkit.providers.base import ModelReply, ModelRequest, Provider
from draftkit.settings import Settings

if TYPE_CHECKING:
    from draftkit.context import Context


class BatchSummary(BaseModel):
    total: int = 0
    drafted: int = 0
    rejected: int = 0
    failed: int = 0
    skipped: int = 0
    tokens: int = 0
    seconds: float = 0.0
    interrupted: bool = False

    @property
    def ok(self) -> bool:
        return self.rejected == 0 and self.failed == 0 and not self.interrupted

    def line(self) -> str:
        rate = (self.drafted + self.rejected + self.failed) / self.seconds if self.seconds else 0.0
        return (
            f"{self.drafted} drafted, {self.rejected} rejected, {self.failed} failed, "
            f"{self.skipped} already done, {self.tokens} tokens, {self.seconds:.1f} s "
            f"({rate:.1f}/s){' — interrupted' if self.interrupted else ''}"
        )


def check_output(output: Path) -> None:
    """OUTPUT must be a file we can append to: say so in one line before any work is done."""
    if output.is_dir():
        raise InputError(f"{output}: is a directory; -o takes the JSONL file to write")
    parent = output.parent
    if not parent.is_dir():
        raise InputError(f"{output}: directory {parent} does not exist; create it first")
    if not os.access(parent, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise InputError(f"{output}: not writable")


def read_done(output: Path) -> set[int]:
    """Keep the drafted lines of a previous run (atomically); return their input line numbers."""
    check_output(output)
    if not output.exists():
        return set()
    done: set[int] = set()
    kept: list[str] = []
    with output.open("r", encoding="utf-8", errors="replace") as handle:
        for raw in handle:
            try:
                result = json.loads(raw)
            except json.JSONDecodeError:
                continue  # a line torn by a hard kill: its incident is simply drafted again
            if (
                isinstance(result, dict)
                and "error" not in result
                and isinstance(result.get("line"), int)
                and result["line"] not in done
            ):
                done.add(result["line"])
                kept.append(raw if raw.endswith("\n") else raw + "\n")
    temporary = output.with_name(output.name + ".tmp")
    with temporary.open("w", encoding="utf-8") as handle:
        handle.writelines(kept)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(temporary, output)
    return done


def input_lines(path: Path) -> Iterator[tuple[int, bytes]]:
    """(line number, raw line) for each non-blank line, read lazily."""
    if str(path) == "-" and sys.stdin is None:
        raise InputError("<stdin>: standard input is closed; give a file or pipe the JSONL in")
    try:
        handle = sys.stdin.buffer if str(path) == "-" else path.open("rb")
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, expected a JSONL file") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    with handle:
        for number, raw in enumerate(handle, start=1):
            if raw.strip():
                yield number, raw


def parse_line(
    number: int, raw: bytes, name: str, convert: Callable[[Any, str], Incident] | None = None
) -> Incident:
    from draftkit.incident import incident_from_data
    from draftkit.loading import parse_document

    where = f"{name}:{number}"
    if len(raw) > MAX_INPUT_BYTES:
        raise InputError(f"{where}: line larger than the {MAX_INPUT_BYTES // 1024} KiB limit")
    data = parse_document(where, raw.rstrip(b"\r\n"), json_only=True, one_line=True)
    if convert is not None:
        return convert(data, where)
    return incident_from_data(data, where)


def line_incident_id(raw: bytes) -> str | None:
    """The `id` of a batch line that failed validation, when the line is JSON and has one."""
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        return None
    value = data.get("id") if isinstance(data, dict) else None
    return value if isinstance(value, str) and len(value) <= 200 else None


def error_result(number: int, incident_id: str | None, exc: DraftkitError) -> dict[str, Any]:
    """One error object shape for both batch modes, so a script reads every failure alike."""
    base: dict[str, Any] = {"incident_id": incident_id, "line": number}
    status = exc.status_code if isinstance(exc, ProviderError) else None
    extra = {} if isinstance(exc, DraftRejected) else {"status_code": status}
    return {**base, **exc.to_dict(), **extra}


class _RequestLimit:
    """A provider whose requests, not whole drafts, are bounded by `--concurrency`.

    The checks run after each answer; while they do, the next draft's request is already on its
    way, instead of every answer of a wave queueing for the one event loop before anything is
    sent again.
    """

    def __init__(self, provider: Provider, limit: asyncio.Semaphore) -> None:
        self._provider = provider
        self._limit = limit

    def __getattr__(self, name: str) -> Any:
        return getattr(self._provider, name)

    async def acomplete(self, request: ModelRequest) -> ModelReply:
        async with self._limit:
            reply = await self._provider.acomplete(request)
        # Yield once: the request woken by the release goes out before this answer's checks run.
        await asyncio.sleep(0)
        return reply


class _Progress:
    """A one-line progress bar with rate and ETA, on stderr, only when it is a terminal."""

    def __init__(self, total: int | None) -> None:
        self.total = total
        self.started = time.monotonic()
        self.done = 0
        self.enabled = sys.stderr.isatty()

    def tick(self) -> None:
        self.done += 1
        if not self.enabled:
            return
        elapsed = max(1e-6, time.monotonic() - self.started)
        rate = self.done / elapsed
        if self.total:
            left = (self.total - self.done) / rate if rate else 0
            filled = int(30 * self.done / self.total)
            bar = f"[{'#' * filled}{'.' * (30 - filled)}] {self.done}/{self.total}"
            sys.stderr.write(f"\r{bar} {rate:.1f}/s ETA {left:.0f} s ")
        else:
            sys.stderr.write(f"\r{self.done} done {rate:.1f}/s ")
        sys.stderr.flush()

    def close(self) -> None:
        if self.enabled and self.done:
            sys.stderr.write("\n")


async def arun_batch(
    input_path: str | Path,
    output_path: str | Path,
    *,
    concurrency: int = 8,
    settings: Settings | None = None,
    provider: Provider | None = None,
    context: Context | None = None,
    convert: Callable[[Any, str], Incident] | None = None,
    summary: BatchSummary | None = None,
) -> BatchSummary:
    """Draft every incident of a JSONL file into OUTPUT; `summary` is filled in as it goes.

    Pass a `context`, or `settings` and/or a `provider` to build one from; a context built here
    is closed here.
    """
    from draftkit.context import Context
    from draftkit.settings import load_settings

    if concurrency < 1:
        raise InputError(f"--concurrency must be at least 1, got {concurrency}")
    source, output = Path(input_path), Path(output_path)
    check_output(output)
    summary = summary if summary is not None else BatchSummary()
    own = context is None
    context = context or Context(settings or load_settings(), provider=provider)
    done = read_done(output)
    total = (
        sum(1 for _ in input_lines(source)) if sys.stderr.isatty() and str(source) != "-" else None
    )
    progress = _Progress(total)
    started = time.monotonic()
    requests = asyncio.Semaphore(concurrency)
    limit = asyncio.Semaphore(2 * concurrency)  # drafts held at once: memory stays flat
    drafting = context.using(_RequestLimit(context.provider, requests))
    tasks: set[asyncio.Task[None]] = set()
    handle: IO[str] = output.open("a", encoding="utf-8")

    def write(result: dict[str, Any]) -> None:
        handle.write(json.dumps(result, ensure_ascii=False) + "\n")  # one whole line, then
        handle.flush()  # flushed at once: a crash loses at most the drafts still in flight

    async def one(number: int, raw: bytes) -> None:
        incident_id: str | None = None
        try:
            incident = parse_line(number, raw, str(source), convert)
            incident_id = incident.id
            draft = await drafting.adraft(incident, source=f"{source}:{number}")
        except DraftkitError as exc:
            if isinstance(exc, DraftRejected):
                summary.rejected += 1
                summary.tokens += exc.usage.total_tokens
            else:
                summary.failed += 1
            write(error_result(number, incident_id or line_incident_id(raw), exc))
        else:
            summary.drafted += 1
            summary.tokens += draft.meta.usage.total_tokens
            write({**draft.to_json_dict(), "line": number})
        finally:
            limit.release()
            progress.tick()

    try:
        for number, raw in input_lines(source):
            summary.total += 1
            if number in done:
                summary.skipped += 1
                continue
            await limit.acquire()
            task = asyncio.create_task(one(number, raw))
            tasks.add(task)
            task.add_done_callback(tasks.discard)
        if tasks:
            await asyncio.gather(*tasks)
    except asyncio.CancelledError:
        summary.interrupted = True
        for task in tasks:
            task.cancel()
        await asyncio.gather(*tasks, return_exceptions=True)
        raise
    finally:
        handle.flush()
        os.fsync(handle.fileno())
        handle.close()
        progress.close()
        summary.seconds = round(time.monotonic() - started, 3)
        if own:
            await context.aclose()
    return summary


def run_batch(input_path: str | Path, output_path: str | Path, **options: Any) -> BatchSummary:
    """The synchronous entry point: `asyncio.run(arun_batch(...))`."""
    return asyncio.run(arun_batch(input_path, output_path, **options))
