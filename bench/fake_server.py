"""A small OpenAI-compatible chat-completions server on 127.0.0.1 with a fixed latency.

For benchmarks only: it answers every POST /v1/chat/completions with the same valid draft after
`--latency` seconds, keeps connections alive, and stops by itself after `--max-seconds` or
`--max-requests`. It prints its port on the first line of stdout.

    python bench/fake_server.py --latency 0.2 [--port 0] [--answer draft.json]
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import sys
from pathlib import Path

from _common import EXAMPLES

from draftkit.incident import load_incident
from draftkit.providers.template import TemplateProvider


def default_answer() -> dict[str, object]:
    incident = load_incident(EXAMPLES / "saas-outage-en.yaml")
    return TemplateProvider().compose(incident).model_dump()


class Server:
    def __init__(self, latency: float, answer: dict[str, object], max_requests: int) -> None:
        self.latency = latency
        self.max_requests = max_requests
        self.served = 0
        self.done = asyncio.Event()
        body = {
            "id": "chatcmpl-bench",
            "object": "chat.completion",
            "created": 0,
            "model": "bench",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": json.dumps(answer)},
                }
            ],
            "usage": {"prompt_tokens": 800, "completion_tokens": 350, "total_tokens": 1150},
        }
        payload = json.dumps(body).encode()
        self.response = (
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
            + f"Content-Length: {len(payload)}\r\n\r\n".encode()
            + payload
        )

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                length = 0
                for line in head.split(b"\r\n"):
                    if line.lower().startswith(b"content-length:"):
                        length = int(line.split(b":", 1)[1])
                if length:
                    await reader.readexactly(length)
                await asyncio.sleep(self.latency)
                writer.write(self.response)
                await writer.drain()
                self.served += 1
                if self.served >= self.max_requests:
                    self.done.set()
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        finally:
            writer.close()


async def serve(
    port: int, latency: float, answer: dict[str, object], max_seconds: float, max_requests: int
) -> None:
    server = Server(latency, answer, max_requests)
    listener = await asyncio.start_server(server.handle, "127.0.0.1", port, backlog=512)
    print(listener.sockets[0].getsockname()[1], flush=True)
    with contextlib.suppress(asyncio.TimeoutError):
        await asyncio.wait_for(server.done.wait(), timeout=max_seconds)
    listener.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.2)
    parser.add_argument("--answer", type=Path, help="a DraftContent JSON file to answer with")
    parser.add_argument("--max-seconds", type=float, default=900)
    parser.add_argument("--max-requests", type=int, default=100_000)
    args = parser.parse_args()
    answer = json.loads(args.answer.read_text()) if args.answer else default_answer()
    try:
        asyncio.run(serve(args.port, args.latency, answer, args.max_seconds, args.max_requests))
    except KeyboardInterrupt:
        sys.exit(0)


if __name__ == "__main__":
    main()
