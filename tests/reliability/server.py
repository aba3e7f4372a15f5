"""A scripted, misbehaving OpenAI-compatible chat-completions server for reliability tests.

Stdlib only: a `ThreadingHTTPServer` on 127.0.0.1 (port 0) served from a background thread.
Every POST is recorded (path, headers, JSON body, arrival time) and answered by, in order:

1. the per-request `hook`, when it returns a fault (a test can decide per incident);
2. the next fault of the queue (`server.script(fault, fault, ...)`), consumed in order;
3. the `default` fault (`server.always(fault)`; a valid draft unless told otherwise).

A fault is a callable that writes (or refuses to write) the answer for one request:

    ok(content)              200 with a chat completion whose content is `content`
    status(code, ...)        an error status, optionally with Retry-After and a JSON body
    rate_limited(after)      429 with Retry-After in seconds, as an HTTP date, or without
    drop()                   close the socket without answering
    partial()                a 200 whose body stops halfway (Content-Length promises more)
    slow(seconds)            answer (validly) only after `seconds`
    not_json()               200 with a text/html body
    prose()                  a valid completion whose content is prose, not JSON
    bad_schema()             JSON content with keys missing
    refusal()                message.refusal set, content null
    length()                 finish_reason "length" with truncated JSON content
    stream()                 a text/event-stream of chunks, although stream was not requested
"""

from __future__ import annotations

import email.utils
import json
import re
import socket
import threading
import time
from collections import deque
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

from fakes import completion as fake_completion

#: The key the tests send; it must never be printed.
SECRET = "sk-test-SECRET123"

_ID = re.compile(r"^id: (\S+)$", re.MULTILINE)


@dataclass
class Recorded:
    """One request as it arrived."""

    method: str
    path: str
    headers: dict[str, str]
    body: Any
    at: float = field(default_factory=time.monotonic)

    @property
    def text(self) -> str:
        """Every message's content, joined: what a hook searches for an incident."""
        if not isinstance(self.body, dict):
            return ""
        parts = []
        for message in self.body.get("messages") or []:
            content = message.get("content") if isinstance(message, dict) else None
            if isinstance(content, str):
                parts.append(content)
        return "\n".join(parts)

    @property
    def incident_id(self) -> str | None:
        found = _ID.search(self.text)
        return found.group(1) if found else None


Fault = Callable[["Handler", Recorded], None]
Hook = Callable[[Recorded], "Fault | None"]


# -- building answers ------------------------------------------------------------------------


def completion(content: str | dict[str, Any] | None, **options: Any) -> dict[str, Any]:
    """The chat-completion body the respx fakes use, with this server's model name."""
    return fake_completion(content, **{"model": "fault-model", **options})


def _send(
    handler: Handler,
    code: int,
    payload: bytes,
    content_type: str = "application/json",
    headers: dict[str, str] | None = None,
) -> None:
    handler.send_response(code)
    handler.send_header("Content-Type", content_type)
    handler.send_header("Content-Length", str(len(payload)))
    for name, value in (headers or {}).items():
        handler.send_header(name, value)
    handler.end_headers()
    handler.wfile.write(payload)
    handler.wfile.flush()


def ok(content: str | dict[str, Any] | None, **options: Any) -> Fault:
    payload = json.dumps(completion(content, **options)).encode()

    def respond(handler: Handler, request: Recorded) -> None:
        _send(handler, 200, payload)

    respond.__name__ = "ok"
    return respond


def status(
    code: int,
    retry_after: str | None = None,
    body: Any = None,
    headers: dict[str, str] | None = None,
) -> Fault:
    """An error status; `retry_after` is sent verbatim as the Retry-After header."""
    extra = dict(headers or {})
    if retry_after is not None:
        extra["Retry-After"] = retry_after
    message = body if body is not None else {"error": {"message": f"scripted {code}"}}

    def respond(handler: Handler, request: Recorded) -> None:
        _send(handler, code, json.dumps(message).encode(), headers=extra)

    respond.__name__ = f"status_{code}"
    return respond


def rate_limited(after: float | None = None, *, http_date: bool = False) -> Fault:
    """429; Retry-After `after` seconds, or an HTTP date `after` seconds from the answer."""
    if after is None:
        return status(429)

    def respond(handler: Handler, request: Recorded) -> None:
        value = (
            email.utils.formatdate(time.time() + after, usegmt=True) if http_date else f"{after:g}"
        )
        status(429, retry_after=value)(handler, request)

    respond.__name__ = "rate_limited"
    return respond


def drop() -> Fault:
    """Read the request, then close the socket without a single byte of answer."""

    def respond(handler: Handler, request: Recorded) -> None:
        handler.close_connection = True
        with suppress(OSError):
            handler.connection.shutdown(socket.SHUT_RDWR)

    respond.__name__ = "drop"
    return respond


