"""A counting proxy on 127.0.0.1: what draftkit sent a real server, and what the server answered.

It forwards every request unchanged to the upstream server and records, per request, the
`response_format` asked for, the status, the server's token usage and whether the client had
gone (timed out) before the answer came. The live tests assert the protocol from these records,
not from draftkit's own logs. Standard library only.
"""

from __future__ import annotations

import http.client
import json
import re
import select
import socket
import threading
import time
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import urlsplit

HOP_BY_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length", "host"}


@dataclass
class Exchange:
    method: str
    path: str
    format: str  # json_schema | json_object + schema | json_object | text | - (not a chat call)
    status: int = 0  # 0 until the server answered
    tokens: int = 0
    finish_reason: str | None = None
    content: str | None = None
    client_gone: bool = False
    prompt_tail: str = ""  # the last message sent: a repair turn carries the findings

    @property
    def chat(self) -> bool:
        return self.path.endswith("/chat/completions")

    def findings(self) -> list[str]:
        """The checks a repair turn reports as failed by the previous answer."""
        if "failed these checks:" not in self.prompt_tail:
            return []
        block = self.prompt_tail.split("failed these checks:", 1)[1].split("\n\n", 1)[0]
        return re.findall(r"^- ([a-z_]+): ", block, flags=re.MULTILINE)


def format_of(body: dict[str, Any]) -> str:
    wanted = body.get("response_format")
    if not isinstance(wanted, dict):
        return "text"
    kind = str(wanted.get("type"))
    return f"{kind} + schema" if kind == "json_object" and "schema" in wanted else kind


class CountingProxy:
    def __init__(self, upstream: str) -> None:
        parts = urlsplit(upstream)
        self.host, self.port = parts.hostname or "127.0.0.1", parts.port or 80
        self.exchanges: list[Exchange] = []
        self.lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                """Quiet: the records are the log."""

            def do_GET(self) -> None:
                proxy.forward(self)

            def do_POST(self) -> None:
                proxy.forward(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/v1"

    def start(self) -> CountingProxy:
        self.thread.start()
        return self

    def stop(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def mark(self) -> int:
        with self.lock:
            return len(self.exchanges)

    def since(self, mark: int) -> list[Exchange]:
        with self.lock:
            return list(self.exchanges[mark:])

    def settle(self, seconds: float = 600.0) -> None:
        """Wait until the server has answered every request forwarded so far."""
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with self.lock:
                if all(e.status for e in self.exchanges):
                    return
            time.sleep(0.2)

    def forward(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("content-length") or 0)
        body = handler.rfile.read(length) if length else b""
        try:
            parsed = json.loads(body) if body else {}
        except ValueError:
            parsed = {}
        chat = handler.path.endswith("/chat/completions")
        exchange = Exchange(handler.command, handler.path, format_of(parsed) if chat else "-")
        messages = parsed.get("messages") if isinstance(parsed, dict) else None
        if chat and isinstance(messages, list) and messages:
            exchange.prompt_tail = str(messages[-1].get("content", ""))
        with self.lock:
            self.exchanges.append(exchange)
        upstream = http.client.HTTPConnection(self.host, self.port, timeout=900)
        headers = {k: v for k, v in handler.headers.items() if k.lower() not in HOP_BY_HOP}
        upstream.request(handler.command, handler.path, body=body or None, headers=headers)
        answer = upstream.getresponse()
        data = answer.read()
        upstream.close()
        exchange.status = answer.status
        if chat and answer.status == 200:
            try:
                completion = json.loads(data)
                exchange.tokens = int((completion.get("usage") or {}).get("total_tokens") or 0)
                choice = completion["choices"][0]
                exchange.finish_reason = choice.get("finish_reason")
                exchange.content = choice["message"].get("content")
            except (ValueError, KeyError, IndexError, TypeError):
                pass
        if _closed(handler.connection):
            exchange.client_gone = True
            return
        try:
            handler.send_response(answer.status)
            for key, value in answer.getheaders():
                if key.lower() not in HOP_BY_HOP:
                    handler.send_header(key, value)
            handler.send_header("content-length", str(len(data)))
            handler.end_headers()
            handler.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            exchange.client_gone = True


def _closed(connection: socket.socket) -> bool:
    """True when the client has hung up (a timeout on its side) before the answer came."""
    readable, _, _ = select.select([connection], [], [], 0)
    if not readable:
        return False
    try:
        return connection.recv(1, socket.MSG_PEEK) == b""
    except OSError:
        return True
