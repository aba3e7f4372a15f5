"""Which `response_format` an endpoint accepts: found once per base URL and model, then kept.

Servers differ: OpenAI takes `json_schema` (structured outputs); llama.cpp's Python server answers
it with HTTP 500 and a validation message, others with 400 or 422, and some take only
`json_object` or ignore the field. A 400, 422 or 500 whose body names `response_format`,
`json_schema` or `json_object` therefore means "this mode is not supported", not "try again": the
request is sent again at once, one mode simpler (json_schema -> json_object -> text), without
counting as a retry. What worked is kept for the rest of the process, per (base URL, model), so a
batch pays for a refused mode once, not once per incident.

Concurrent first requests do not all probe: the first takes a lock (a `threading.Lock` on the sync
path, an `asyncio.Lock` per event loop on the async one) and the others wait for its answer, then
use the mode it settled without asking again.

Each decision is logged on the `draftkit.providers` logger: the mode settled and why at INFO (the
command line prints it on stderr), the mode of each request at DEBUG (`--verbose`).
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
#: `--response-format`: auto negotiates; any other value is used as is and never stepped down.
CHOICES = ("auto", *MODES)
#: Statuses with which real servers refuse a response_format they do not support.
REFUSAL_STATUSES = frozenset({400, 422, 500})
_REFUSAL_WORDS = re.compile(r"response_format|json_schema|json_object", re.IGNORECASE)
DEFAULT_BASE_URL = "https://api.openai.com/v1"

log = logging.getLogger("draftkit.providers")
T = TypeVar("T")


def refuses_mode(status: int, body: str) -> bool:
    """True when an error answer says the requested response_format is not supported."""
    return status in REFUSAL_STATUSES and bool(_REFUSAL_WORDS.search(body))


def response_format(mode: str, schema: dict[str, Any], name: str) -> dict[str, Any] | None:
    """The `response_format` field for a mode (None: leave the field out, plain text)."""
    if mode == "json_schema":
        return {
            "type": "json_schema",
            "json_schema": {"name": name, "strict": True, "schema": schema},
        }
    if mode == "json_object":
        return {"type": "json_object"}
    return None


def display_url(base_url: str | None) -> str:
    """The endpoint as a person may see it: without any user:password part."""
    parts = urlsplit(base_url or DEFAULT_BASE_URL)
    host = parts.hostname or ""
    netloc = f"{host}:{parts.port}" if parts.port else host
    return urlunsplit((parts.scheme, netloc, parts.path, "", ""))


class ModeRefused(Exception):
    """The server refused the response_format of this request: not worth a retry."""

    def __init__(self, mode: str, status: int, message: str) -> None:
        super().__init__(message)
        self.mode = mode
        self.status = status
        self.message = message

    def why(self) -> str:
        return f"HTTP {self.status}: {self.message[:160]}"


@dataclass
class Endpoint:
    """What one (base URL, model) accepts, as far as this process has found out."""

    url: str
    model: str
    floor: int = 0  # index in MODES of the first mode not known to be refused
    settled: bool = False
    refused: list[str] = field(default_factory=list)
    probes_failed: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)
    _async_lock: tuple[asyncio.AbstractEventLoop, asyncio.Lock] | None = None

    @property
    def mode(self) -> Mode:
        return MODES[self.floor]

    def async_lock(self) -> asyncio.Lock:
        """One asyncio lock per event loop (a lock is bound to the loop that first awaits it)."""
        loop = asyncio.get_running_loop()
        if self._async_lock is None or self._async_lock[0] is not loop:
            self._async_lock = (loop, asyncio.Lock())
        return self._async_lock[1]

    def refuse(self, refusal: ModeRefused) -> None:
        """Step below the refused mode, at once; a later mode stays if one was found already."""
        self.probes_failed += 1
        index = MODES.index(refusal.mode)
        self.refused.append(f"{refusal.mode} ({refusal.why()})")
        if index >= self.floor:
            self.floor = min(index + 1, len(MODES) - 1)
            self.settled = False
        log.info(
            "%s refused response_format %s (%s); asking for %s instead",
            self.url,
            refusal.mode,
            refusal.why(),
            self.mode,
        )

    def settle(self, mode: str) -> None:
        if self.settled or mode != self.mode:
            return
        self.settled = True
        if self.refused:
            why = "the server refused " + "; ".join(self.refused)
        elif mode == "json_schema":
            why = "the server accepted structured outputs"
        else:
            why = f"the server accepted {mode}"
        log.info(
            "response format %s for model %s at %s (%s); kept for this run",
            mode,
            self.model,
            self.url,
            why,
        )


_ENDPOINTS: dict[tuple[str, str], Endpoint] = {}
_ANNOUNCED: set[tuple[str, str, str]] = set()
_GUARD = threading.Lock()


def endpoint(base_url: str | None, model: str) -> Endpoint:
    """The process-wide record for one base URL and model."""
    url = display_url(base_url)
    key = (url.rstrip("/"), model)
    with _GUARD:
        found = _ENDPOINTS.get(key)
        if found is None:
            found = _ENDPOINTS[key] = Endpoint(url=url, model=model)
        return found


def forget() -> None:
    """Forget every negotiated mode (tests; a long-lived process whose server changed)."""
    with _GUARD:
        _ENDPOINTS.clear()
        _ANNOUNCED.clear()


def announce_explicit(mode: str, base_url: str | None, model: str) -> None:
    """Say once per endpoint which mode `--response-format` chose."""
    url = display_url(base_url)
    with _GUARD:
        if (url, model, mode) in _ANNOUNCED:
            return
        _ANNOUNCED.add((url, model, mode))
    log.info(
        "response format %s for model %s at %s (set by --response-format, "
        "DRAFTKIT_RESPONSE_FORMAT or the config file)",
        mode,
        model,
        url,
    )


def negotiate(state: Endpoint, send: Callable[[Mode], T]) -> T:
    """`send(mode)` in the mode the endpoint accepts; it raises ModeRefused to step down.

    Once a mode is settled, requests go out in it with no lock. Until then one request at a time
    probes (the others wait on the lock, then find the mode settled); a refused mode steps down
    at once, and a transient failure leaves the lock to tenacity's next try or another request.
    A settled mode refused later (a narrowed schema, say) steps down the same way.
    """
    while True:
        if state.settled:
            try:
                return send(state.mode)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
        with state.lock:
            if state.settled:
                continue
            mode = state.mode
            try:
                result = send(mode)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
            state.settle(mode)
            return result


async def anegotiate(state: Endpoint, send: Callable[[Mode], Awaitable[T]]) -> T:
    """The async twin of `negotiate`, its lock bound to the running event loop."""
    while True:
        if state.settled:
            try:
                return await send(state.mode)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
        async with state.async_lock():
            if state.settled:
                continue
            mode = state.mode
            try:
                result = await send(mode)
            except ModeRefused as refusal:
                state.refuse(refusal)
                continue
            state.settle(mode)
            return result