def partial() -> Fault:
    """Headers and half the promised body of a valid completion, then the socket closes."""

    def respond(handler: Handler, request: Recorded) -> None:
        payload = json.dumps(completion(handler.server_ref.good_content)).encode()
        handler.send_response(200)
        handler.send_header("Content-Type", "application/json")
        handler.send_header("Content-Length", str(len(payload)))
        handler.end_headers()
        handler.wfile.write(payload[: len(payload) // 2])
        handler.wfile.flush()
        drop()(handler, request)

    respond.__name__ = "partial"
    return respond


def slow(seconds: float, then: Fault | None = None) -> Fault:
    """Answer only after `seconds` (a valid draft by default, if anyone is still listening)."""

    def respond(handler: Handler, request: Recorded) -> None:
        handler.server_ref.stopping.wait(seconds)
        try:
            (then or handler.server_ref.good)(handler, request)
        except OSError:
            handler.close_connection = True

    respond.__name__ = "slow"
    return respond


def not_json() -> Fault:
    def respond(handler: Handler, request: Recorded) -> None:
        page = b"<html><body><h1>502 Bad Gateway</h1>nginx</body></html>"
        _send(handler, 200, page, content_type="text/html")

    respond.__name__ = "not_json"
    return respond


def prose() -> Fault:
    return ok(
        "Dear customer, we are very sorry for what happened and we will make it right. "
        "Please accept our apologies."
    )


def bad_schema(content: dict[str, Any] | None = None) -> Fault:
    return ok(content or {"subject": "About your order", "greeting": "Dear Ms. Rivera,"})


def refusal() -> Fault:
    return ok(None, refusal="I can't help with that.")


def length(content: dict[str, Any] | None = None) -> Fault:
    """A completion cut off at the token limit: truncated JSON, finish_reason "length"."""
    text = json.dumps(content or {"subject": "x" * 50, "greeting": "Dear Ms. Rivera,"})
    return ok(text[: len(text) // 2], finish_reason="length")


def stream(content: str | dict[str, Any] | None = None) -> Fault:
    """Server-sent events of chat.completion.chunk objects, although stream was not asked for."""

    def respond(handler: Handler, request: Recorded) -> None:
        text = content if content is not None else handler.server_ref.good_content
        text = json.dumps(text) if isinstance(text, dict) else text
        pieces = [text[i : i + 40] for i in range(0, len(text), 40)]
        events = []
        for piece in pieces:
            chunk = {
                "id": "chatcmpl-fault",
                "object": "chat.completion.chunk",
                "created": 1_764_000_000,
                "model": "fault-model",
                "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}],
            }
            events.append(f"data: {json.dumps(chunk)}\n\n")
        events.append("data: [DONE]\n\n")
        _send(handler, 200, "".join(events).encode(), content_type="text/event-stream")

    respond.__name__ = "stream"
    return respond


# -- the server ------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real endpoint
    server_ref: FaultServer

    def log_message(self, format: str, *args: Any) -> None:  # quiet
        pass

    def do_POST(self) -> None:
        length_ = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length_) if length_ else b""
        try:
            body = json.loads(raw) if raw else None
        except ValueError:
            body = raw.decode("utf-8", "replace")
        request = Recorded(
            method="POST",
            path=self.path,
            headers={k.lower(): v for k, v in self.headers.items()},
            body=body,
        )
        fault = self.server_ref.choose(request)
        try:
            fault(self, request)
        except OSError:  # the client gave up (a timeout): nothing left to answer
            self.close_connection = True

    def do_GET(self) -> None:
        status(404)(self, Recorded("GET", self.path, dict(self.headers.items()), None))


class FaultServer:
    """`with FaultServer(good_content) as server: ... server.url ... server.requests`."""

    def __init__(self, good_content: str | dict[str, Any]) -> None:
        self.good_content = good_content
        self.good = ok(good_content)
        self.default: Fault = self.good
        self.hook: Hook | None = None
        self.requests: list[Recorded] = []
        self.stopping = threading.Event()
        self._queue: deque[Fault] = deque()
        self._lock = threading.Lock()
        handler = type("BoundHandler", (Handler,), {"server_ref": self})
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        return int(self._httpd.server_address[1])

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    # -- scripting ---------------------------------------------------------------------------

    def script(self, *faults: Fault) -> FaultServer:
        """Queue faults, consumed one per request in order, before the default behaviour."""
        with self._lock:
            self._queue.extend(faults)
        return self

    def always(self, fault: Fault) -> FaultServer:
        """Every request (after the queue) gets `fault`."""
        self.default = fault
        return self

    def reset(self) -> None:
        """Healthy again: no queue, no hook, valid drafts; the recorded requests are cleared."""
        with self._lock:
            self._queue.clear()
            self.requests.clear()
        self.default = self.good
        self.hook = None

    def choose(self, request: Recorded) -> Fault:
        with self._lock:
            self.requests.append(request)
        hook = self.hook
        if hook is not None:
            chosen = hook(request)
            if chosen is not None:
                return chosen
        with self._lock:
            if self._queue:
                return self._queue.popleft()
        return self.default

    @property
    def count(self) -> int:
        with self._lock:
            return len(self.requests)

    # -- life cycle --------------------------------------------------------------------------

    def start(self) -> FaultServer:
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._httpd.shutdown()
        self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def __enter__(self) -> FaultServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
