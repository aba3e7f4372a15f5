"""Which `response_format` an endpoint accepts: found once per base URL and model, then kept.

Servers differ: OpenAI takes `json_schema` (structured outputs); llama.cpp's Python server answers
it with HTTP 500 and a validation message, others with 400 or 422, and some take only
`json_object` or ignore the field. A 400, 422 or 500 whose body names `response_format`,
`json_schema` or `json_object` therefore means "this mode is not supported", not "try again": the
request is sent again at once, one step simpler, without counting as a retry:

    json_schema  ->  json_object + schema  ->  json_object  ->  text

`json_object` first carries the JSON Schema as `schema`, which llama.cpp, Together and Fireworks
use to constrain the answer; a server that refuses the extra key gets plain `json_object`. In
`text` no `response_format` is sent and the parser finds the object in the answer.

What worked is kept for the rest of the process, per (base URL, model), so a batch pays for a
refused step once, not once per incident. Concurrent first requests do not all probe: the first
takes a lock (a `threading.Lock` on the sync path, an `asyncio.Lock` per event loop on the async
one) and the others wait for its answer, then use the step it settled without asking again.

Each decision is logged on the `draftkit.providers` logger: a refusal and the format settled, with
the reason, at INFO (the command line prints them on stderr), the format of each request at DEBUG
(`--verbose`).
"""

from __future__ import annotations

import asyncio
import logging
import re
import threading
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, Literal, TypeVar
from urllib.parse import urlsplit, urlunsplit

Mode = Literal["json_schema", "json_object", "text"]
MODES: tuple[Mode, ...] = ("json_schema", "json_object", "text")
#: Statuses with which real servers refuse a response_format they do not support.
REFUSAL_STATUSES = frozenset({400, 422, 500})
_REFUSAL_WORDS = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)
DEFAULT_BASE_URL = "https://api.openai.com/v1"

log = logging.getLogger("draftkit.providers")
T = TypeVar("T")


@dataclass(frozen=True)
class Rung:
    """One step of the ladder: a mode, and whether the JSON Schema goes with it."""

    mode: Mode
    schema: bool

    def __str__(self) -> str:
        return f"{self.mode} + schema" if self.mode == "json_object" and self.schema else self.mode


LADDER: tuple[Rung, ...] = (
    Rung("json_schema", True),
    Rung("json_object", True),
    Rung("json_object", False),
    Rung("text", False),
)


def rungs(choice: str) -> tuple[Rung, ...]:
    """The steps a `--response-format` choice may take: all for auto, else that mode's."""
    return LADDER if choice == "auto" else tuple(r for r in LADDER if r.mode == choice)


def refuses_mode(status: int, body: str) -> bool:
    """True when an error answer says the requested response_format is not supported."""
    return status in REFUSAL_STATUSES and bool(_REFUSAL_WORDS.search(body))


def response_format(rung: Rung, schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The `response_format` field for a step (None: leave the field out, plain text)."""
    if rung.mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": name, "strict": True, "schema": schema},
        }
    if rung.mode == "json_object":
        return {"type": "json_object", "schema": schema} if rung.schema else {"type": "json_object"}
    return None


def display_url(base_url: str | None) -> str:
    """The endpoint as a person may see it: without any user:password part."""
    parts = urlsplit(base_url or DEFAULT_BASE_URL)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class ModeRefused(Exception):
    """The server refused the response_format of this request: not worth a retry."""

    def __init__(self, rung: Rung, status: int, message: str) -> None:
        super().__init__(message)
        self.rung = rung
        self.status = status
        self.message = message

    def why(self) -> str:
        text = " ".join(self.message.split())
        return f"HTTP {self.status}: {text[:100]}{'…' if len(text) > 100 else ''}"


@dataclass
class Endpoint:
    """What one (base URL, model) accepts, as far as this process has found out."""

    url: str
    model: str
    choice: str = "auto"
    ladder: tuple[Rung, ...] = LADDER
    floor: int = 0  # index in `ladder` of the first step not known to be refused
    settled: bool = False
    refused: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)
    _async_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    @property
    def rung(self) -> Rung:
        return self.ladder[self.floor]

    def async_lock(self) -> asyncio.Lock:
        """One asyncio lock per event loop (a lock is bound to the loop that first awaits it)."""
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock[0] is not loop:
            self._async_lock = (loop, asyncio.Lock())
        return self._async_lock[1]

    def refuse(self, refusal: ModeRefused) -> None:
        """Step below the refused one at once; re-raise it when no step is left."""
        index = self.ladder.index(refusal.rung)
        if index >= self.floor:
            if index + 1 >= len(self.ladder):
                raise refusal
            self.floor = index + 1
            self.settled = False
            self.refused.append(f"{refusal.rung} ({refusal.why()})")
        log.info(
            "%s refused response_format %s (%s); asking for %s instead",
            self.url,
            refusal.rung,
            refusal.why(),
            self.rung,
        )

    def settle(self, rung: Rung) -> None:
        if self.settled or rung != self.rung:
            return
        self.settled = True
        if self.choice != "auto":
            why = "set by --response-format, DRAFTKIT_RESPONSE_FORMAT or the config file"
        elif self.refused:
            why = "it refused " + ", then ".join(r.split(" (")[0] for r in self.refused)
        elif rung.mode == "json_schema":
            why = "structured outputs accepted"
        else:
            why = f"{rung} accepted"
        log.info(
            "response format %s for model %s at %s (%s); kept for this run",
            rung,
            self.model,
            self.url,
            why,
        )


_ENDPOINTS: dict[tuple[str, str, str], Endpoint] = {}
_GUARD = threading.Lock()


def endpoint(base_url: str | None, model: str, choice: str = "auto") -> Endpoint:
    """The process-wide record for one base URL, model and `--response-format` choice."""
    url = display_url(base_url)
    key = (url.rstrip("/"), model, choice)
    with _GUARD:
        found = _ENDPOINTS.get(key)
        if found is None:
            found = _ENDPOINTS[key] = Endpoint(url, model, choice, rungs(choice))
        return found


def forget() -> None:
    """Forget every negotiated format (tests; a long-lived process whose server changed)."""
    with _GUARD:
        _ENDPOINTS.clear()


def negotiate(state: Endpoint, send: Callable[[Rung], T]) -> T:
    """`send(rung)` in the step the endpoint accepts; it raises ModeRefused to step down.

    Once a step is settled, requests go out in it with no lock. Until then one request at a time
    probes (the others wait on the lock, then find it settled); a refused step is left at once,
    and a transient failure leaves the lock to tenacity's next try or to another request. A
    settled step refused later (a narrowed schema, say) is left the same way.
    """
    while True:
        if state.settled:
            try:
                return send(state.rung)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
        with state.lock:
            if state.settled:
                continue
            rung = state.rung
            try:
                result = send(rung)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
            state.settle(rung)
            return result


async def anegotiate(state: Endpoint, send: Callable[[Rung], Awaitable[T]]) -> T:
    """The async twin of `negotiate`, its lock bound to the running event loop."""
    while True:
        if state.settled:
            try:
                return await send(state.rung)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
        async with state.async_lock():
            if state.settled:
                continue
            rung = state.rung
            try:
                result = await send(rung)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
            state.settle(rung)
            return result
